package fr.metrograph.copresence;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.metrograph.copresence.CopresenceService.PageRequest;
import fr.metrograph.copresence.CopresenceViews.EdgePage;
import fr.metrograph.copresence.CopresenceViews.JobView;
import fr.metrograph.graph.EntityNotFoundException;

@RestController
@RequestMapping("/api/copresence")
class CopresenceController {

	private final CopresenceService copresence;

	CopresenceController(CopresenceService copresence) {
		this.copresence = copresence;
	}

	@Operation(summary = "Réseau de co-présence (personnes ou métropoles), par pages : les nœuds classés par une "
			+ "mesure, les liens les plus forts d'abord, densité, composantes (et modularité si les communautés sont "
			+ "demandées). Les mesures lourdes d'un grand réseau sont calculées en arrière-plan : la réponse est alors "
			+ "202 avec une tâche à suivre sur /api/copresence/jobs/{id}, puis la même requête répond 200.")
	@GetMapping("/{network}")
	ResponseEntity<?> network(@PathVariable String network, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Double minWeight,
			@RequestParam(required = false) String via, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String weighting, @RequestParam(required = false) String status,
			@RequestParam(required = false) String group, @RequestParam(required = false) String theme,
			@Parameter(description = "Mesures par nœud, séparées par des virgules : degree, weightedDegree, "
					+ "betweenness, eigenvector, community, ou all. Par défaut toutes jusqu'à 5 000 nœuds, "
					+ "degree et weightedDegree au-delà.") @RequestParam(required = false) String metrics,
			@Parameter(description = "Mesure de classement des nœuds (weightedDegree par défaut, degree, "
					+ "betweenness, eigenvector).") @RequestParam(required = false) String sort,
			@Parameter(description = "Nœuds par page (500 par défaut, 10 000 au plus).") @RequestParam(
					required = false) Integer limit,
			@Parameter(description = "Liens par page, les plus forts d'abord, parmi les nœuds montrés jusqu'ici "
					+ "(5 000 par défaut, 100 000 au plus).") @RequestParam(required = false) Integer edgeLimit,
			@Parameter(description = "nextCursor de la page précédente, avec les mêmes paramètres.") @RequestParam(
					required = false) String cursor) {
		CopresenceRequest request = CopresenceRequest.parse(network, from, to, kind, via, weighting, minWeight, status,
				group, theme);
		PageRequest page = new PageRequest(Metric.parse(metrics), sortMetric(sort), limit, edgeLimit, cursor);
		return answer(this.copresence.page(request, page, currentUrl()));
	}

	@Operation(summary = "Tous les liens d'un réseau de co-présence, les plus forts d'abord, par pages (limit, "
			+ "cursor).")
	@GetMapping("/{network}/edges")
	EdgePage edges(@PathVariable String network, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Double minWeight,
			@RequestParam(required = false) String via, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String weighting, @RequestParam(required = false) String status,
			@RequestParam(required = false) String group, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		CopresenceRequest request = CopresenceRequest.parse(network, from, to, kind, via, weighting, minWeight, status,
				group, theme);
		return this.copresence.edges(request, limit, cursor);
	}

	@Operation(summary = "État d'un calcul en arrière-plan : en attente, en cours (avec la progression), terminé "
			+ "(result donne l'adresse de la réponse) ou échec.")
	@GetMapping("/jobs/{id}")
	JobView job(@PathVariable String id) {
		JobView job = this.copresence.job(id);
		if (job == null) {
			throw new EntityNotFoundException("calcul", id);
		}
		return job;
	}

	static ResponseEntity<?> answer(CopresenceService.Answer answer) {
		return switch (answer) {
			case CopresenceService.Ready ready -> ResponseEntity.ok(ready.view());
			case CopresenceService.Pending pending -> ResponseEntity.accepted()
				.location(URI.create("/api/copresence/jobs/" + pending.job().id()))
				.body(pending.job());
		};
	}

	static String currentUrl() {
		var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		return current.getPath() + ((current.getQuery() != null) ? "?" + current.getQuery() : "");
	}

	private static Metric sortMetric(String sort) {
		var parsed = Metric.parse(sort);
		if (parsed == null) {
			return null;
		}
		if (parsed.size() != 1) {
			throw new InvalidCopresenceRequestException("sort", sort,
					"Une seule mesure de classement (sort) : degree, weightedDegree, betweenness ou eigenvector.");
		}
		return parsed.iterator().next();
	}

}
