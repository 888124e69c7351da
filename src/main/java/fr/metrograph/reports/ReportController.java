package fr.metrograph.reports;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final ReportService reports;

	ReportController(ReportService reports) {
		this.reports = reports;
	}

	@Operation(summary = "Rapport annuel du réseau (PDF ou HTML) : composition, réunions, thèmes, prévu et réalisé, "
			+ "réseau de co-présence, personnes, qualité des données, sources")
	@GetMapping("/{file:.+}")
	ResponseEntity<byte[]> report(@PathVariable String file) {
		ReportFile request = ReportFile.parse(file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(request.format().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"rapport-" + request.year() + "." + request.format().extension() + "\"")
			.body(this.reports.render(request.year(), request.format()));
	}

}
