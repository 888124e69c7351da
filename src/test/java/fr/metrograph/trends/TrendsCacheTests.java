package fr.metrograph.trends;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.trends.MeetingTrends.MeetingRow;
import fr.metrograph.trends.ThemeTrends.ThemeYearRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Trend answers are computed once per request and graph version: the graph is read again
 * only when its version moves on (an ingest, a retraction, a correction).
 */
class TrendsCacheTests {

	private final AtomicLong version = new AtomicLong(7);

	private final GraphReads reads = mock(GraphReads.class);

	private TrendsService trends;

	@BeforeEach
	void service() {
		GraphVersion graphVersion = mock(GraphVersion.class);
		when(graphVersion.current()).thenAnswer((invocation) -> this.version.get());
		when(this.reads.list(eq("trends/meetings_by_year"), anyMap(), eq(MeetingRow.class)))
			.thenReturn(List.of(new MeetingRow("m1", 2024, "IN_PERSON", "Rennes", 12)));
		when(this.reads.list(eq("trends/membership_by_year"), anyMap(), any())).thenReturn(List.of());
		when(this.reads.list(eq("trends/themes_by_year"), eq(Map.of()), eq(ThemeYearRow.class))).thenReturn(List.of());
		this.trends = new TrendsService(this.reads, graphVersion);
	}

	@Test
	void readsTheGraphOncePerRequestWhileItsVersionIsUnchanged() {
		var first = this.trends.meetings(null);
		var second = this.trends.meetings(null);
		assertThat(second).isEqualTo(first).hasSize(1);
		verify(this.reads, times(1)).list(eq("trends/meetings_by_year"), anyMap(), eq(MeetingRow.class));
		this.trends.meetings("agents");
		verify(this.reads, times(2)).list(eq("trends/meetings_by_year"), anyMap(), eq(MeetingRow.class));
	}

	@Test
	void readsTheGraphAgainOnceItsVersionMovesOn() {
		this.trends.meetings(null);
		this.version.incrementAndGet();
		this.trends.meetings(null);
		verify(this.reads, times(2)).list(eq("trends/meetings_by_year"), anyMap(), eq(MeetingRow.class));
	}

	@Test
	void trendLinesReuseTheCachedSeriesTheyAreBuiltFrom() {
		this.trends.meetings(null);
		var lines = this.trends.lines(null);
		assertThat(this.trends.lines(null)).isEqualTo(lines);
		verify(this.reads, times(1)).list(eq("trends/meetings_by_year"), anyMap(), eq(MeetingRow.class));
		verify(this.reads, times(1)).list(eq("trends/membership_by_year"), anyMap(), any());
	}

}
