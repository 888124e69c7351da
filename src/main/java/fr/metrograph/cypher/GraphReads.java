package fr.metrograph.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Runs named read queries whose single column is a map projection, and turns each row
 * into a record whose components have the map's keys. That keeps the shape of each answer
 * in its {@code .cypher} file and its record, with no mapping code in between.
 */
@Component
public class GraphReads {

	private final Driver driver;

	private final CypherQueries queries;

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	GraphReads(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * Every row of a named query, as records.
	 * @param query the query name ({@code documents/list_documents})
	 * @param parameters its parameters (null values allowed)
	 * @param type the record each row becomes
	 * @return the rows, in the query's order
	 */
	public <T> List<T> list(String query, Map<String, Object> parameters, Class<T> type) {
		String statement = this.queries.get(query);
		try (var session = this.driver.session()) {
			List<Value> values = session.executeRead((tx) -> tx.run(statement, parameters).list((r) -> r.get(0)));
			return values.stream().map((value) -> this.mapper.convertValue(value.asMap(), type)).toList();
		}
	}

	/** The first row of a named query, if any. */
	public <T> Optional<T> one(String query, Map<String, Object> parameters, Class<T> type) {
		return list(query, parameters, type).stream().findFirst();
	}

}
