package fr.metrograph.research;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;

/**
 * The library of research queries: every {@code cypher/queries/research/*.cypher}, its
 * header parsed once at start-up (a malformed header stops the start-up).
 */
@Component
class ResearchQueryCatalog {

	private static final Logger log = LoggerFactory.getLogger(ResearchQueryCatalog.class);

	static final String FOLDER = "research";

	private final Map<String, ResearchQuery> queries = new LinkedHashMap<>();

	ResearchQueryCatalog(CypherQueries cypher) {
		for (String path : cypher.namesUnder(FOLDER)) {
			String name = path.substring(FOLDER.length() + 1);
			this.queries.put(name, QueryHeaderParser.parse(name, cypher.get(path)));
		}
		log.info("Loaded {} research queries", this.queries.size());
	}

	/** Every query, by name. */
	List<ResearchQuery> all() {
		return List.copyOf(this.queries.values());
	}

	/** The query with this name, if any. */
	Optional<ResearchQuery> find(String name) {
		return Optional.ofNullable(this.queries.get(name));
	}

}
