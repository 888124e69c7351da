package fr.metrograph.review;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.graph.InvalidParameterException;

/**
 * {@code GET /api/review}: the review queue, filterable by document and kind.
 */
@RestController
class ReviewController {

	private final ReviewService review;

	private final ReviewProperties properties;

	ReviewController(ReviewService review, ReviewProperties properties) {
		this.review = review;
		this.properties = properties;
	}

	@GetMapping("/api/review")
	List<ReviewItem> queue(@RequestParam(name = "document", required = false) String document,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "threshold", required = false) Double threshold,
			@RequestParam(name = "handled", defaultValue = "false") boolean handled,
			@RequestParam(name = "limit", defaultValue = "200") int limit) {
		if (kind != null && !kind.isBlank() && !ReviewService.KINDS.contains(kind)) {
			throw new InvalidParameterException("kind", kind,
					"Genre inconnu « " + kind + " » ; possibles : " + String.join(", ", ReviewService.KINDS) + ".");
		}
		double t = (threshold != null) ? threshold : this.properties.confidenceThreshold();
		if (t < 0 || t > 1) {
			throw new InvalidParameterException("threshold", String.valueOf(t), "Le seuil de confiance va de 0 à 1.");
		}
		if (limit < 1 || limit > 2000) {
			throw new InvalidParameterException("limit", String.valueOf(limit), "La limite va de 1 à 2000.");
		}
		return this.review.queue((document != null && !document.isBlank()) ? document : null,
				(kind != null && !kind.isBlank()) ? kind : null, t, handled, limit);
	}

}
