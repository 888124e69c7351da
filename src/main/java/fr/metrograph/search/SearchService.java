package fr.metrograph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.InvalidParameterException;

/**
 * Runs the global search ({@code search/search}) and groups the results by kind, in a
 * fixed order: people, metropolises, organisations, meetings, themes, documents.
 */
@Service
public class SearchService {

	static final List<String> KINDS = List.of("Person", "Metropolis", "Organization", "Meeting", "Theme", "Document");

	private final GraphReads reads;

	SearchService(GraphReads reads) {
		this.reads = reads;
	}

	/** One result. */
	public record Hit(String kind, String id, String name, Integer year, String type, List<String> context,
			double score) {
	}

	/** The results of one kind. */
	public record Group(String kind, List<Hit> results) {
	}

	/** What the search found: the words searched and the groups that have results. */
	public record Results(String query, List<String> words, int total, List<Group> groups) {
	}

	/**
	 * Searches every kind at once.
	 * @param text what the user typed
	 * @param limit most results in all (1 to 200)
	 * @return the results, grouped
	 * @throws InvalidParameterException on an empty query or a bad limit
	 */
	public Results search(String text, int limit) {
		if (limit < 1 || limit > 200) {
			throw new InvalidParameterException("limit", limit,
					"Le nombre de résultats (limit) doit être compris entre 1 et 200.");
		}
		List<String> words = SearchQuery.words(text);
		if (words.isEmpty()) {
			throw new InvalidParameterException("q", text,
					"La recherche (q) doit contenir au moins une lettre ou un chiffre.");
		}
		List<Hit> hits = this.reads.list("search/search", Map.of("lucene", SearchQuery.lucene(words), "limit", limit),
				Hit.class);
		Map<String, List<Hit>> byKind = new LinkedHashMap<>();
		KINDS.forEach((k) -> byKind.put(k, new ArrayList<>()));
		hits.forEach((h) -> byKind.computeIfAbsent(h.kind(), (k) -> new ArrayList<>()).add(h));
		List<Group> groups = byKind.entrySet()
			.stream()
			.filter((e) -> !e.getValue().isEmpty())
			.map((e) -> new Group(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new Results(text.strip(), words, hits.size(), groups);
	}

}
