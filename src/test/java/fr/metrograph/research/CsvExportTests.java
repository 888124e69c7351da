package fr.metrograph.research;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.metrograph.cypher.CypherResult;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

	@Test
	void writesRfc4180WithAHeaderQuotingAndReadableGraphValues() {
		Map<String, Object> node = Map.of("_type", "node", "id", "4:x:1", "labels", List.of("Metropolis"), "properties",
				Map.of("id", "brest", "name", "Brest Métropole"));
		Map<String, Object> unnamed = new LinkedHashMap<>();
		unnamed.put("_type", "node");
		unnamed.put("id", "4:x:2");
		unnamed.put("labels", List.of("X"));
		unnamed.put("properties", Map.of("n", 1));
		Map<String, Object> relationship = Map.of("_type", "relationship", "type", "MEMBER_OF");
		CypherResult result = new CypherResult(List.of("m", "r", "texte", "liste", "vide", "autre"),
				List.of(Arrays.asList(node, relationship, "a, \"b\"", List.of(2024, 2025), null, unnamed)), false, 3);
		assertThat(CsvExport.write(result)).isEqualTo("m,r,texte,liste,vide,autre\r\n"
				+ "brest,MEMBER_OF,\"a, \"\"b\"\"\",2024; 2025,,\"{\"\"_type\"\":\"\"node\"\",\"\"id\"\":\"\"4:x:2\"\","
				+ "\"\"labels\"\":[\"\"X\"\"],\"\"properties\"\":{\"\"n\"\":1}}\"\r\n");
	}

}
