package fr.metrograph.research;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import fr.metrograph.cypher.CypherResult;

/**
 * Writes a query result as RFC 4180 CSV (comma, double quotes, CRLF) with a header row. A
 * node is written as its {@code id} property, else its {@code name}, else its JSON; a
 * relationship as its type; a list of plain values as its items joined by {@code "; "};
 * anything else nested (maps, paths, lists of nodes) as JSON. Null is an empty cell.
 */
final class CsvExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CsvExport() {
	}

	static String write(CypherResult result) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(result.columns());
			for (List<Object> row : result.rows()) {
				List<String> cells = new ArrayList<>(row.size());
				row.forEach((value) -> cells.add(cell(value)));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
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
