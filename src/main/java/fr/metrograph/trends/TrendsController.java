package fr.metrograph.trends;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.MembershipTrends.MembershipYear;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;
import fr.metrograph.trends.TrendsService.TimelineYear;

@RestController
@RequestMapping("/api")
class TrendsController {

	private static final String GROUP_PATTERN = "agents|elus";

	private static final String GROUP_MESSAGE = "Le groupe doit être « agents » ou « elus ».";

	private final TrendsService trends;

	TrendsController(TrendsService trends) {
		this.trends = trends;
	}

	@Operation(summary = "Adhésions par année : membres, arrivées, départs, taux de maintien")
	@GetMapping("/trends/membership")
	List<MembershipYear> membership(@RequestParam(required = false,
			defaultValue = "agents") @Pattern(regexp = GROUP_PATTERN, message = GROUP_MESSAGE) String group) {
		return this.trends.membership(group);
	}

	@Operation(summary = "Réunions par année et par format, lieux et présences")
	@GetMapping("/trends/meetings")
	List<MeetingYear> meetings(
			@RequestParam(required = false) @Pattern(regexp = GROUP_PATTERN, message = GROUP_MESSAGE) String group) {
		return this.trends.meetings(group);
	}

	@Operation(summary = "Thèmes au fil des années : séances, présentateurs, première et dernière année")
	@GetMapping("/trends/themes")
	List<ThemeTrend> themes() {
		return this.trends.themes();
	}

	@Operation(summary = "Thèmes annoncés pour l'année N+1 rapprochés de ceux réalisés en N+1 (score de similarité)")
	@GetMapping("/trends/themes/planned-vs-realised")
	List<Outcome> plannedVersusRealised(@RequestParam(defaultValue = "0.6") @DecimalMin(value = "0.01",
			message = "Le seuil doit être compris entre 0,01 et 1.") @DecimalMax(value = "1.0",
					message = "Le seuil doit être compris entre 0,01 et 1.") double threshold) {
		return this.trends.plannedVersusRealised(threshold);
	}

	@Operation(summary = "Droites de tendance (pente, r²) de chaque série ; moins de trois années : pas de conclusion")
	@GetMapping("/trends/lines")
	List<TrendLine> lines(
			@RequestParam(required = false) @Pattern(regexp = GROUP_PATTERN, message = GROUP_MESSAGE) String group) {
		return this.trends.lines(group);
	}

	@Operation(summary = "Une métropole année par année : groupes, séances présentées, réunions, personnes, thèmes")
	@GetMapping("/metropolises/{id}/timeline")
	List<TimelineYear> timeline(@PathVariable String id) {
		return this.trends.timeline(id);
	}

}
