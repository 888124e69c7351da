package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * The metropolis a document belongs to, for titles that name no body ("vice-présidente",
 * "chef de projet à la Métropole"), each read once per document and only when a title
 * asks:
 * <ul>
 * <li>its <b>owner</b>: the only metropolis named as a body in its first lines (or, on a
 * web page whose first lines are the site's menus, in its title and lead), the letterhead
 * ("MÉTROPOLE DU GRAND NANCY" over a deliberation; six lines, or, when they name none, up
 * to twelve while they are short, as an official paper's stamps and formulas are);</li>
 * <li>its <b>sole</b> metropolis: the only one it names as a body anywhere.</li>
 * </ul>
 */
final class DocumentMetropolis {

	/** How many non-blank lines open a document (its letterhead). */
	private static final int HEAD_LINES = 6;

	/**
	 * How far a letterhead of short lines may go on: an official paper's transmission
	 * stamps, "RÉPUBLIQUE FRANÇAISE" and its département come before the body's name.
	 */
	private static final int SHORT_HEAD_LINES = 12;

	/** How far down a web page its title may come, under the site's menus. */
	private static final int PAGE_HEAD_LINES = 60;

	/** The longest line of a logo's words. */
	private static final int LOGO_LINE = 30;

	/** The longest line a letterhead holds; a longer one is the text. */
	private static final int SHORT_LINE = 80;

	private final ExtractionContext context;

	private Optional<BodyMatch> owner;

	private Optional<BodyMatch> sole;

	private Optional<BodyMatch> letterhead;

	DocumentMetropolis(ExtractionContext context) {
		this.context = context;
	}

	Optional<BodyMatch> owner() {
		if (this.owner == null) {
			List<String> head = headLines();
			List<BodyMatch> found = new ArrayList<>();
			for (int read = 0; read < head.size(); read++) {
				if (read >= HEAD_LINES && (!found.isEmpty() || head.get(read).length() > SHORT_LINE)) {
					break;
				}
				found.addAll(headMetropolises(head, read));
			}
			if (found.isEmpty()) {
				found.addAll(pageLead(this.context.lines()));
			}
			this.owner = one(found);
		}
		return this.owner;
	}

	/**
	 * The owner when its name heads the paper as a letterhead does: on a short first
	 * line, or on a short line in capitals ("VILLE DE MONTPELLIER - MONTPELLIER
	 * MÉDITERRANÉE MÉTROPOLE"), not in a sentence or a signature.
	 */
	Optional<BodyMatch> letterhead() {
		if (this.letterhead == null) {
			List<String> head = headLines();
			List<BodyMatch> found = new ArrayList<>();
			for (int read = 0; read < head.size(); read++) {
				String line = head.get(read);
				if (line.length() <= SHORT_LINE && (read == 0
						|| line.equals(line.toUpperCase(Locale.ROOT)) && line.chars().anyMatch(Character::isLetter))) {
					found.addAll(headMetropolises(head, read));
				}
			}
			this.letterhead = one(found).filter((b) -> owner().filter((o) -> o.id().equals(b.id())).isPresent());
		}
		return this.letterhead;
	}

	/**
	 * The metropolises a head line names, or, when it names none, the ones it names with
	 * the next line when both are a logo's short words ("BREST" / "métropole").
	 */
	private List<BodyMatch> headMetropolises(List<String> head, int read) {
		List<BodyMatch> alone = metropolises(head.get(read));
		if (!alone.isEmpty() || read + 1 >= head.size() || head.get(read).length() > LOGO_LINE
				|| head.get(read + 1).length() > LOGO_LINE || !metropolises(head.get(read + 1)).isEmpty()) {
			return alone;
		}
		return metropolises(head.get(read) + " " + head.get(read + 1));
	}

	/** The document's first non-blank lines, stripped, where a letterhead stands. */
	private List<String> headLines() {
		TextLines doc = this.context.lines();
		List<String> head = new ArrayList<>();
		for (int n = doc.first(); n <= doc.last() && head.size() < SHORT_HEAD_LINES; n++) {
			if (!doc.line(n).isBlank()) {
				head.add(doc.line(n).strip());
			}
		}
		return head;
	}

	/**
	 * The metropolises a web page's title and lead name: its one top-level heading ("#
	 * Les élus", as the page's h1 is read) and the paragraph under it ("L'Eurométropole
	 * de Strasbourg réunit 33 communes…"), below the site's menus.
	 */
	private List<BodyMatch> pageLead(TextLines doc) {
		for (int n = doc.first(); n <= Math.min(doc.last(), doc.first() + PAGE_HEAD_LINES); n++) {
			if (!doc.line(n).startsWith("# ")) {
				continue;
			}
			List<BodyMatch> found = new ArrayList<>(metropolises(doc.line(n)));
			int k = n + 1;
			while (k <= doc.last() && doc.line(k).isBlank()) {
				k++;
			}
			for (; k <= doc.last() && !doc.line(k).isBlank() && !doc.line(k).startsWith("#"); k++) {
				found.addAll(metropolises(doc.line(k)));
			}
			return found;
		}
		return List.of();
	}

	Optional<BodyMatch> sole() {
		if (this.sole == null) {
			this.sole = one(metropolises(this.context.lines().joined()));
		}
		return this.sole;
	}

	/** The owner, else the sole metropolis. */
	Optional<BodyMatch> any() {
		return owner().or(this::sole);
	}

	private List<BodyMatch> metropolises(String text) {
		return this.context.reference().find(text).stream().filter((b) -> b.isBodyInText() && b.metropolis()).toList();
	}

	private static Optional<BodyMatch> one(List<BodyMatch> found) {
		return (!found.isEmpty() && found.stream().allMatch((b) -> b.id().equals(found.get(0).id())))
				? Optional.of(found.get(0)) : Optional.empty();
	}

}
