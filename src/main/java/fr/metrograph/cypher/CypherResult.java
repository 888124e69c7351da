package fr.metrograph.cypher;

import java.util.List;

/**
 * The answer to a researcher's query: column names, rows as lists of readable values (see
 * {@link CypherValues}), whether the row cap cut the result, and the time it took.
 *
 * @param columns the column names, in the query's order
 * @param rows the rows, each with one value per column
 * @param truncated whether there were more rows than {@code app.cypher.max-rows}
 * @param elapsedMs wall-clock time of planning, checking and running, in milliseconds
 */
public record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs) {

}
