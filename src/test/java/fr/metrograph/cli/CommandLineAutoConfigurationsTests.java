package fr.metrograph.cli;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineAutoConfigurationsTests {

	private static final String[] CANDIDATES = { "org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration",
			"org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
			"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
			"org.springdoc.core.configuration.SpringDocConfiguration",
			"org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration",
			"org.springframework.boot.neo4j.autoconfigure.health.Neo4jHealthContributorAutoConfiguration", null };

	@Test
	void aCommandKeepsTheDriverAndSpringBootsCoreAndLeavesOutTheWebAndTheActuator() {
		CommandLineAutoConfigurations filter = new CommandLineAutoConfigurations();
		filter.setEnvironment(new MockEnvironment().withProperty(CommandLineAutoConfigurations.PROPERTY, "true"));
		assertThat(filter.match(CANDIDATES, null)).containsExactly(true, true, false, false, false, false, false, false,
				false);
	}

	@Test
	void theServiceKeepsEverything() {
		CommandLineAutoConfigurations filter = new CommandLineAutoConfigurations();
		filter.setEnvironment(new MockEnvironment());
		assertThat(filter.match(CANDIDATES, null)).containsOnly(true);
	}

}
