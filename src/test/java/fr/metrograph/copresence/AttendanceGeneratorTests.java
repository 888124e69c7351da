package fr.metrograph.copresence;

import org.junit.jupiter.api.Test;

import fr.metrograph.copresence.bench.AttendanceGenerator;
import fr.metrograph.copresence.bench.AttendanceGenerator.Attendance;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceGeneratorTests {

	@Test
	void generatesTheSameSkewedAttendanceForASeed() {
		Attendance a = new AttendanceGenerator().generate(2000, 500, 7);
		Attendance b = new AttendanceGenerator().generate(2000, 500, 7);
		assertThat(a.person()).isEqualTo(b.person());
		assertThat(a.meeting()).isEqualTo(b.meeting());
		assertThat(a.largestMeeting()).isGreaterThan(20);
		// Most meetings are small: the median size is 2 or 3.
		assertThat(a.pairs()).isLessThan(500 * 6);
	}

	@Test
	void projectionOfGeneratedDataHasAsManyEdgesAsDistinctCoAttendingPairs() {
		Attendance attendance = new AttendanceGenerator().generate(300, 100, 3);
		TwoModeData.Builder builder = TwoModeData.builder();
		java.util.Set<Long> pairs = new java.util.HashSet<>();
		java.util.Map<Integer, java.util.List<Integer>> byMeeting = new java.util.HashMap<>();
		for (int i = 0; i < attendance.pairs(); i++) {
			builder.add("p" + attendance.person()[i], "m" + attendance.meeting()[i]);
			byMeeting.computeIfAbsent(attendance.meeting()[i], (k) -> new java.util.ArrayList<>())
				.add(attendance.person()[i]);
		}
		for (var people : byMeeting.values()) {
			for (int x : people) {
				for (int y : people) {
					if (x < y) {
						pairs.add((long) x * 1000 + y);
					}
				}
			}
		}
		WeightedGraph graph = new OneModeProjection(OneModeProjection.Weighting.COUNT, 0).project(builder.build());
		assertThat(graph.edgeCount()).isEqualTo(pairs.size());
	}

}
