package fr.metrograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.metrograph.MetrographApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line says before it starts anything: which arguments are commands,
 * help and usage errors in French, and the sentence for a store held by the service.
 */
class MetrographCliTests {

	@TempDir
	Path store;

	@Test
	void aCommandNameFirstOrAfterUriRunsTheCommandLineAndAnythingElseTheService() {
		assertThat(MetrographCli.isCommandLine("ingest", "x.txt")).isTrue();
		assertThat(MetrographCli.isCommandLine("--uri", "bolt://127.0.0.1:7687", "report", "--year", "2025")).isTrue();
		assertThat(MetrographCli.isCommandLine("--uri=bolt://127.0.0.1:7687", "retract", "x.txt")).isTrue();
		assertThat(MetrographCli.isCommandLine("--server.port=18083")).isFalse();
		assertThat(MetrographCli.isCommandLine("--uri", "bolt://127.0.0.1:7687")).isFalse();
		assertThat(MetrographCli.isCommandLine()).isFalse();
	}

	@Test
	void everyCommandIsRecognisedAsOneRatherThanStartingTheService() {
		// a command missing from COMMANDS starts the whole service with the command as an
		// argument, and never returns
		assertThat(new picocli.CommandLine(new MetrographCli()).getSubcommands().keySet())
			.allSatisfy((name) -> assertThat(MetrographCli.isCommandLine(name)).as(name).isTrue());
	}

	@Test
	void helpIsInFrenchForTheToolAndForEachCommand() {
		String top = err(() -> assertThat(run("--help")).isZero(), true);
		assertThat(top)
			.contains("Usage : metrograph", "Commandes :", "report", "Affiche cette aide et s'arrête.",
					"--uri=BOLT_URI   Passe par le Bolt d'un service", "[COMMANDE]")
			.doesNotContain("Show this help", "Usage:", "[COMMAND]");
		String report = err(() -> assertThat(run("help", "report")).isZero(), true);
		assertThat(report).contains("Usage : metrograph report", "--year=ANNÉE", "rapport-ANNÉE.pdf", "--uri");
	}

	@Test
	void usageErrorsAreFrenchSentences() {
		assertThat(err(() -> assertThat(run("report")).isEqualTo(2), false))
			.contains("Il manque l'option --year ANNÉE.");
		assertThat(err(() -> assertThat(run("ingest")).isEqualTo(2), false)).contains("Il manque le paramètre CHEMIN.");
		assertThat(err(() -> assertThat(run("report", "--year", "2025", "--frob")).isEqualTo(2), false))
			.contains("Argument inconnu pour report : « --frob ».");
	}

	@Test
	void aStoreHeldByTheServiceNamesTheServicesBoltAddress() throws IOException {
		assertThat(ServiceBoltAddress.lockedMessage(this.store)).contains("ouverte par un autre processus")
			.contains("Bolt clients connect to");
		Files.writeString(this.store.resolve(ServiceBoltAddress.FILE), "bolt://127.0.0.1:40123\n");
		String message = ServiceBoltAddress.lockedMessage(this.store);
		assertThat(message).contains("ouverte par le service en cours d'exécution")
			.contains("--uri bolt://127.0.0.1:40123 ")
			.doesNotContain("\n");
	}

	@Test
	void aReportOutsideTheProjectWithoutUriSaysWhereTheStoreIsNotInsteadOfCreatingAnEmptyOne() {
		Path missing = this.store.resolve("var/neo4j");
		System.setProperty("app.neo4j.embedded.directory", missing.toString());
		try {
			String err = err(() -> assertThat(run("report", "--year", "2025")).isEqualTo(1), false);
			assertThat(err).contains("Erreur : pas de base embarquée dans " + missing.toAbsolutePath()
					+ " : lancez la commande depuis le dossier du projet (celui qui contient var/neo4j), ou passez "
					+ "--uri avec l'adresse Bolt du service en cours d'exécution (ex. --uri bolt://127.0.0.1:7687).")
				.doesNotContain("Exception", "\tat ");
		}
		finally {
			System.clearProperty("app.neo4j.embedded.directory");
		}
		assertThat(missing).doesNotExist();
	}

	private static int run(String... args) {
		return MetrographCli.run(MetrographApplication.class, args);
	}

	/** What the action printed on standard error (or output, for help). */
	private static String err(Runnable action, boolean stdout) {
		PrintStream original = stdout ? System.out : System.err;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
		if (stdout) {
			System.setOut(capture);
		}
		else {
			System.setErr(capture);
		}
		try {
			action.run();
		}
		finally {
			if (stdout) {
				System.setOut(original);
			}
			else {
				System.setErr(original);
			}
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
