package fr.metrograph.graph;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start whose schema scripts are those last applied skips them (the schema step cost
 * seconds at every start); any change to a script applies them all again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class GraphSchemaIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Autowired
	GraphSchema schema;

	@Test
	void aCurrentSchemaIsSkippedAndAChangedOneAppliedAgain() {
		this.schema.apply();
		Object version = value("MATCH (s:GraphState {id: 'graph'}) RETURN s.version");
		assertThat(this.schema.apply()).as("statements run when nothing changed").isZero();

		TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (s:GraphState {id: 'graph'}) SET s.schemaChecksum = 'an older script'");
		assertThat(this.schema.apply()).as("statements run after a script changed").isPositive();
		assertThat((Object) value("MATCH (s:GraphState {id: 'graph'}) RETURN s.schemaChecksum"))
			.isNotEqualTo("an older script");
		assertThat(this.schema.apply()).isZero();
		assertThat((Object) value("MATCH (s:GraphState {id: 'graph'}) RETURN s.version"))
			.as("the schema is not content: caches keyed on the version stay valid")
			.isEqualTo(version);
	}

}
