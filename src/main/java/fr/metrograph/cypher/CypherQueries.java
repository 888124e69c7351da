package fr.metrograph.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every named Cypher statement, loaded once from {@code <location>/queries/**.cypher} and
 * keyed by its path relative to {@code queries/} without the extension
 * ({@code ingest/merge_people}). Schema files under {@code schema/} are listed in version
 * order by {@link #schemaScripts()}.
 */
@Component
public class CypherQueries {

	private static final Logger log = LoggerFactory.getLogger(CypherQueries.class);

	private final Map<String, String> queries;

	private final List<Map.Entry<String, String>> schema;

	@Autowired
	public CypherQueries(CypherProperties properties) {
		this(properties.location(), new PathMatchingResourcePatternResolver());
	}

	/**
	 * The statements under a location, read outside Spring's context (the embedded
	 * database's first-start schema, before the beans exist).
	 * @param location base location of the {@code cypher/} tree, as
	 * {@code app.cypher.location}
	 * @return the statements and schema scripts found there
	 */
	public static CypherQueries at(String location) {
		return new CypherQueries(location, new PathMatchingResourcePatternResolver());
	}

	CypherQueries(String location, ResourcePatternResolver resolver) {
		String base = location.endsWith("/") ? location : location + "/";
		this.queries = Collections.unmodifiableMap(load(resolver, base + "queries/", true));
		this.schema = List.copyOf(load(resolver, base + "schema/", false).entrySet());
		if (this.queries.isEmpty()) {
			throw new IllegalStateException("No Cypher query found under " + base + "queries/");
		}
		log.info("Loaded {} named Cypher queries and {} schema scripts from {}", this.queries.size(),
				this.schema.size(), base);
	}

	private static Map<String, String> load(ResourcePatternResolver resolver, String root, boolean recursive) {
		Map<String, String> result = new TreeMap<>();
		try {
			for (Resource resource : resolver.getResources(root + (recursive ? "**/*.cypher" : "*.cypher"))) {
				String url = resource.getURL().toString();
				int at = url.lastIndexOf(root.substring(root.indexOf(':') + 1));
				String relative = url.substring(at + root.length() - root.indexOf(':') - 1);
				String name = relative.substring(0, relative.length() - ".cypher".length());
				result.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Cypher files under " + root, ex);
		}
		return result;
	}

	/**
	 * The statement with this name; fails when it is missing, so that a component asking
	 * for its queries in its constructor fails at start-up.
	 * @param name path relative to {@code queries/}, without {@code .cypher}
	 * @return the statement text
	 */
	public String get(String name) {
		String query = this.queries.get(name);
		if (query == null) {
			throw new NoSuchElementException("No Cypher query named '" + name + "' under cypher/queries/");
		}
		return query;
	}

	/** Whether a statement with this name exists. */
	public boolean contains(String name) {
		return this.queries.containsKey(name);
	}

	/** The names of every statement under a folder ({@code research/}). */
	public List<String> namesUnder(String folder) {
		String prefix = folder.endsWith("/") ? folder : folder + "/";
		List<String> names = new ArrayList<>();
		this.queries.keySet().stream().filter((name) -> name.startsWith(prefix)).forEach(names::add);
		return names;
	}

	/** Schema scripts ({@code V001__constraints}) in version order, with their text. */
	public List<Map.Entry<String, String>> schemaScripts() {
		return this.schema;
	}

}
