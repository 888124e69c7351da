package fr.metrograph.copresence;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.copresence.EgoNetworkViews.EgoNetworkView;
import fr.metrograph.copresence.EgoNetworkViews.MeetingRef;

/**
 * Ego networks of a person and of a metropolis, and the meetings behind one tie. Same
 * parameters as {@code GET /api/copresence/{network}}.
 */
@RestController
class EgoNetworkController {

	private static final String LIMIT_MESSAGE = "Le nombre de liens (limit) doit être compris entre 0 et 200000.";

	private final EgoNetworkService egoNetworks;

	EgoNetworkController(EgoNetworkService egoNetworks) {
		this.egoNetworks = egoNetworks;
	}

	@Operation(summary = "Réseau personnel d'une personne : les personnes rencontrées, par quelles réunions, "
			+ "année par année")
	@GetMapping("/api/people/{id}/network")
	EgoNetworkView person(@PathVariable String id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Double minWeight,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String weighting,
			@RequestParam(required = false) String status, @RequestParam(required = false) String group,
			@RequestParam(required = false) String theme, @RequestParam(defaultValue = "20000") @Min(value = 0,
					message = LIMIT_MESSAGE) @Max(value = 200_000, message = LIMIT_MESSAGE) int limit) {
		return this.egoNetworks.egoNetwork(id,
				CopresenceRequest.parse("people", from, to, kind, null, weighting, minWeight, status, group, theme),
				limit);
	}

	@Operation(summary = "Réseau d'une métropole : les métropoles rencontrées, par quelles réunions, année par année")
	@GetMapping("/api/metropolises/{id}/network")
	EgoNetworkView metropolis(@PathVariable String id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Double minWeight,
			@RequestParam(required = false) String via, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String weighting, @RequestParam(required = false) String status,
			@RequestParam(required = false) String group, @RequestParam(required = false) String theme,
			@RequestParam(defaultValue = "20000") @Min(value = 0, message = LIMIT_MESSAGE) @Max(value = 200_000,
					message = LIMIT_MESSAGE) int limit) {
		return this.egoNetworks.egoNetwork(id, CopresenceRequest.parse("metropolises", from, to, kind, via, weighting,
				minWeight, status, group, theme), limit);
	}

	@Operation(summary = "Réunions partagées par deux personnes ou deux métropoles (le détail d'un lien)")
	@GetMapping("/api/copresence/{network}/shared")
	List<MeetingRef> shared(@PathVariable String network, @RequestParam String a, @RequestParam String b,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String via, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String group,
			@RequestParam(required = false) String theme) {
		return this.egoNetworks.sharedMeetings(a, b,
				CopresenceRequest.parse(network, from, to, kind, via, null, null, status, group, theme));
	}

}
