package fr.metrograph.copresence;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.copresence.CopresenceViews.NetworkView;

@RestController
@RequestMapping("/api/copresence")
class CopresenceController {

	private final CopresenceService copresence;

	CopresenceController(CopresenceService copresence) {
		this.copresence = copresence;
	}

	@Operation(summary = "Réseau de co-présence (personnes ou métropoles) : nœuds, liens pondérés, centralités, "
			+ "communautés, modularité, densité, composantes")
	@GetMapping("/{network}")
	NetworkView network(@PathVariable String network, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Double minWeight,
			@RequestParam(required = false) String via, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String weighting, @RequestParam(required = false) String status,
			@RequestParam(required = false) String group, @RequestParam(required = false) String theme) {
		return this.copresence
			.network(CopresenceRequest.parse(network, from, to, kind, via, weighting, minWeight, status, group, theme));
	}

}
