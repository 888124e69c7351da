package fr.metrograph.ingest.find.people;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.Layout;
import fr.metrograph.ingest.split.TextLines;

/**
 * People on the lines of a programme or an agenda: "animé par A", "Par B", "présenté
 * par", "avec C" (after a quoted title), "ouverture par", "— D" after a quoted title:
 * facilitators for "animé par", speakers otherwise; and in a programme, a line that
 * starts with a name under a time slot is a speaker. A slot wrapped over several lines
 * (PDF text layer) is read whole. In a programme speakers are announced (no status); in a
 * report without lists, the people named are present. An article's byline ("Par X Le
 * 18/10/2025", "Par X — publié le") names who wrote it, not a speaker.
 */
public final class ProgrammeLineFinder implements Finder {

	private static final Pattern BY = Pattern.compile(
			"(?iU)(?:^|\\s|\\W)(anim[ée]e?s?\\s+par|^par|pr[ée]sent[ée]e?s?\\s+par|^avec|(?<=[»\"”]\\s{0,3})avec|(?:ouverture|introduction|conclusion|cl[ôo]ture|synth[èe]se|intervention|mot d['’]accueil)\\s+par|(?<=[»\"”]\\s{0,3})[—–])\\s+");

	/** Where a signature starts: "--", a line of underscores, a closing formula. */
	private static final Pattern SIGNATURE = Pattern.compile(
			"(?iU)-{2,}|_{3,}|(?:bien|tr[èe]s) (?:[àa] vous|cordialement)[.,!]?|(?:bien |tr[èe]s )?cordialement[.,!]?|belle journ[ée]e[.,!]?|bonne journ[ée]e[.,!]?");

	/** An article's byline: "Par X Le 18/10/2025 à 06:00", "Par X — publié le …". */
	private static final Pattern BYLINE = Pattern.compile(
			"(?iU)\\b(?:le|du)\\s+\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d\\d|\\bpubli[ée]e?\\b|\\bmise? [àa] jour\\b|\\btemps de lecture\\b|\\bmin(?:utes?)? de lecture\\b");

	private static final String SLOT_PREFIX = "^\\d{1,2}\\s*h\\s*\\d{0,2}\\s*[–—-]?\\s*";

	@Override
	public String name() {
		return "programme-line";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		TextLines doc = context.lines();
		Layout layout = context.part().layout();
		boolean programme = layout.programme();
		boolean afterSlot = false;
		for (int n = doc.first(); n <= doc.last(); n++) {
			String raw = doc.line(n);
			String l = Lines.clean(raw);
			if (l.isEmpty() || context.claimed(n) || l.length() > 220) {
				continue;
			}
			boolean slot = Layout.TIME_SLOT.matcher(raw.replace("*", "")).find();
			int last = n;
			if (slot) {
				// a slot wrapped over several lines (PDF text layer): read it whole
				while (last < doc.last() && continues(l, Lines.clean(doc.line(last + 1)))
						&& !context.claimed(last + 1)) {
					last++;
					l = l + " " + Lines.clean(doc.line(last));
				}
			}
			String body = l.replaceFirst(SLOT_PREFIX, "").replaceFirst("^[-•]\\s*", "");
			boolean handled = byLine(context, body, n, last,
					programme ? null : (layout.attendanceLists() ? null : Status.PRESENT));
			if (!handled && !slot && afterSlot && SIGNATURE.matcher(l).matches()) {
				// "--", "Bien à vous," : a signature follows, no more programme
				afterSlot = false;
				continue;
			}
			Optional<NameLineFinder.Card> card = (!handled && !slot && afterSlot) ? NameLineFinder.card(context, doc, n)
					: Optional.empty();
			if (card.isPresent()) {
				// a speaker's card: the name, its title and body on the lines under it
				NameLineFinder.Card c = card.get();
				context.claim(n, c.last());
				Item item = new Item(c.name(), List.of(c.title()), c.body(), null, null, null);
				Attendees.attach(context, item, null, programme ? Capacity.SPEAKER : null, null,
						doc.evidence(n, c.last()));
				n = c.last();
				afterSlot = programme;
				continue;
			}
			if (!handled && !slot && afterSlot) {
				Optional<ParsedName> first = context.names().atStart(body, false);
				if (first.isPresent() && !first.get().surnameOnly()
						&& first.get().strength() != ParsedName.Strength.WEAK) {
					context.claim(n);
					for (Item item : ListItems.items(context, body, false)) {
						Attendees.attach(context, item, null, programme ? Capacity.SPEAKER : null, null,
								doc.evidence(n, n));
					}
				}
			}
			afterSlot = slot || (afterSlot && programme);
			n = last;
		}
	}

	private static boolean byLine(ExtractionContext context, String body, int from, int to, Status status) {
		Matcher by = BY.matcher(body);
		boolean handled = false;
		while (by.find()) {
			if (by.group(1).equalsIgnoreCase("par") && BYLINE.matcher(body).find()) {
				// "Par Damien Ollagnier Le 18/10/2025 à 06:00, mis à jour…": who wrote,
				// not who spoke
				continue;
			}
			Capacity cap = Slugs.fold(by.group(1)).startsWith("anim") ? Capacity.FACILITATOR : Capacity.SPEAKER;
			String list = body.substring(by.end()).split("(?<=\\p{Ll}|\\))\\.\\s", 2)[0];
			List<Item> items = ListItems.items(context, list, false);
			if (items.isEmpty()) {
				continue;
			}
			handled = true;
			context.claim(from, to);
			for (Item item : items) {
				Attendees.attach(context, item, status, cap, null, context.lines().evidence(from, to));
			}
		}
		return handled;
	}

	/**
	 * Whether the next line continues a wrapped line: it starts in lower case or with a
	 * word in capitals (a surname), or the line ends on a comma, an open parenthesis or a
	 * function word.
	 */
	private static boolean continues(String line, String next) {
		if (next.isEmpty() || Layout.TIME_SLOT.matcher(next).find()
				|| InlineListFinder.HEADER_LIST.matcher(next).matches()) {
			return false;
		}
		boolean openParen = line.chars().filter((c) -> c == '(').count() > line.chars().filter((c) -> c == ')').count();
		return openParen || Character.isLowerCase(next.codePointAt(0)) || next.matches("^\\p{Lu}{2,}[\\s,].*")
				|| line.matches("(?iU).*(?:,|\\s(?:de|d['’]|du|des|en|et|la|le|les|[àa]|au|aux|par))$");
	}

}
