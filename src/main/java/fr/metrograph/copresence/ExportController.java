package fr.metrograph.copresence;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import fr.metrograph.csv.CsvDialect;

@RestController
@RequestMapping("/api/export")
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@Operation(summary = "Export d'un réseau de co-présence, écrit au fil de l'eau : gexf (GEXF 1.3 dynamique, par "
			+ "année), graphml, ou csv (ZIP de nodes.csv et edges.csv), avec les documents sources. metrics choisit les "
			+ "mesures exportées (mêmes valeurs et même défaut que /api/copresence) ; si des mesures lourdes d'un grand "
			+ "réseau manquent, la réponse est 202 avec une tâche à suivre, puis la même adresse donne le fichier. "
			+ "Pour csv, dialecte=tableur écrit des CSV pour un tableur français (point-virgule, virgule décimale, "
			+ "BOM UTF-8) ; par défaut rfc4180 (virgule).")
	@GetMapping("/{format}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
			@RequestParam(defaultValue = "people") String network, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Double minWeight,
			@RequestParam(required = false) String via, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String weighting, @RequestParam(required = false) String status,
			@RequestParam(required = false) String group, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String metrics,
			@RequestParam(name = CsvDialect.PARAMETER, required = false) String dialect) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		CsvDialect csvDialect = CsvDialect.fromParameter(dialect);
		CopresenceRequest request = CopresenceRequest.parse(network, from, to, kind, via, weighting, minWeight, status,
				group, theme);
		CopresenceViews.ExportModel[] model = new CopresenceViews.ExportModel[1];
		CopresenceService.Answer answer = this.exports.export(request, Metric.parse(metrics),
				CopresenceController.currentUrl(), (ready) -> model[0] = ready);
		if (answer instanceof CopresenceService.Pending pending) {
			throw new MetricsPending(pending);
		}
		StreamingResponseBody body = (out) -> exportFormat.write(model[0], out, csvDialect);
		return ResponseEntity.ok()
			.contentType(exportFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("copresence-" + request.network().code()
						+ ((exportFormat == ExportFormat.CSV && csvDialect == CsvDialect.TABLEUR) ? "-tableur" : "")
						+ "." + exportFormat.extension())
				.build()
				.toString())
			.body(body);
	}

	/**
	 * The metrics of the export are being computed: answered 202 with the job (the
	 * streamed body's declared type leaves no other way to return JSON).
	 */
	@ExceptionHandler(MetricsPending.class)
	ResponseEntity<?> pending(MetricsPending pending) {
		return CopresenceController.answer(pending.answer);
	}

	static final class MetricsPending extends RuntimeException {

		final transient CopresenceService.Pending answer;

		MetricsPending(CopresenceService.Pending answer) {
			super(null, null, false, false);
			this.answer = answer;
		}

	}

	/** The export formats, with their media type and writer. */
	enum ExportFormat {

		GEXF("gexf", "gexf", MediaType.parseMediaType("application/gexf+xml")),
		GRAPHML("graphml", "graphml", MediaType.parseMediaType("application/graphml+xml")),
		CSV("csv", "zip", MediaType.parseMediaType("application/zip"));

		private final String code;

		private final String extension;

		private final MediaType mediaType;

		ExportFormat(String code, String extension, MediaType mediaType) {
			this.code = code;
			this.extension = extension;
			this.mediaType = mediaType;
		}

		static ExportFormat parse(String value) {
			for (ExportFormat format : values()) {
				if (format.code.equalsIgnoreCase(value)) {
					return format;
				}
			}
			throw new InvalidCopresenceRequestException("format", value,
					"Format d'export inconnu « " + value + " » : valeurs possibles graphml, gexf, csv.");
		}

		String extension() {
			return this.extension;
		}

		MediaType mediaType() {
			return this.mediaType;
		}

		void write(CopresenceViews.ExportModel model, java.io.OutputStream out, CsvDialect dialect) {
			switch (this) {
				case GEXF -> NetworkExports.gexf(model, out);
				case GRAPHML -> NetworkExports.graphml(model, out);
				case CSV -> NetworkExports.csvZip(model, out, dialect);
			}
		}

	}

}
