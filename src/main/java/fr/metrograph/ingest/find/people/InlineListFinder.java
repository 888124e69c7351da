package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.TextLines;

/**
 * People listed after a heading on the same line: "Participant·es : A (Body), B (Body) ;
 * C…", "Excusé·es : …", "Animation : …" (also after a time slot, and sentence by sentence
 * in a paragraph). In a programme the status is not attested (announced speakers). A
 * heading line with the list under it is {@link ListBlockFinder}'s.
 */
public final class InlineListFinder implements Finder {

	/** "Heading : list". */
	static final Pattern HEADER_LIST = Pattern.compile("(?iU)^([\\p{L}·.&' \\-]{3,40}?)\\s*:\\s*(.+)$");

	/** A list's last item that is one capitalised word, its surname on the next line. */
	private static final Pattern DANGLING_FIRST_NAME = Pattern.compile("(?U)[;,]\\s*(\\p{Lu}[\\p{L}’'-]+)\\s*$");

	/** How many characters of a sentence's start and end find its lines. */
	private static final int SNIPPET = 24;

	/**
	 * The first and last lines of a paragraph a sentence of its text runs over, found by
	 * its first and last words; the whole paragraph when they are not found as written.
	 */
	private static int[] lines(TextLines.Paragraph p, String sentence) {
		String joined = p.lines().joined();
		int start = joined.indexOf(sentence.substring(0, Math.min(SNIPPET, sentence.length())));
		int end = joined.indexOf(sentence.substring(Math.max(0, sentence.length() - SNIPPET)), Math.max(0, start));
		if (start < 0 || end < 0) {
			return new int[] { p.from(), p.to() };
		}
		return new int[] { p.lines().lineAt(start), p.lines().lineAt(end) };
	}

	/** Where a sentence of a paragraph ends: "… (Rennes). Excusé·es : …". */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll})\\]])\\.\\s+(?=\\p{Lu})");

	@Override
	public String name() {
		return "inline-list";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		boolean programme = context.part().layout().programme();
		for (TextLines.Paragraph p : context.paragraphs()) {
			List<String> units = new ArrayList<>();
			List<int[]> spans = new ArrayList<>();
			boolean whole = ListBlockFinder.headingIndex(p) < 0;
			if (whole) {
				units.add(p.text());
				spans.add(new int[] { p.from(), p.to() });
			}
			for (int n = p.from(); n <= p.to(); n++) {
				String line = Lines.clean(p.lines().line(n))
					.replaceFirst("^\\d{1,2}\\s*h\\s*\\d{0,2}\\s*[–—-]?\\s*", "");
				int last = n;
				Matcher dangling = DANGLING_FIRST_NAME.matcher(line);
				if (n < p.to() && dangling.find()) {
					// a name broken at a narrow column's line end: "… ; Corentin" /
					// "Abgrall, consultant, Respublica"
					String next = Lines.clean(p.lines().line(n + 1));
					if (context.names().atStart(dangling.group(1) + " " + next, false).isPresent()) {
						line = line + " " + next;
						last = n + 1;
					}
				}
				units.add(line);
				spans.add(new int[] { n, last });
			}
			Set<String> done = new HashSet<>();
			for (int u = 0; u < units.size(); u++) {
				for (String sentence : SENTENCE_END.split(units.get(u))) {
					Matcher m = HEADER_LIST.matcher(sentence.strip());
					if (!m.matches() || !done.add(m.group(2).strip())) {
						continue;
					}
					Section s = Section.of(m.group(1));
					if (s == null) {
						continue;
					}
					// the sentence's lines, not its paragraph: a PDF's text layer may
					// give a whole page as one paragraph
					int[] lines = (u == 0 && whole) ? lines(p, sentence.strip()) : spans.get(u);
					int first = lines[0];
					int last = lines[1];
					context.claim(first, last);
					if (s.empty()) {
						continue;
					}
					if (s.remote()) {
						context.remoteAttendees();
					}
					Status status = programme ? null : s.status();
					for (Item item : ListItems.items(context, m.group(2), false)) {
						Attendees.attach(context, item, status, s.capacity(), null,
								context.lines().evidence(first, last));
					}
				}
			}
		}
	}

}
