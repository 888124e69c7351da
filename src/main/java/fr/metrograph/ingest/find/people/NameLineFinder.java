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
import fr.metrograph.ingest.find.bodies.ResearchBodies;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * People on lines of their own outside lists and tables:
 * <ul>
 * <li>an e-mail header, "De : Prénom Nom &lt;adresse&gt;", "Cc : NOM Prénom &lt;…&gt;; B
 * &lt;…&gt;" (a name before an address is a person whatever the first name);</li>
 * <li>a signature or a speaker's card: a line that is only a name, the next one a title,
 * and the body on that line or one of the three short ones after ("Coralie Thiébaut" /
 * "Cheffe de projet participation" / "Métropole du Grand Nancy - Direction …"); a social
 * network's comment too ("Joris Vanhoutte • 1er" / "Chargé de projets participation |
 * Métropole Européenne de Lille", "Consultante senior chez Missions Publiques").</li>
 * <li>a career under a name, as biography boxes write it ({@link #career}).</li>
 * </ul>
 * Nobody here attends anything: a header or a signature says who wrote, not who came.
 * Lines it reads are claimed.
 */
public final class NameLineFinder implements Finder {

	private static final Pattern HEADER = Pattern
		.compile("(?iU)^(?:de|from|[àa]|to|cc|cci|bcc|exp[ée]diteur|destinataires?|organisateur|organisatrice"
				+ "|participants?(?: (?:obligatoires|facultatifs|requis|optionnels))?|invit[ée]s)\\s*:\\s*(.+)$");

	/**
	 * What a social network writes after a member's name: the degree of the connection
	 * ("Joris Vanhoutte • 1er", "• 3e+"), "Auteur", a badge.
	 */
	private static final Pattern SOCIAL_MARK = Pattern
		.compile("(?iU)\\s*[•·]\\s*(?:1er|\\d+e\\+?|auteur|autrice|author)\\s*$|\\s+(?:auteur|autrice)\\s*$");

	/** An age after a name: "Soraya Lemonnier-Diallo, 53 ans". */
	private static final Pattern AGE = Pattern.compile("(?iU),?\\s*\\(?\\d{2}\\s*ans\\)?$");

	/**
	 * An item of a career: "- 1996-2012 : professeure des écoles", "- Depuis 2020 :
	 * vice-présidente …", "• 2019 – chargée de mission …".
	 */
	private static final Pattern CAREER_ITEM = Pattern.compile("(?iU)^[-•*–]\\s*(?:(?:de\\s+|en\\s+|depuis\\s+)?"
			+ "(?:19|20)\\d{2}(?:\\s*[-–à/]\\s*(?:(?:19|20)\\d{2}|aujourd'hui))?)\\s*[:–—-]\\s*(.+)$");

	/** A title's remit after a comma: "…, en charge des finances", "…, déléguée à …". */
	private static final Pattern REMIT = Pattern
		.compile("(?iU)^[^,]{3,60},\\s*(?:en charge|charg[ée]e?s? d|d[ée]l[ée]gu[ée]e?s? (?:[àa]|aux?))");

	/** How many more mandates a page's card may list under its title. */
	private static final int MORE_MANDATES = 3;

	/** How many lines under a card's title may hold its body. */
	private static final int SIGNATURE_LINES = 3;

	/** The longest line of a signature. */
	private static final int SIGNATURE_LINE = 90;

	private static final Pattern ADDRESS = Pattern.compile("^(.+?)\\s*<([^<>@\\s]+)@[^<>\\s]+>$");

	@Override
	public String name() {
		return "name-line";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		TextLines doc = context.lines();
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (context.claimed(n)) {
				continue;
			}
			String l = Lines.clean(doc.line(n));
			Matcher header = HEADER.matcher(l);
			if (header.matches()) {
				header(context, header.group(1), doc.evidence(n, n), n);
				continue;
			}
			if (career(context, doc, n)) {
				continue;
			}
			record(context, doc, n);
		}
	}

	private static void header(ExtractionContext context, String value, Evidence ev, int line) {
		for (String piece : value.split("[,;]")) {
			Matcher address = ADDRESS.matcher(piece.strip());
			if (!address.matches()) {
				continue;
			}
			// a directory's service after the name: "RAKOTOMALALA Anselme (GAM)"
			String written = address.group(1)
				.replaceAll("^[\"'“«\\s]+|[\"'”»\\s]+$", "")
				.replaceFirst("\\s*\\([^()]{1,20}\\)$", "");
			// "Perrine Bouchard-Lemaire <…>", or "BOUCHARD-LEMAIRE Perrine <…>" as mail
			// software writes it from a directory
			Optional<ParsedName> name = context.names()
				.atStart(written, false)
				.or(() -> context.names().atStart(written, true))
				.filter((x) -> !x.surnameOnly() && x.start() == 0 && x.end() == written.length());
			if (name.isPresent()) {
				context.findings().person(AddressedNames.ordered(name.get(), address.group(2)), ev, true);
				context.claim(line);
			}
		}
	}

	/**
	 * A career under a name, as a biography box writes it: "**Soraya Lemonnier-Diallo**,
	 * 53 ans" then "- 2014-2020 : adjointe au maire de Sotteville-lès-Rouen", "- Depuis
	 * 2020 : vice-présidente …; conseillère municipale …". Each item's titles are the
	 * person's roles, past ones included.
	 * @return whether the line starts a career, read and claimed
	 */
	private static boolean career(ExtractionContext context, TextLines doc, int n) {
		// the items first: a name is parsed only on a line a career follows
		int from = n + 1;
		while (from < doc.last() && from - n <= 2 && quoteless(doc.line(from)).isEmpty()) {
			from++;
		}
		List<String> items = new ArrayList<>();
		for (int k = from; k <= doc.last() && !context.claimed(k); k++) {
			Matcher item = CAREER_ITEM.matcher(quoteless(doc.line(k)));
			if (!item.matches()) {
				break;
			}
			items.add(item.group(1));
		}
		if (items.size() < 2) {
			return false;
		}
		String line = AGE.matcher(quoteless(doc.line(n))).replaceFirst("");
		Optional<ParsedName> name = context.names()
			.atStart(line, false)
			.filter((x) -> !x.surnameOnly() && x.start() == 0 && x.end() >= line.length() - 1);
		Optional<PersonDraft> person = name.flatMap((x) -> context.findings().person(x, doc.evidence(n, n), true));
		if (person.isEmpty()) {
			return false;
		}
		for (int i = 0; i < items.size(); i++) {
			for (String title : items.get(i).split("\\s*;\\s*")) {
				if (RoleClassifier.startsWithTitle(title)) {
					context.findings()
						.rawRole(person.get(), title.replaceAll("[.;]+$", ""), doc.evidence(from + i, from + i));
				}
			}
		}
		context.claim(n, from + items.size() - 1);
		return true;
	}

	/** A line without its Markdown quote mark ("&gt; ") and bold markers. */
	private static String quoteless(String line) {
		return Lines.clean(line.replaceFirst("^\\s*>\\s?", ""));
	}

	/** Records the card at a line, if there is one: the person, their title and body. */
	private static void record(ExtractionContext context, TextLines doc, int n) {
		Optional<Card> card = card(context, doc, n);
		if (card.isEmpty()) {
			return;
		}
		Card c = card.get();
		Evidence ev = doc.evidence(n, c.last());
		Optional<PersonDraft> person = context.findings().person(c.name(), ev, true);
		if (person.isEmpty()) {
			return;
		}
		context.claim(n, c.last());
		PersonDraft p = person.get();
		if (p.rawRoles().stream().noneMatch((r) -> r.title().equalsIgnoreCase(c.title()))) {
			context.findings().rawRole(p, c.title(), ev);
		}
		int last = c.last();
		if (Lines.clean(doc.line(n)).startsWith("#")) {
			// a page's card may list several mandates, a paragraph each: "2e
			// vice-président, en charge des mobilités" / "Maire de Lingolsheim"
			for (int k = c.last() + 1; k <= Math.min(doc.last(), c.last() + 2 * MORE_MANDATES); k++) {
				String more = Lines.clean(doc.line(k));
				if (more.isEmpty()) {
					continue;
				}
				if (more.startsWith("#") || !RoleClassifier.startsWithTitle(more)
						|| context.names().atStart(more, false).isPresent()) {
					break;
				}
				last = k;
				String title = more.split("\\s+[-–—|]\\s+", 2)[0].strip();
				if (p.rawRoles().stream().noneMatch((r) -> r.title().equalsIgnoreCase(title))) {
					context.findings().rawRole(p, title, doc.evidence(k, k));
				}
			}
		}
		context.claim(n, last);
		// the first body the title's line names, a research unit included: "Doctorante
		// en science politique, CERAPS (UMR 8026, Université de Lille / CNRS)"
		List<ResearchBodies.Found> research = ResearchBodies.in(Lines.clean(doc.line(c.titleLine())));
		boolean researchFirst = !research.isEmpty()
				&& (c.body() == null || c.last() == c.titleLine() && research.get(0).start() < c.body().start());
		if (p.affiliationId() == null && researchFirst) {
			p.affiliate(ResearchBodies.record(context.findings(), research.get(0), ev), false);
		}
		else if (p.affiliationId() == null && c.body() != null) {
			p.affiliate(c.body().id(), c.body().metropolis());
			if (c.body().metropolis()) {
				context.findings().metropolis(c.body().id(), c.body().asWritten(), ev);
			}
		}
	}

	/**
	 * A card at a line: the line is only a name, the next one (after a heading, the next
	 * paragraph) starts with a title, and the body is on that line or a short one after.
	 * @param context the extraction
	 * @param doc the document's lines
	 * @param n the line of the name
	 * @return the card, or empty when the line starts none
	 */
	static Optional<Card> card(ExtractionContext context, TextLines doc, int n) {
		// a page's card: the name a heading, its title the paragraph under it
		boolean heading = Lines.clean(doc.line(n)).startsWith("#");
		int t = (heading && n + 1 < doc.last() && doc.line(n + 1).isBlank()) ? n + 2 : n + 1;
		if (t > doc.last() || context.claimed(t)) {
			return Optional.empty();
		}
		String line = SOCIAL_MARK.matcher(Lines.clean(doc.line(n)).replaceFirst("^#+\\s*", "")).replaceFirst("");
		String next = Lines.clean(doc.line(t));
		if (line.isEmpty() || next.isEmpty() || !RoleClassifier.startsWithTitle(next)) {
			return Optional.empty();
		}
		Optional<ParsedName> name = context.names()
			.atStart(line, true)
			.filter((x) -> !x.surnameOnly() && x.end() >= line.length() - 1);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		int to = t;
		// the remit is part of the title: "3e vice-présidente, en charge de la
		// démocratie locale"
		String title = REMIT.matcher(next).find() ? next.split("\\s+[-–—|]\\s+", 2)[0].strip()
				: next.split("\\s+[-–—|]\\s+|,\\s*|\\s+chez\\s+", 2)[0].strip();
		BodyMatch body = firstBody(context, next);
		// a signature's body may come under its service's lines ("Direction de la
		// Communication…" / "Tours Métropole Val de Loire"), before the blank line
		for (int k = to + 1; body == null && k <= Math.min(doc.last(), t + SIGNATURE_LINES); k++) {
			String below = Lines.clean(doc.line(k));
			if (below.isEmpty() || below.length() > SIGNATURE_LINE
					|| context.names().atStart(below, false).isPresent()) {
				break;
			}
			body = firstBody(context, below);
			if (body != null) {
				to = k;
			}
		}
		return Optional.of(new Card(name.get(), title, body, t, to));
	}

	/**
	 * A name on a line of its own with the title under it.
	 *
	 * @param name the name
	 * @param title the title as written
	 * @param body the body on the title's line or a short line under it, or null
	 * @param titleLine the title's line
	 * @param last the card's last line
	 */
	record Card(ParsedName name, String title, BodyMatch body, int titleLine, int last) {

	}

	private static BodyMatch firstBody(ExtractionContext context, String text) {
		return context.reference().find(text).stream().filter(BodyMatch::isBody).findFirst().orElse(null);
	}

}
