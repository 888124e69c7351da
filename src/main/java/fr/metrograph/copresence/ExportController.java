package fr.metrograph.copresence;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/export")
class ExportController {

	private final CopresenceService copresence;

	ExportController(CopresenceService copresence) {
		this.copresence = copresence;
	}

	@Operation(summary = "Export d'un réseau de co-présence : gexf (GEXF 1.3 dynamique, par année), graphml, "
			+ "ou csv (ZIP de nodes.csv et edges.csv), avec les documents sources")
	@GetMapping("/{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "people") String network,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) Double minWeight, @RequestParam(required = false) String via,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String weighting,
			@RequestParam(required = false) String status, @RequestParam(required = false) String group,
			@RequestParam(required = false) String theme) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		CopresenceRequest request = CopresenceRequest.parse(network, from, to, kind, via, weighting, minWeight, status,
				group, theme);
		byte[] body = exportFormat.write(this.copresence.export(request));
		return ResponseEntity.ok()
			.contentType(exportFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("copresence-" + request.network().code() + "." + exportFormat.extension())
						.build()
						.toString())
			.body(body);
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

		byte[] write(CopresenceViews.ExportModel model) {
			return switch (this) {
				case GEXF -> NetworkExports.gexf(model);
				case GRAPHML -> NetworkExports.graphml(model);
				case CSV -> NetworkExports.csvZip(model);
			};
		}

	}

}
