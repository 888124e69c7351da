package fr.metrograph.research;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.metrograph.csv.CsvDialect;
import fr.metrograph.cypher.CypherResult;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportInjectionTests {

	@Test
	void neutralisesFormulasInValuesNodeIdsAndListsButKeepsNegativeNumbers() {
		Map<String, Object> person = Map.of("_type", "node", "id", "4:x:1", "labels", List.of("Person"), "properties",
				Map.of("id", "=1+2", "name", "=HYPERLINK(\"http://evil.example\")"));
		CypherResult result = new CypherResult(List.of("p", "nom", "role", "n", "liste"),
				List.of(List.of(person, "=HYPERLINK(\"http://evil.example\")", "@role", -3L, List.of("-x", "y"))),
				false, 1);
		assertThat(CsvExport.write(result))
			.isEqualTo("p,nom,role,n,liste\r\n'=1+2,\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@role,-3,'-x; y\r\n");
	}

	@Test
	void writesTheFrenchSpreadsheetDialectOnRequest() {
		CypherResult result = new CypherResult(List.of("nom", "poids"), List.of(List.of("Brest", 0.25)), false, 1);
		assertThat(CsvExport.write(result, CsvDialect.TABLEUR)).isEqualTo("\uFEFFnom;poids\r\nBrest;0,25\r\n");
	}

}
