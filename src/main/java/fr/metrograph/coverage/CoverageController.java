package fr.metrograph.coverage;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoverageController {

	private final CoverageService coverage;

	CoverageController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@Operation(summary = "Ce que les documents disent de chaque année : documents, listes de membres par groupe, "
			+ "réunions et thèmes connus ou non (une année sans rien est « non documentée »)")
	@GetMapping("/api/coverage")
	List<YearCoverage> years() {
		return this.coverage.years();
	}

}
