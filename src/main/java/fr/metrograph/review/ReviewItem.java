package fr.metrograph.review;

import java.util.List;
import java.util.Map;

/**
 * One thing to review, with its passage and the corrections that fit it. The dashboard
 * draws every item the same way: the title, the passage with its lines and a link to the
 * document, and one button per {@link Action}.
 *
 * @param kind conflict, low-confidence, unresolved or candidate-pair
 * @param label the kind in French
 * @param title what to review, one French sentence
 * @param details further French lines (the decision taken, the evidence for and against)
 * @param documentId the document it comes from
 * @param documentTitle its title
 * @param path its file
 * @param evidence the quoted passage
 * @param lines the passage's line numbers
 * @param ingestedAt when the document was loaded (items are listed newest first)
 * @param confidence the finder's confidence, for facts
 * @param extractor the finder, for facts
 * @param items the keys of the item (for optimistic concurrency)
 * @param revision the sum of their revisions, to send back with a correction
 * @param actions what can be done
 */
public record ReviewItem(String kind, String label, String title, List<String> details, String documentId,
		String documentTitle, String path, String evidence, String lines, String ingestedAt, Double confidence,
		String extractor, List<String> items, int revision, List<Action> actions) {

	/**
	 * A correction the item offers.
	 *
	 * @param action the correction's action code
	 * @param label the button, in French
	 * @param fields the correction's fields already known
	 * @param ask fields the user fills in (value, name, entity, field), with their
	 * choices when there are some
	 */
	public record Action(String action, String label, Map<String, Object> fields, Map<String, List<Choice>> ask) {
	}

	/**
	 * One choice for a field.
	 *
	 * @param value what is sent
	 * @param label what is shown
	 */
	public record Choice(String value, String label) {
	}

}
