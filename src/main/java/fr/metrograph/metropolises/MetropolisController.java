package fr.metrograph.metropolises;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.metropolises.MetropolisViews.MetropolisDetail;
import fr.metrograph.metropolises.MetropolisViews.MetropolisSummary;

@RestController
@RequestMapping("/api/metropolises")
class MetropolisController {

	private final MetropolisService metropolises;

	MetropolisController(MetropolisService metropolises) {
		this.metropolises = metropolises;
	}

	@Operation(
			summary = "Métropoles et EPT ; avec year, celles membres d'un groupe ou présentes à une réunion cette année-là")
	@GetMapping
	List<MetropolisSummary> metropolises(@RequestParam(required = false) @Min(value = 1900,
			message = "L'année doit être comprise entre 1900 et 2100.") @Max(value = 2100,
					message = "L'année doit être comprise entre 1900 et 2100.") Integer year) {
		return this.metropolises.metropolises(year);
	}

	@Operation(summary = "Une métropole : adhésions par année, réunions, personnes, sources")
	@GetMapping("/{id}")
	MetropolisDetail metropolis(@PathVariable String id) {
		return this.metropolises.metropolis(id);
	}

}
