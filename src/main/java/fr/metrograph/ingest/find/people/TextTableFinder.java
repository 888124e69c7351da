package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.split.Layout;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * A table without pipes, as a PDF text layer gives it: a header line of column names
 * ("Nom Fonction Structure Statut"), then rows starting with a name ("FERRIER Amandine
 * …", surname first allowed), a long cell wrapping onto the next line(s). The status is
 * the row's last word, the structure the body that ends the row, the role what lies
 * between. Rows are read like {@link AttendanceTableFinder}'s.
 */
public final class TextTableFinder implements Finder {

	/**
	 * The presence columns ending a row: a status word, ticks or "excusé" per day, or the
	 * letter of a P/E column.
	 */
	private static final Pattern MARKS = Pattern.compile("(?iU)((?:\\s+(?:(?:pr[ée]sent|excus[ée]|absent)" + Layout.INCL
			+ "(?:\\s*\\((?:visio|[àa] distance|en ligne)\\))?|[✓✔✗x]|(?-i:[PE])))+)\\s*$");

	/** A sentence after the table (a footer, a note): cells hold no sentences. */
	private static final Pattern SENTENCE = Pattern.compile("(?U).*(?:\\p{Ll}{4,}|\\d{2,})\\.(?:\\s.*)?$");

	/** A city as the structure cell, first: "Ville de Nantes Adjoint au maire". */
	private static final Pattern CITY_FIRST = Pattern
		.compile("(?U)^(?:Ville|Mairie|Commune)\\s+(?:de la |de l['’]|des |de |d['’]|du )\\p{Lu}[\\p{L}'’-]*");

	/** "(accueil)", "(animation)" after a function: a capacity, not part of it. */
	private static final Pattern TRAILING_CAPACITY = Pattern
		.compile("(?iU)\\s*\\((?:accueil|animation|organisation)[^)]*\\)\\s*$");

	private static final AttendanceTableFinder.Columns COLUMNS = new AttendanceTableFinder.Columns(0, 1, 2, 3);

	@Override
	public String name() {
		return "text-table";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		TextLines doc = context.lines();
		for (int n = doc.first(); n <= doc.last(); n++) {
			String header = Slugs.fold(Lines.clean(doc.line(n)));
			if (header.contains("|") || !Layout.SPACED_TABLE_HEADER.matcher(header).matches()) {
				continue;
			}
			context.claim(n);
			List<String> row = new ArrayList<>();
			int rowFrom = -1;
			int k = n + 1;
			for (; k <= doc.last(); k++) {
				String l = Lines.clean(doc.line(k));
				if (l.isEmpty() || InlineListFinder.HEADER_LIST.matcher(l).matches() || SENTENCE.matcher(l).matches()) {
					break;
				}
				boolean starts = context.names()
					.atStart(l, true)
					.filter((x) -> x.start() == 0 && !x.surnameOnly())
					.isPresent();
				if (starts && !row.isEmpty()) {
					row(context, String.join(" ", row), doc.evidence(rowFrom, k - 1));
					row.clear();
				}
				if (!starts && row.isEmpty()) {
					break;
				}
				if (row.isEmpty()) {
					rowFrom = k;
				}
				row.add(l);
				context.claim(k);
			}
			if (!row.isEmpty()) {
				row(context, String.join(" ", row), doc.evidence(rowFrom, k - 1));
			}
			n = k - 1;
		}
	}

	/**
	 * @param function a function cell
	 * @return the cell without a capacity in parentheses at its end ("Chargée de mission
	 * (animation)")
	 */
	static String withoutCapacity(String function) {
		return TRAILING_CAPACITY.matcher(function).replaceFirst("");
	}

	private static void row(ExtractionContext context, String row, Evidence ev) {
		Optional<ParsedName> name = context.names().atStart(row, true);
		if (name.isEmpty()) {
			return;
		}
		String rest = row.substring(Math.min(row.length(), name.get().end())).strip();
		String presence = "";
		Matcher marks = MARKS.matcher(rest);
		if (marks.find()) {
			// one column per day or a P/E column: present when any day is ticked
			String m = marks.group(1);
			presence = m.matches("(?s).*(?:✓|✔|\\bx\\b|\\bP\\b|(?i:pr[ée]sent)).*") ? "présent" : "excusé";
			rest = rest.substring(0, marks.start()).strip();
		}
		String structure = "";
		List<BodyMatch> bodies = context.reference().find(rest);
		for (int i = bodies.size() - 1; i >= 0; i--) {
			BodyMatch b = bodies.get(i);
			if (b.isBody() && rest.substring(b.end()).isBlank()) {
				structure = rest.substring(b.start());
				rest = rest.substring(0, b.start()).strip();
				break;
			}
		}
		if (structure.isEmpty()) {
			// the structure column before the function: "Métropole de Lyon
			// Vice-présidente"
			Matcher city = CITY_FIRST.matcher(rest);
			if (city.lookingAt()) {
				structure = city.group().strip();
				rest = rest.substring(city.end()).strip();
			}
			else if (!bodies.isEmpty() && bodies.get(0).isBody() && bodies.get(0).start() == 0) {
				structure = rest.substring(0, bodies.get(0).end());
				rest = rest.substring(bodies.get(0).end()).strip();
			}
		}
		rest = withoutCapacity(rest);
		AttendanceTableFinder.row(context, List.of(name.get().asWritten(), rest, structure, presence), COLUMNS, ev,
				true);
	}

}
