package fr.metrograph.charts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartRequestTests {

	@Test
	void parsesNameFormatAndDefaults() {
		ChartRequest request = ChartRequest.parse("planned-vs-realised.svg", 2020, 2025, null, 300);
		assertThat(request.kind()).isEqualTo(ChartKind.PLANNED_VS_REALISED);
		assertThat(request.format()).isEqualTo(ChartFormat.SVG);
		assertThat(request.width()).isEqualTo(ChartRequest.DEFAULT_WIDTH);
		assertThat(request.height()).isEqualTo(300);
		assertThat(request.covers(2019)).isFalse();
		assertThat(request.covers(2025)).isTrue();
	}

	@Test
	void rejectsBadValuesInFrench() {
		assertThatThrownBy(() -> ChartRequest.parse("camembert.png", null, null, null, null))
			.isInstanceOf(UnknownChartException.class)
			.hasMessageContaining("Graphique inconnu « camembert »");
		assertThatThrownBy(() -> ChartRequest.parse("meetings.gif", null, null, null, null))
			.isInstanceOf(InvalidChartRequestException.class)
			.hasMessageContaining("Format d'image inconnu");
		assertThatThrownBy(() -> ChartRequest.parse("meetings.png", 2025, 2020, null, null))
			.hasMessageContaining("postérieure");
		assertThatThrownBy(() -> ChartRequest.parse("meetings.png", null, null, 199, null))
			.hasMessageContaining("entre 200 et 4000");
		assertThatThrownBy(() -> ChartRequest.parse("meetings.png", null, null, null, 4001))
			.hasMessageContaining("La hauteur");
		assertThatThrownBy(() -> ChartRequest.parse("meetings", null, null, null, null))
			.hasMessageContaining("meetings.png");
	}

}
