package fr.metrograph.meetings;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.meetings.MeetingViews.MeetingDetail;
import fr.metrograph.meetings.MeetingViews.MeetingSummary;
import fr.metrograph.meetings.MeetingViews.ThemeSummary;

@RestController
@RequestMapping("/api")
class MeetingsController {

	private final MeetingsService meetings;

	MeetingsController(MeetingsService meetings) {
		this.meetings = meetings;
	}

	@Operation(summary = "Réunions, séances et retours d'expérience, éventuellement d'une année")
	@GetMapping("/meetings")
	List<MeetingSummary> meetings(@RequestParam(required = false) @Min(value = 1900,
			message = "L'année doit être comprise entre 1900 et 2100.") @Max(value = 2100,
					message = "L'année doit être comprise entre 1900 et 2100.") Integer year) {
		return this.meetings.meetings(year);
	}

	@Operation(summary = "Une réunion : dates, lieu, format, hôte, groupe, séances, participant·es avec leur statut "
			+ "et leur qualité, organismes présents, thèmes, sources avec les passages cités")
	@GetMapping("/meetings/{id}")
	MeetingDetail meeting(@PathVariable String id) {
		return this.meetings.meeting(id);
	}

	@Operation(summary = "Thèmes : réunions, années, présentateurs, années pour lesquelles ils étaient prévus")
	@GetMapping("/themes")
	List<ThemeSummary> themes() {
		return this.meetings.themes();
	}

}
