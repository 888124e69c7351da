package fr.metrograph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Metrograph: loads documents about the network of participatory metropolises into a
 * Neo4j graph and serves analyses of it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MetrographApplication {

	public static void main(String[] args) {
		SpringApplication.run(MetrographApplication.class, args);
	}

}
