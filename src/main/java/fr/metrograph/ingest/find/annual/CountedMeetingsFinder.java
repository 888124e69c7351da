package fr.metrograph.ingest.find.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;

/**
 * The group's meetings an annual summary counts: "N en présentiel à X et à Y", "N en
 * distanciel", "N réunions, dont 2 en présentiel (Lyon, Grenoble) et 2 en visio", "1 en
 * format hybride", also when the number and the words are on separate lines; never a
 * count of people ("14 élu·es, dont 6 à distance"). One meeting per count (kind
 * {@code group_meeting}), with a place only when it is unambiguous (one place, or as many
 * places as meetings); otherwise the possible places are quoted in the evidence.
 */
public final class CountedMeetingsFinder implements Finder {

	/** The kind of the meetings a summary only counts. */
	public static final String KIND = "group_meeting";

	private static final Pattern MEETING_COUNT = Pattern.compile("(?iU)(?<![\\d,])" + Numbers.NUM
			+ "\\s+(?:(?<noun>r[ée]unions?|rencontres?|s[ée]ances?|temps)\\s+)?(?<format>en pr[ée]sentiel|en pr[ée]sence|en distanciel|[àa] distance|en visio(?:conf[ée]rence)?|en ligne|en (?:format )?hybride|en mixte)"
			+ "(?:\\s*(?:[àa]\\s+|\\()(?<places>[^\\d().;]*?)(?=\\s+\\d|\\)|\\.|;|\\s+et\\s+\\d|$))?");

	/** A number and the noun it counts: "14 élu·es", "48 personnes". */
	private static final Pattern COUNTED_NOUN = Pattern.compile("(?U)\\b\\d{1,4}\\s+(\\p{L}[\\p{L}·.\\-]*)");

	private static final Pattern PEOPLE = Pattern.compile(
			"(?:elu|agent|participant|personne|membre|habitant|inscrit|citoyen|representant|collegue|professionnel)");

	@Override
	public String name() {
		return "annual-meeting-count";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		if (context.year() == null) {
			return;
		}
		String group = Numbers.group(context.group());
		int year = context.year();
		String j = context.lines().joined();
		Matcher m = MEETING_COUNT.matcher(j);
		int inPerson = 0;
		int remote = 0;
		int hybrid = 0;
		while (m.find()) {
			Integer n = Numbers.parse(m.group(1));
			if (n == null || n == 0 || n > 30) {
				continue;
			}
			if (m.group("noun") == null && countsPeople(j, m.start())) {
				continue;
			}
			String fmt = m.group("format").toLowerCase(Locale.ROOT);
			Format format = (fmt.contains("hybride") || fmt.contains("mixte")) ? Format.HYBRID
					: (fmt.contains("pr") && !fmt.contains("distance")) ? Format.IN_PERSON : Format.REMOTE;
			List<String> places = (format == Format.IN_PERSON) ? places(m.group("places")) : List.of();
			Evidence ev = context.lines().evidenceOfSpan(m.start(), m.end());
			for (int k = 1; k <= n; k++) {
				String place = null;
				if (places.size() == 1) {
					place = places.get(0);
				}
				else if (places.size() == n) {
					place = places.get(k - 1);
				}
				Evidence e = ev;
				if (place == null && !places.isEmpty()) {
					e = new Evidence(ev.text() + " [lieux possibles : " + String.join(", ", places) + "]",
							ev.fromLine(), ev.toLine());
				}
				String id = switch (format) {
					case IN_PERSON -> Ids.countedMeeting(group, year, "in-person", ++inPerson);
					case HYBRID -> Ids.countedMeeting(group, year, "hybrid", ++hybrid);
					default -> Ids.countedMeeting(group, year, "remote", ++remote);
				};
				String label = switch (format) {
					case IN_PERSON -> "présentiel";
					case HYBRID -> "hybride";
					default -> "distanciel";
				};
				context.findings()
					.meeting(new MeetingFact(id, "Réunion du groupe (" + label + ") " + year, null, null, year, format,
							place, KIND, null, false, null, group, List.of(), e));
			}
		}
	}

	/**
	 * Whether the count before a format counts people, not meetings: "14 élu·es, dont 6 à
	 * distance" (the last number of the clause before it counts people).
	 */
	private static boolean countsPeople(String text, int at) {
		int from = Math.max(0, at - 80);
		String before = text.substring(from, at);
		int clause = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')), before.lastIndexOf('!'));
		Matcher counted = COUNTED_NOUN.matcher(before.substring(clause + 1));
		String noun = null;
		while (counted.find()) {
			noun = counted.group(1);
		}
		return noun != null && PEOPLE.matcher(Slugs.fold(noun)).lookingAt();
	}

	private static List<String> places(String written) {
		List<String> places = new ArrayList<>();
		if (written == null) {
			return places;
		}
		for (String piece : written.split("(?U)\\s*(?:,|\\bet\\b|\\b[àa]\\b)\\s*")) {
			String place = piece.strip();
			if (!place.isEmpty() && Character.isUpperCase(place.charAt(0)) && place.length() < 40) {
				places.add(place);
			}
		}
		return places;
	}

}
