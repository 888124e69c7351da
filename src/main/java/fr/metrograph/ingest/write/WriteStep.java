package fr.metrograph.ingest.write;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * One named statement of {@code cypher/queries/ingest/} applied to the rows of one kind
 * of fact of one document. Rows are built on demand ({@code row(i)}), so that a loader
 * can slice a large step into bounded batches without holding every row at once.
 *
 * @param statement the statement's name under {@code ingest/} ({@code merge_attendance})
 * @param docId the Document the facts come from ({@code $docId})
 * @param size number of rows
 * @param row builds row {@code i} ({@code 0 <= i < size})
 */
public record WriteStep(String statement, String docId, int size, IntFunction<Map<String, Object>> row) {

}
