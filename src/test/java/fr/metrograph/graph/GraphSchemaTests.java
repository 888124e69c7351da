package fr.metrograph.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphSchemaTests {

	@Test
	void splitsAScriptIntoStatementsWithoutComments() {
		String script = """
				// constraints
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE INDEX b IF NOT EXISTS
				  FOR (n:B) ON (n.x);
				""";
		assertThat(GraphSchema.statements(script)).containsExactly(
				"CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)");
	}

	@Test
	void refusesAnUnauthenticatedBoltConnectorBeyondLoopback() {
		var exposed = new EmbeddedNeo4jProperties(java.nio.file.Path.of("var/x"), true, "0.0.0.0", 7687, false, "neo4j",
				null, org.springframework.util.unit.DataSize.ofGigabytes(1));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedNeo4jConfiguration.checkExposure(exposed))
			.isInstanceOf(EmbeddedNeo4jException.class)
			.hasMessageContaining("sans authentification");
		var loopback = new EmbeddedNeo4jProperties(java.nio.file.Path.of("var/x"), true, "127.0.0.1", 7687, false,
				"neo4j", null, org.springframework.util.unit.DataSize.ofGigabytes(1));
		EmbeddedNeo4jConfiguration.checkExposure(loopback);
		var weak = new EmbeddedNeo4jProperties(java.nio.file.Path.of("var/x"), true, "0.0.0.0", 7687, true, "neo4j",
				"short", org.springframework.util.unit.DataSize.ofGigabytes(1));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedNeo4jConfiguration.checkExposure(weak))
			.hasMessageContaining("8 caractères");
	}

}
