package fr.metrograph.research;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.csv.CsvDialect;
import fr.metrograph.cypher.CypherResult;

/**
 * Researchers' Cypher over HTTP: ad-hoc read-only queries and the saved research queries,
 * as JSON or, with {@code Accept: text/csv}, as CSV.
 */
@RestController
@RequestMapping("/api")
class ResearchController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ResearchService research;

	ResearchController(ResearchService research) {
		this.research = research;
	}

	/**
	 * Body of {@code POST /api/cypher}.
	 *
	 * @param query one Cypher statement
	 * @param params its parameters (optional)
	 */
	record CypherRequest(String query, Map<String, Object> params) {
	}

	@Operation(summary = "Exécute une requête Cypher en lecture seule (délai et nombre de lignes limités)")
	@PostMapping("/cypher")
	CypherResult cypher(@RequestBody CypherRequest request) {
		return this.research.adHoc(request.query(), request.params());
	}

	@Operation(summary = "Exécute une requête Cypher en lecture seule, réponse en CSV "
			+ "(dialecte=tableur : point-virgule et BOM UTF-8 pour un tableur français)")
	@PostMapping(path = "/cypher", produces = "text/csv")
	ResponseEntity<String> cypherCsv(@RequestBody CypherRequest request,
			@RequestParam(name = CsvDialect.PARAMETER, required = false) String dialect) {
		CsvDialect chosen = CsvDialect.fromParameter(dialect);
		return csv("requete", this.research.adHoc(request.query(), request.params()), chosen);
	}

	@Operation(summary = "La bibliothèque de requêtes de recherche : titre, description, paramètres, colonnes")
	@GetMapping("/queries")
	List<ResearchQuery> queries() {
		return this.research.library();
	}

	@Operation(summary = "Exécute une requête de la bibliothèque ; ses paramètres dans l'URL")
	@GetMapping("/queries/{name}")
	CypherResult query(@PathVariable String name, @RequestParam Map<String, String> parameters) {
		return this.research.saved(name, parameters);
	}

	@Operation(summary = "Exécute une requête de la bibliothèque, réponse en CSV "
			+ "(dialecte=tableur : point-virgule et BOM UTF-8 pour un tableur français)")
	@GetMapping(path = "/queries/{name}", produces = "text/csv")
	ResponseEntity<String> queryCsv(@PathVariable String name, @RequestParam Map<String, String> parameters) {
		Map<String, String> queryParameters = new HashMap<>(parameters);
		CsvDialect dialect = CsvDialect.fromParameter(queryParameters.remove(CsvDialect.PARAMETER));
		return csv(name, this.research.saved(name, queryParameters), dialect);
	}

	@Operation(summary = "Exécute une requête de la bibliothèque, réponse en CSV à télécharger, pour un lien "
			+ "(dialecte=tableur : point-virgule et BOM UTF-8 pour un tableur français ; rfc4180 par défaut)")
	@GetMapping(path = "/queries/{name}.csv", produces = "text/csv")
	ResponseEntity<String> queryCsvFile(@PathVariable String name, @RequestParam Map<String, String> parameters) {
		return queryCsv(name, parameters);
	}

	private static ResponseEntity<String> csv(String name, CypherResult result, CsvDialect dialect) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".csv").build().toString())
			.header("X-Truncated", Boolean.toString(result.truncated()))
			.body(CsvExport.write(result, dialect));
	}

}
