package fr.metrograph.ingest.find.people;

import java.util.Arrays;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.split.TextLines;

/**
 * Where a name the rules read in prose begins and ends, when lines were joined: the next
 * line's heading is no surname, and a name another finder read in full is not read again
 * cut short.
 */
final class NameBounds {

	private static final Pattern HONORIFIC = Pattern
		.compile("(?U)(?:^|\\s)(?:M\\.|Mme\\.?|Mlle\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|Pr\\.?)(?=\\s)");

	private NameBounds() {
	}

	/**
	 * Whether the name is the start of a longer one a finder already read there
	 * ("Bérénice Vo" of "Bérénice Vo Thanh", whose last word is also a given name).
	 */
	static boolean partOfKnownName(Findings facts, String joined, ParsedName name) {
		String after = joined.substring(name.end()).stripLeading();
		for (PersonDraft known : facts.people()) {
			String display = known.display();
			if (display.startsWith(name.name() + " ")
					&& after.startsWith(display.substring(name.name().length() + 1))) {
				return true;
			}
		}
		return false;
	}

	/** Where the line of an offset starts in the paragraph's joined text. */
	static int lineStart(TextLines lines, int offset) {
		int line = lines.lineAt(offset);
		int start = offset;
		while (start > 0 && lines.lineAt(start - 1) == line) {
			start--;
		}
		return start;
	}

	/**
	 * Whether a name runs into the next line although it was whole on its own: "…
	 * Participation Citoyenne" then "RAPPORT D'ACTIVITÉ 2021" is no person named
	 * "Participation Citoyenne RAPPORT", nor "Mobilités" then the heading "ÉLUE
	 * RÉFÉRENTE". Only given names wait for a surname on the next line ("Marie Claire"
	 * then "DUPONT").
	 */
	static boolean spillsOver(ExtractionContext context, TextLines lines, ParsedName name) {
		int line = lines.lineAt(name.start());
		if (line == lines.lineAt(name.end() - 1)) {
			return false;
		}
		int cut = name.start();
		while (cut < name.end() && lines.lineAt(cut) == line) {
			cut++;
		}
		String[] words = HONORIFIC.matcher(lines.joined().substring(name.start(), cut))
			.replaceAll(" ")
			.strip()
			.split("\\s+");
		if (words.length == 1 && !context.names().knowsFirstName(words[0])) {
			// "… Direction générale Mobilités" then the heading "ÉLUE RÉFÉRENTE"
			String next = lines.line(lines.lineAt(cut)).strip();
			return next.equals(lines.joined().substring(cut, name.end()).strip()) && next.equals(next.toUpperCase());
		}
		return words.length >= 2 && Arrays.stream(words).anyMatch((w) -> !context.names().knowsFirstName(w));
	}

}
