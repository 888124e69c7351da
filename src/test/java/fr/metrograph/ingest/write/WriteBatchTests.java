package fr.metrograph.ingest.write;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteBatchTests {

	@Test
	void slicesStepsIntoBatchesOfAtMostTheBatchSizeInOrder() {
		List<WriteStep> steps = List.of(step("merge_document", 1), step("merge_people", 7), step("merge_meetings", 2),
				step("merge_attendance", 11));
		List<WriteBatch> batches = new ArrayList<>();
		WriteBatch.lazily(steps, 5).forEach(batches::add);
		assertThat(batches).extracting(WriteBatch::rows).containsExactly(5, 5, 5, 5, 1);
		List<String> order = batches.stream()
			.flatMap((b) -> b.parts().stream())
			.flatMap((p) -> p.rows().stream().map((r) -> p.statement() + r.get("i")))
			.toList();
		assertThat(order).startsWith("merge_document0", "merge_people0").endsWith("merge_attendance10");
		assertThat(order).hasSize(21).doesNotHaveDuplicates();
		assertThat(batches.get(1).parts()).extracting(WriteBatch.Part::statement)
			.containsExactly("merge_people", "merge_meetings");
	}

	@Test
	void buildsOnlyTheRowsOfTheBatchAskedFor() {
		int[] built = new int[1];
		WriteStep step = new WriteStep("merge_attendance", "d", 1_000_000, (i) -> {
			built[0]++;
			return Map.of("i", i);
		});
		WriteBatch first = WriteBatch.lazily(List.of(step), 10).iterator().next();
		assertThat(first.rows()).isEqualTo(10);
		assertThat(built[0]).isEqualTo(10);
	}

	@Test
	void encodedBatchesComeBackWithTheSameValuesAndTypes() {
		Map<String, Object> row = new HashMap<>();
		row.put("id", "réunion-«1»");
		row.put("year", 2024);
		row.put("confidence", 0.75);
		row.put("curated", true);
		row.put("place", null);
		row.put("startDate", LocalDate.of(2022, 5, 5));
		row.put("ingestedAt", ZonedDateTime.parse("2026-11-24T14:00:00+01:00[Europe/Paris]"));
		row.put("variants", List.of("Mme X", "X"));
		row.put("evidence", "x".repeat(100_000));
		WriteBatch batch = new WriteBatch(List.of(new WriteBatch.Part("merge_meetings", "abc", List.of(row))));
		WriteBatch back = BatchCodec.decode(BatchCodec.encode(batch));
		Map<String, Object> decoded = back.parts().get(0).rows().get(0);
		assertThat(back.parts().get(0).statement()).isEqualTo("merge_meetings");
		assertThat(decoded).containsEntry("id", "réunion-«1»")
			.containsEntry("year", 2024L)
			.containsEntry("confidence", 0.75)
			.containsEntry("curated", true)
			.containsEntry("place", null)
			.containsEntry("startDate", LocalDate.of(2022, 5, 5))
			.containsEntry("variants", List.of("Mme X", "X"));
		assertThat(decoded.get("ingestedAt")).isEqualTo(row.get("ingestedAt"));
		assertThat((String) decoded.get("evidence")).hasSize(100_000);
	}

	@Test
	void aStringRepeatedInABatchIsStoredOnceAndComesBackEqual() throws IOException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			rows.add(Map.of("personId", "personne-" + (i % 7), "meetingId", "rencontre-" + (i / 100), "status",
					"present", "extractor", "attendance-sheet", "evidence", "ligne " + i, "lines", List.of("x", "x")));
		}
		WriteBatch batch = new WriteBatch(List.of(new WriteBatch.Part("merge_attendance", "doc", rows)));
		byte[] encoded = BatchCodec.encode(batch);
		assertThat(BatchCodec.decode(encoded)).isEqualTo(batch);
		// written out in full, each row's six keys alone would take 69 bytes
		assertThat(encoded.length).isLessThan(1_000 * 50);
	}

	@Test
	void readsABatchStagedInTheFirstFormatByAnOlderVersion() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(1);
			out.writeInt(1);
			out.writeUTF("merge_people");
			out.writeUTF("doc");
			out.writeInt(1);
			out.writeByte(7);
			out.writeInt(2);
			formatOneString(out, "name");
			out.writeByte(1);
			formatOneString(out, "Jeanne Dupont");
			formatOneString(out, "year");
			out.writeByte(2);
			out.writeLong(2024);
		}
		WriteBatch back = BatchCodec.decode(bytes.toByteArray());
		assertThat(back.parts().get(0).rows()).containsExactly(Map.of("name", "Jeanne Dupont", "year", 2024L));
	}

	private static void formatOneString(DataOutputStream out, String s) throws IOException {
		byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	@Test
	void refusesToStageAValueItCouldNotReadBack() {
		WriteBatch batch = new WriteBatch(
				List.of(new WriteBatch.Part("merge_people", "d", List.of(Map.of("x", new StringBuilder("?"))))));
		assertThatThrownBy(() -> BatchCodec.encode(batch)).isInstanceOf(IllegalArgumentException.class);
		byte[] corrupt = BatchCodec.encode(new WriteBatch(List.of()));
		corrupt[0] = 9;
		assertThatThrownBy(() -> BatchCodec.decode(Arrays.copyOf(corrupt, corrupt.length)))
			.isInstanceOf(IllegalStateException.class);
	}

	private static WriteStep step(String statement, int size) {
		return new WriteStep(statement, "doc", size, (i) -> Map.of("i", i));
	}

}
