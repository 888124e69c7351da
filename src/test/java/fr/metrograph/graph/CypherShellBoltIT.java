package fr.metrograph.graph;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Bolt client, cypher-shell 5.26 from Maven Central, against the service's own
 * embedded Neo4j: the service starts on a temporary store with Bolt on a free port, the
 * fixture graph is loaded, and cypher-shell runs as a separate process, as a researcher
 * would run it. cypher-shell and its dependencies are put in
 * {@code target/cypher-shell/lib} by maven-invoker-plugin before the integration tests
 * (see {@code src/test/cypher-shell}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "app.ingest.on-startup=false", "app.neo4j.embedded.bolt-port=0" })
class CypherShellBoltIT {

	private static final Path CYPHER_SHELL_LIB = Path.of("target", "cypher-shell", "lib");

	@DynamicPropertySource
	static void embeddedStore(DynamicPropertyRegistry registry) throws IOException {
		Path store = Files.createTempDirectory("metrograph-bolt-it");
		registry.add("app.neo4j.embedded.directory", store::toString);
	}

	@Autowired
	DatabaseManagementService dbms;

	@BeforeEach
	void loadFixture() {
		GraphDatabaseService db = this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		db.executeTransactionally("MATCH (n) DETACH DELETE n");
		Fixtures.statements("seeds").forEach(db::executeTransactionally);
	}

	@Test
	void cypherShellQueriesTheEmbeddedDatabaseOverBolt() throws Exception {
		String output = cypherShell("MATCH (m:Metropolis) RETURN count(m) AS metropoles");
		assertThat(output.lines().toList()).containsExactly("metropoles", "16");
	}

	@Test
	void cypherShellRunsAResearchQueryWithParameters() throws Exception {
		String output = cypherShell("--param", "id => 'brest'",
				"MATCH (m:Metropolis {id: $id})-[r:MEMBER_OF]->(:Group) RETURN m.shortName AS metropole, r.year AS annee");
		assertThat(output.lines().toList()).containsExactly("metropole, annee", "\"Brest\", 2024");
	}

	private String cypherShell(String... arguments) throws Exception {
		assertThat(CYPHER_SHELL_LIB).as("cypher-shell is resolved by ./mvnw verify (pre-integration-test)")
			.isDirectoryContaining("glob:**/cypher-shell-*.jar");
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp",
				CYPHER_SHELL_LIB.toAbsolutePath() + File.separator + "*", "org.neo4j.shell.Main", "-a", boltUri(), "-u",
				"neo4j", "-p", "unused-auth-is-off", "--format", "plain", "--non-interactive"));
		command.addAll(List.of(arguments));
		// Standard error (JVM warnings about jansi's native access) goes to a file, so
		// that
		// standard output is exactly what cypher-shell prints.
		Path errors = Files.createTempFile("cypher-shell", ".err");
		Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean finished = process.waitFor(60, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		String diagnostics = output + Files.readString(errors);
		assertThat(finished).as("cypher-shell finished: " + diagnostics).isTrue();
		assertThat(process.exitValue()).as("cypher-shell exit status; output:\n" + diagnostics).isZero();
		return output.strip();
	}

	/** The port Bolt actually bound (the configuration asks for any free port). */
	private String boltUri() {
		GraphDatabaseAPI db = (GraphDatabaseAPI) this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		return "bolt://127.0.0.1:" + port;
	}

}
