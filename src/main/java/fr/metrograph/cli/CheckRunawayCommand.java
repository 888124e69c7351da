package fr.metrograph.cli;

import java.io.PrintWriter;
import java.net.URI;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import fr.metrograph.loadcheck.LoadChecks;

/**
 * {@code check-runaway}: sends the runaway queries of issue #12 to a running service on
 * this machine, one by one then many at once, and times {@code /actuator/health}
 * meanwhile (no database opened).
 */
@Command(name = "check-runaway", mixinStandardHelpOptions = true,
		description = "Envoie les requêtes qui échappaient au délai à un service qui tourne sur cette machine, "
				+ "une à une puis en rafale, et mesure /actuator/health pendant ce temps.")
class CheckRunawayCommand implements StandaloneCommand {

	@Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
			description = "Adresse du service, sur cette machine (${DEFAULT-VALUE}).")
	URI url;

	@Option(names = "--concurrent", defaultValue = "110",
			description = "Requêtes envoyées à la fois, 256 au plus (${DEFAULT-VALUE}).")
	int concurrent;

	@Spec
	CommandSpec spec;

	@Override
	public int run() {
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			LoadChecks.runaway(this.url, Math.min(256, Math.max(1, this.concurrent)), out);
			return 0;
		}
		catch (IllegalArgumentException ex) {
			this.spec.commandLine().getErr().println("Erreur : " + ex.getMessage());
			return 2;
		}
	}

}
