package fr.metrograph.curation;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.security.Accounts;

/**
 * Corrections over JSON: record one, undo one, the history, the revisions of items. Every
 * write needs the role {@code coordinateur} (see the security package) and is recorded
 * with its author.
 */
@RestController
class CurationController {

	private final CurationService curation;

	private final Accounts accounts;

	CurationController(CurationService curation, Accounts accounts) {
		this.curation = curation;
		this.accounts = accounts;
	}

	@PostMapping("/api/curation/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	CurationService.Applied record(@RequestBody CorrectionRequest request) {
		return this.curation.record(request, this.accounts.current());
	}

	@PostMapping("/api/curation/corrections/{id}/undo")
	CurationService.Applied undo(@PathVariable String id, @RequestBody(required = false) UndoRequest request) {
		UndoRequest undo = (request != null) ? request : new UndoRequest(null, null);
		return this.curation.undo(id, undo.why(), undo.revision(), this.accounts.current());
	}

	@GetMapping("/api/curation/history")
	List<HistoryEntry> history() {
		return this.curation.history();
	}

	@GetMapping("/api/curation/revisions")
	Map<String, Integer> revisions(@RequestParam(name = "item", required = false) List<String> items) {
		return this.curation.revisions((items != null) ? items : List.of());
	}

	/**
	 * Undoing a correction.
	 *
	 * @param why the reason, in French
	 * @param revision the revision of the correction's item the client saw, or null
	 */
	record UndoRequest(String why, Integer revision) {
	}

}
