package fr.metrograph.research;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.CypherResult;
import fr.metrograph.cypher.ReadOnlyCypherRunner;
import fr.metrograph.research.ResearchQuery.Parameter;

/**
 * Runs researchers' queries, ad hoc or saved, through the read-only runner, after
 * checking a saved query's parameters against its header.
 */
@Service
class ResearchService {

	private final ReadOnlyCypherRunner runner;

	private final ResearchQueryCatalog catalog;

	ResearchService(ReadOnlyCypherRunner runner, ResearchQueryCatalog catalog) {
		this.runner = runner;
		this.catalog = catalog;
	}

	CypherResult adHoc(String query, Map<String, Object> parameters) {
		return this.runner.run(query, parameters);
	}

	List<ResearchQuery> library() {
		return this.catalog.all();
	}

	/**
	 * Runs a saved query.
	 * @param name its name
	 * @param given parameter values as text (from the URL)
	 * @return its result
	 * @throws UnknownQueryException when no query has this name
	 * @throws QueryParameterException when a parameter is unknown, a required one is
	 * missing or a value does not fit its type
	 */
	CypherResult saved(String name, Map<String, String> given) {
		ResearchQuery query = this.catalog.find(name).orElseThrow(() -> new UnknownQueryException(name));
		// A misspelt parameter would otherwise run the query silently on its default.
		for (String key : new TreeSet<>(given.keySet())) {
			if (query.parameters().stream().noneMatch((p) -> p.name().equals(key))) {
				String known = query.parameters().isEmpty() ? "elle n'en prend aucun"
						: "ses paramètres sont " + query.parameters()
							.stream()
							.map((p) -> "« " + p.name() + " »")
							.collect(Collectors.joining(", "));
				throw new QueryParameterException(name, key,
						"Paramètre inconnu « " + key + " » pour la requête « " + name + " » : " + known + ".");
			}
		}
		Map<String, Object> parameters = new HashMap<>();
		for (Parameter parameter : query.parameters()) {
			String text = given.get(parameter.name());
			if (text == null || text.isBlank()) {
				if (parameter.required()) {
					throw new QueryParameterException(name, parameter.name(),
							"Le paramètre « " + parameter.name() + " » (" + ParameterValues.french(parameter.type())
									+ ") est obligatoire pour la requête « " + name + " ».");
				}
				parameters.put(parameter.name(), parameter.defaultValue());
				continue;
			}
			try {
				parameters.put(parameter.name(), ParameterValues.convert(parameter.type(), text));
			}
			catch (IllegalArgumentException ex) {
				throw new QueryParameterException(name, parameter.name(),
						"La valeur « " + text + " » ne convient pas pour le paramètre « " + parameter.name()
								+ " » : il faut un " + ParameterValues.french(parameter.type()) + ".");
			}
		}
		return this.runner.run(query.cypher(), parameters);
	}

}
