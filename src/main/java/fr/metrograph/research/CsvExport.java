package fr.metrograph.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import fr.metrograph.csv.CsvDialect;
import fr.metrograph.csv.CsvWriter;
import fr.metrograph.cypher.CypherResult;

/**
 * Writes a query result as CSV with a header row, through {@link CsvWriter} (RFC 4180 or
 * the French spreadsheet dialect; formula-leading cells neutralised). A node is written
 * as its {@code id} property, else its {@code name}, else its JSON; a relationship as its
 * type; a list of plain values as its items joined by {@code "; "}; anything else nested
 * (maps, paths, lists of nodes) as JSON. Null is an empty cell.
 */
final class CsvExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CsvExport() {
	}

	static String write(CypherResult result) {
		return write(result, CsvDialect.RFC_4180);
	}

	static String write(CypherResult result, CsvDialect dialect) {
		List<List<Object>> rows = new ArrayList<>(result.rows().size());
		for (List<Object> row : result.rows()) {
			List<Object> cells = new ArrayList<>(row.size());
			row.forEach((value) -> cells.add(cell(value)));
			rows.add(cells);
		}
		return CsvWriter.write(dialect, result.columns(), rows);
	}

	/** A cell's value: numbers and null as they are, anything else as text. */
	static Object cell(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		if (value instanceof Map<?, ?> map && "node".equals(map.get("_type"))) {
			Map<?, ?> properties = (Map<?, ?>) map.get("properties");
			Object label = (properties.get("id") != null) ? properties.get("id") : properties.get("name");
			return (label != null) ? label.toString() : JSON.writeValueAsString(value);
		}
		if (value instanceof Map<?, ?> map && "relationship".equals(map.get("_type"))) {
			return map.get("type").toString();
		}
		if (value instanceof List<?> list
				&& list.stream().noneMatch((item) -> item instanceof Map || item instanceof List)) {
			return String.join("; ", list.stream().map((item) -> (item != null) ? item.toString() : "").toList());
		}
		if (value instanceof Map || value instanceof List) {
			return JSON.writeValueAsString(value);
		}
		return value.toString();
	}

}
