package fr.metrograph.cli;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In a command's context (property {@value #PROPERTY}, set by {@link MetrographCli}),
 * keeps only the auto-configurations a command uses: Spring Boot's core ones (properties,
 * task executors, life cycle), the Neo4j driver, validation of the configuration and
 * Jackson. The web server, security, actuator, metrics, Spring Data and springdoc are
 * left out, so that a command does not spend seconds configuring what it never calls. The
 * service (property unset) is not affected. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class CommandLineAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

	/** Set to true by the command line. */
	static final String PROPERTY = "app.command-line";

	private static final List<String> KEPT = List.of("org.springframework.boot.autoconfigure.",
			"org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration",
			"org.springframework.boot.validation.autoconfigure.", "org.springframework.boot.jackson.autoconfigure.");

	private boolean commandLine;

	@Override
	public void setEnvironment(Environment environment) {
		this.commandLine = environment.getProperty(PROPERTY, Boolean.class, false);
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			matches[i] = !this.commandLine
					|| (autoConfigurationClasses[i] != null && kept(autoConfigurationClasses[i]));
		}
		return matches;
	}

	/**
	 * @param autoConfiguration the class name of an auto-configuration
	 * @return whether a command's context keeps it
	 */
	static boolean kept(String autoConfiguration) {
		return KEPT.stream().anyMatch(autoConfiguration::startsWith);
	}

}
