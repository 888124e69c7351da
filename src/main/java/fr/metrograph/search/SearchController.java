package fr.metrograph.search;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.search.SearchService.Results;

@RestController
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@Operation(summary = "Recherche globale : personnes, métropoles, organismes, réunions, thèmes et documents, "
			+ "sans tenir compte des accents ni de la casse, à une lettre près ; résultats groupés par nature")
	@GetMapping("/api/search")
	Results search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit) {
		return this.search.search(q, limit);
	}

}
