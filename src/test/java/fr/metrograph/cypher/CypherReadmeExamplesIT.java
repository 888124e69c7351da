package fr.metrograph.cypher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.Fixtures;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```cypher} block of {@code cypher/README.md} runs through the read-only
 * runner on the fixture graph, without error and with at least one row, so that the
 * documentation cannot drift from the graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false", "app.cypher.timeout=15s" })
class CypherReadmeExamplesIT {

	private static final Pattern BLOCK = Pattern.compile("```cypher\\R(.*?)```", Pattern.DOTALL);

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Autowired
	ReadOnlyCypherRunner runner;

	@BeforeEach
	void loadFixture() {
		Fixtures.load("seeds");
	}

	@Test
	void everyExampleOfTheGraphReadmeRunsAndReturnsRows() throws IOException {
		List<String> examples = examples(Path.of("cypher", "README.md"));
		assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
		for (String example : examples) {
			CypherResult result = this.runner.run(example, Map.of());
			assertThat(result.rows()).as(example).isNotEmpty();
		}
	}

	static List<String> examples(Path readme) throws IOException {
		Matcher matcher = BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
		List<String> blocks = new ArrayList<>();
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

}
