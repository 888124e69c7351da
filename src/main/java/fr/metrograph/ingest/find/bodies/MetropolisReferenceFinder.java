package fr.metrograph.ingest.find.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.MetropolisMention;
import fr.metrograph.ingest.model.Facts.UnresolvedMention;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * "la Métropole" written alone (capital M, not the start of a longer name such as "la
 * Métropole de Lyon"). It denotes the metropolis the document is about only when that is
 * unambiguous: the document names exactly one metropolis. Otherwise (none, or several) it
 * is not guessed: the document gets one {@link UnresolvedMention} (kind
 * {@code metropolis}, the metropolises it names as candidates) quoting the first
 * occurrence and counting the others. Runs after {@link BodyMentionFinder}.
 */
public final class MetropolisReferenceFinder implements Finder {

	private static final Pattern ALONE = Pattern.compile(
			"(?U)\\b(?:[Ll]a|[Dd]e la|[Àà] la|[Ll]['’])\\s*(Métropole|Metropole|MÉTROPOLE)\\b(?!\\s+(?:de|du|d['’]|des)\\s+\\p{Lu})(?!\\s+\\p{Lu})");

	@Override
	public String name() {
		return "metropolis-reference";
	}

	@Override
	public double confidence() {
		return 0.6;
	}

	@Override
	public void find(ExtractionContext context) {
		List<Evidence> occurrences = new ArrayList<>();
		for (TextLines.Paragraph p : context.paragraphs()) {
			String j = p.lines().joined();
			List<BodyMatch> bodies = context.reference().find(j);
			Matcher m = ALONE.matcher(j);
			while (m.find()) {
				int at = m.start(1);
				if (bodies.stream().noneMatch((b) -> b.start() <= at && at < b.end())) {
					occurrences.add(p.lines().evidenceOfSpan(sentenceStart(j, at), sentenceEnd(j, m.end())));
				}
			}
		}
		if (occurrences.isEmpty() || resolve(context).isPresent()) {
			return;
		}
		List<String> candidates = context.findings().metropolises().stream().map(MetropolisMention::id).toList();
		String reason = (candidates.isEmpty() ? "« la Métropole » : le document ne nomme aucune métropole."
				: "« la Métropole » : le document nomme " + candidates.size() + " métropoles ("
						+ String.join(", ", candidates) + ").")
				+ ((occurrences.size() > 1) ? " " + occurrences.size() + " occurrences ; la première est citée." : "");
		context.findings()
			.unresolved(UnresolvedMention.metropolis("la Métropole", candidates, reason, occurrences.get(0)));
	}

	/**
	 * The metropolis "la Métropole" denotes in a document, when it is unambiguous.
	 * @param context the document, after {@link BodyMentionFinder}
	 * @return the only metropolis the document names, if it names exactly one
	 */
	public static Optional<String> resolve(ExtractionContext context) {
		List<MetropolisMention> named = context.findings().metropolises();
		return (named.size() == 1) ? Optional.of(named.get(0).id()) : Optional.empty();
	}

	private static int sentenceStart(String j, int from) {
		int dot = Math.max(j.lastIndexOf(". ", from), j.lastIndexOf("! ", from));
		return (dot < 0 || from - dot > 200) ? Math.max(0, from - 80) : dot + 2;
	}

	private static int sentenceEnd(String j, int from) {
		int dot = j.indexOf('.', from);
		return (dot < 0 || dot - from > 200) ? Math.min(j.length(), from + 80) : dot + 1;
	}

}
