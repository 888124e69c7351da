package fr.metrograph.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.metrograph.graph.GraphSchema;

/**
 * Loads a Cypher fixture ({@code src/test/resources/fixtures/<name>.cypher}) into the
 * shared harness, after clearing it. The harness's {@code withFixture(Path)} only runs at
 * build time and the harness is shared (see {@link TestNeo4j}), so the file is split with
 * the schema bootstrap's splitter: statements end with a semicolon at the end of a line,
 * {@code //} lines are comments.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/** Clears the graph and loads the fixture. */
	public static void load(String name) {
		TestNeo4j.clear();
		for (String statement : statements(name)) {
			TestNeo4j.get().defaultDatabaseService().executeTransactionally(statement);
		}
	}

	/** The statements of a fixture, comments-only chunks dropped. */
	public static List<String> statements(String name) {
		String text;
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".cypher")) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return GraphSchema.statements(text);
	}

}
