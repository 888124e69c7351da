package fr.metrograph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a {@code src/test/resources/fixtures/<scenario>.cypher} file into the shared
 * harness: statements are separated by a line ending with {@code ;}, {@code //} lines are
 * comments.
 */
public final class CypherFixtures {

	private CypherFixtures() {
	}

	/**
	 * Empties the graph, then runs every statement of the fixture, each in its own
	 * transaction.
	 */
	public static void load(String name) {
		String text;
		try {
			text = Files.readString(Path.of("src/test/resources/fixtures", name), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TestNeo4j.clear();
		StringBuilder statement = new StringBuilder();
		for (String line : text.split("\n")) {
			if (line.strip().startsWith("//")) {
				continue;
			}
			statement.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				run(statement.toString().strip());
				statement.setLength(0);
			}
		}
		if (!statement.toString().isBlank()) {
			run(statement.toString().strip());
		}
	}

	private static void run(String statement) {
		String cypher = statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement;
		TestNeo4j.get().defaultDatabaseService().executeTransactionally(cypher);
	}

}
