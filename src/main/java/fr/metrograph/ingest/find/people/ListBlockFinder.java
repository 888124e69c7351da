package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.meeting.Sessions;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.Layout;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * People in blocks under a list heading ({@link Section}): "Présent·es" then, paragraph
 * by paragraph, body sub-headings ("Nantes Métropole"), one person per segment (a bullet,
 * a title, an honorific, a name, an indented name or "NOM Prénom," starts a new one) with
 * their roles on the following lines, "Accompagné·e par A et B", and in a facilitation
 * block, session sub-headings ("Parcours 1 :") whose facilitators also attend the
 * session. A block ends at a summary, agenda or programme heading, a rule, a numbered
 * item or a Markdown heading.
 */
public final class ListBlockFinder implements Finder {

	private static final Pattern ACCOMPANIED = Pattern.compile("(?iU)^accompagn[ée]e?s?\\s+(?:par|de)\\s+");

	@Override
	public String name() {
		return "list-block";
	}

	@Override
	public double confidence() {
		return 0.95;
	}

	@Override
	public void find(ExtractionContext context) {
		Block block = new Block();
		for (TextLines.Paragraph p : context.paragraphs()) {
			String text = p.text();
			Section s = Section.of(text);
			if (s != null) {
				block.open(s);
				context.claim(p.from());
				if (s.remote()) {
					context.remoteAttendees();
				}
				continue;
			}
			// a heading on the paragraph's first lines, the list right under it
			int from = p.from();
			int headingAt = headingIndex(p);
			Section firstLine = (headingAt >= 0) ? Section.ofLine(p.lines().line(headingAt)) : null;
			if (firstLine != null) {
				block.open(firstLine);
				context.claim(headingAt);
				if (firstLine.remote()) {
					context.remoteAttendees();
				}
				from = headingAt + 1;
			}
			if (block.section == null) {
				continue;
			}
			String opening = Lines.clean(p.lines().line(p.from()));
			if (firstLine == null && (Section.STOP.matcher(text.replaceAll("^[#\\s]+", "")).matches()
					|| Section.STOP.matcher(opening.replaceAll("^[#\\s]+", "").replaceAll("[\\s:]+$", "")).matches()
					|| Section.BREAK.matcher(opening).matches())) {
				block.section = null;
				continue;
			}
			for (int[] seg : segments(context.names(), p, from)) {
				String segText = Lines.clean(joinLines(p.lines(), seg[0], seg[1]));
				if (endsBlock(segText)) {
					// "Animation : X", "Excusés : A, B" or the next time slot: the
					// block is over, the inline list is InlineListFinder's
					block.section = null;
					break;
				}
				context.claim(seg[0], seg[1]);
				segment(context, block, segText, p.lines().evidence(seg[0], seg[1]), seg[0]);
			}
		}
	}

	/**
	 * Whether a segment ends the block: a time slot ("10h15 - Table ronde") or another
	 * list heading with its list on the same line ("Excusés : A, B").
	 */
	static boolean endsBlock(String segText) {
		if (Layout.TIME_SLOT.matcher(segText).find()) {
			return true;
		}
		Matcher inline = InlineListFinder.HEADER_LIST.matcher(segText);
		return inline.matches() && Section.of(inline.group(1)) != null;
	}

	/** Where the finder is in the document: the list, the body and person being read. */
	private static final class Block {

		private Section section;

		private BodyMatch body;

		private PersonDraft person;

		private MeetingFact session;

		/**
		 * Whether the last segment was the current person's title on a line of its own:
		 * then, in a list without body sub-headings, a body alone on the next line is
		 * that person's, as a speaker's card writes it (name / title / structure), not a
		 * sub-heading over the next people.
		 */
		private boolean titled;

		void open(Section s) {
			this.section = s;
			this.body = null;
			this.person = null;
			this.session = null;
			this.titled = false;
		}

	}

	private static void segment(ExtractionContext context, Block block, String segText, Evidence ev, int line) {
		boolean titled = block.titled;
		block.titled = false;
		if (titled && block.person != null && block.body == null
				&& SpeakerCards.structure(context, block.person, segText, ev)) {
			// the card is complete: what follows is no one's title
			block.person = null;
			return;
		}
		Section section = block.section;
		Optional<BodyMatch> whole = context.reference().whole(segText);
		if (whole.isPresent()) {
			block.body = whole.get();
			block.person = null;
			return;
		}
		// "Body, Mme X"
		List<BodyMatch> found = context.reference().find(segText);
		if (!found.isEmpty() && found.get(0).start() == 0 && found.get(0).isBody()) {
			String rest = segText.substring(found.get(0).end()).replaceFirst("^[\\s,;:–—-]+", "");
			if (context.names().atStart(rest, false).isPresent()) {
				block.body = found.get(0);
				segText = rest;
			}
		}
		Matcher acc = ACCOMPANIED.matcher(segText);
		if (acc.find()) {
			PersonDraft accompanied = block.person;
			for (Item item : ListItems.items(context, segText.substring(acc.end()), false)) {
				PersonDraft staff = Attendees.attach(context, item, section.status(), Capacity.ACCOMPANYING, block.body,
						ev);
				// staff accompany an elected official of their own body
				if (staff != null && staff.affiliationId() == null && accompanied != null
						&& accompanied.affiliationId() != null) {
					staff.affiliate(accompanied.affiliationId(), accompanied.affiliationIsMetropolis());
				}
			}
			return;
		}
		Optional<ParsedName> name = context.names().atStart(segText, false);
		if (name.isEmpty() && section.status() != null) {
			// attendance lists also write "NOM Prénom, fonction (structure)"
			name = context.names().atStart(segText, true).filter((x) -> x.start() <= 2);
		}
		if (name.isPresent() && !name.get().surnameOnly() && !RoleClassifier.startsWithTitle(segText)) {
			Item item = ListItems.item(context, segText, name.get());
			block.person = Attendees.attach(context, item, section.status(), section.capacity(), block.body, ev);
			if (block.person != null && block.session != null && section.capacity() != null) {
				context.findings().attend(block.person, block.session.id(), section.status(), section.capacity(), ev);
			}
			return;
		}
		if (segText.endsWith(":") && section.capacity() == Capacity.FACILITATOR) {
			String sub = segText.substring(0, segText.length() - 1).strip();
			block.session = Sessions.titled(context, sub);
			if (block.session == null) {
				block.session = Sessions.add(context, sub, line, Format.UNKNOWN, null);
			}
			block.person = null;
			return;
		}
		if (segText.endsWith(":")) {
			// "Pour les métropoles :": a sub-heading, no one's role
			block.person = null;
			return;
		}
		if (Lines.isListItem(segText)) {
			// an item that names no one is nobody's title: "- ICPC – Institut…" after
			// "- Thibault Nguyen-Desrosiers" in a list of organisers
			block.person = null;
			return;
		}
		if (block.person != null) {
			for (String role : ListItems.splitRoles(segText)) {
				context.findings().rawRole(block.person, role, ev);
			}
			block.titled = RoleClassifier.startsWithTitle(segText);
		}
	}

	/**
	 * The line of a paragraph that is a list heading with the list under it (after other
	 * heading lines, "ORDRE DU JOUR"), or -1.
	 */
	static int headingIndex(TextLines.Paragraph p) {
		for (int n = p.from(); n < p.to(); n++) {
			if (Section.ofLine(p.lines().line(n)) != null) {
				return n;
			}
		}
		return -1;
	}

	/**
	 * Splits a paragraph into segments: a new one starts at a bullet, a title, an
	 * honorific, a name in capitals, or a line that is a name and what follows it ("Amina
	 * Haddad – vice-présidente – Rennes Métropole").
	 */
	private static List<int[]> segments(NameParser names, TextLines.Paragraph p, int from) {
		List<int[]> out = new ArrayList<>();
		int start = from;
		for (int n = from + 1; n <= p.to(); n++) {
			String l = Lines.clean(p.lines().line(n));
			String prev = Lines.clean(p.lines().line(n - 1));
			boolean indentedName = p.lines().line(n).matches("^(?: {2,}|\\t)\\S.*") && names.atStart(l, false)
				.filter((x) -> x.strength() == ParsedName.Strength.STRONG && !x.surnameOnly())
				.isPresent();
			boolean invertedName = l.matches("^(?:\\p{Lu}['’]?){2,}[\\p{Lu}\\s'’\\-]*\\s\\p{Lu}\\p{Ll}+\\s*[,(].*")
					&& names.atStart(l, true).isPresent();
			// "Prénom Nom – fonction – structure", one per line
			boolean nameLine = names.atStart(l, false)
				.filter((x) -> !x.surnameOnly() && x.start() == 0 && (l.substring(x.end()).matches("^\\s+[–—]\\s.*")
						|| (x.strength() != ParsedName.Strength.WEAK && l.substring(x.end()).matches("^\\s*[(,].*"))))
				.isPresent() && !prev.matches(".*(?:,|\\b(?:de|du|des|et|par|avec|à|au|aux|la|le|les))$");
			// "Ysé Darras (Métropole de Lyon)" under "Julie Marchand (Rennes Métropole)"
			boolean nameWithBody = prev.endsWith(")") && names.atStart(l, false)
				.filter((x) -> !x.surnameOnly() && x.start() == 0 && l.substring(x.end()).matches("^\\s*\\(.*"))
				.isPresent();
			boolean startsNew = l.matches("^[-•*–]\\s.*") || indentedName || invertedName || nameLine || nameWithBody
					|| l.endsWith(":") || endsBlock(l) || RoleClassifier.startsWithTitle(l)
					|| ACCOMPANIED.matcher(l).find()
					|| (names.atStart(l, false).filter((x) -> x.strength() == ParsedName.Strength.STRONG).isPresent()
							&& !prev.endsWith(",") && !prev.matches(".*\\b(?:Mme\\.?|M\\.|Madame|Monsieur)$")
							&& !prev.matches("^(?:(?:Mme\\.?|M\\.|Madame|Monsieur)\\s+)?\\p{Lu}\\p{Ll}+$"));
			if (startsNew) {
				out.add(new int[] { start, n - 1 });
				start = n;
			}
		}
		out.add(new int[] { start, p.to() });
		return out;
	}

	private static String joinLines(TextLines lines, int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int n = from; n <= to; n++) {
			sb.append(lines.line(n)).append(' ');
		}
		return sb.toString();
	}

}
