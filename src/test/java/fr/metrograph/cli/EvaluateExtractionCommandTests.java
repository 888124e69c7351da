package fr.metrograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.metrograph.MetrographApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evaluate-extraction} runs without Spring or a database, in French. */
class EvaluateExtractionCommandTests {

	@Test
	void printsTheTableOfAFolderAndExitsWithZero() {
		Captured run = run("evaluate-extraction", "--corpus", "src/test/resources/corpus", "--worst", "2");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("Évaluation de l'extraction : 12 documents (corpus 12)")
			.containsPattern("personnes\\s+\\d,\\d\\d")
			.contains("Les 2 documents les plus faibles");
	}

	@Test
	void aMissingFolderIsAFrenchErrorWithStatusOne() {
		Captured run = run("evaluate-extraction", "--corpus", "pas/de/dossier");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("Erreur : Dossier introuvable : pas/de/dossier");
	}

	private record Captured(int status, String out, String err) {
	}

	private static Captured run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
			int status = MetrographCli.run(MetrographApplication.class, args);
			return new Captured(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
