package fr.metrograph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import fr.metrograph.loadcheck.LoadChecks;

/**
 * {@code load-test}: the dashboard load test against a running service on this machine
 * (no database opened).
 */
@Command(name = "load-test", mixinStandardHelpOptions = true,
		description = "Charge le tableau de bord d'un service qui tourne sur cette machine et compare "
				+ "le p99 de ses requêtes à celui de /actuator/health sous la même charge.")
class LoadTestCommand implements StandaloneCommand {

	@Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
			description = "Adresse du service, sur cette machine (${DEFAULT-VALUE}).")
	URI url;

	@Option(names = "--clients", defaultValue = "64",
			description = "Clients simultanés, 256 au plus (${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--duration", defaultValue = "60", description = "Durée mesurée en secondes (${DEFAULT-VALUE}).")
	int seconds;

	@Option(names = "--warmup", defaultValue = "5",
			description = "Échauffement non compté, en secondes (${DEFAULT-VALUE}).")
	int warmup;

	@Spec
	CommandSpec spec;

	@Override
	public int run() {
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			boolean within = LoadChecks.dashboardLoad(this.url, this.clients, Duration.ofSeconds(this.warmup),
					Duration.ofSeconds(this.seconds), out);
			return within ? 0 : 1;
		}
		catch (IllegalArgumentException ex) {
			this.spec.commandLine().getErr().println("Erreur : " + ex.getMessage());
			return 2;
		}
	}

}
