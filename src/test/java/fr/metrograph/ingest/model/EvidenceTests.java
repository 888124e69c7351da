package fr.metrograph.ingest.model;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quoted passage's whitespace, folded as researchers cite it. */
class EvidenceTests {

	@Test
	void foldsWhitespaceRunsToOneSpaceLikeTheRegularExpression() {
		assertThat(Evidence.of("  Jean\tDupont ;\n Nantes  ", 3).text()).isEqualTo("Jean Dupont ; Nantes");
		assertThat(Evidence.of("Jean Dupont ; Nantes", 3).text()).isEqualTo("Jean Dupont ; Nantes");
		SplittableRandom random = new SplittableRandom(5);
		String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003";
		for (int n = 0; n < 50_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String written = text.toString();
			assertThat(Evidence.of(written, 1).text()).as("«%s»", written)
				.isEqualTo(written.strip().replaceAll("\\s+", " "));
		}
	}

}
