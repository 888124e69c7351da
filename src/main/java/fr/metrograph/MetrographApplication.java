package fr.metrograph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.metrograph.cli.MetrographCli;
import fr.metrograph.graph.EarlyNeo4jStart;

/**
 * Metrograph: loads documents about the network of participatory metropolises into a
 * Neo4j graph and serves analyses of it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MetrographApplication {

	public static void main(String[] args) {
		// The only import of the cli package: the jar has one entry point, and a first
		// argument that names a command (or --uri and a command) runs the command line
		// instead of the service.
		if (MetrographCli.isCommandLine(args)) {
			System.exit(MetrographCli.run(MetrographApplication.class, args));
		}
		SpringApplication application = new SpringApplication(MetrographApplication.class);
		// The service's embedded Neo4j starts as soon as its configuration is known.
		application.addListeners(new EarlyNeo4jStart());
		application.run(args);
	}

}
