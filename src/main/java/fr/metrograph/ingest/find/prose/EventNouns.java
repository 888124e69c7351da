package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.find.annual.Numbers;
import fr.metrograph.ingest.split.FrenchDates.Precision;

/**
 * Which event noun of a sentence each of its dates belongs to. The closest pair of a noun
 * and a date is the sentence's event (a day counts as closer than a month written
 * nearby); another date whose closest noun is another one, a few words away, is a second
 * event ("après un premier atelier le 12 mai, un second atelier aura lieu le 9 juin").
 * Not an event's noun: one inside a person's name, inside a venue's name ("Palais des
 * Congrès", "salle de conférence"), one named as a purpose ("pour un débat"), or inside a
 * quoted name when a noun stands outside it; a noun that completes an earlier one gives
 * way to it ("réunion publique de lancement").
 */
final class EventNouns {

	/**
	 * A venue whose name holds an event noun: "Palais des Congrès", "salle de
	 * conférence".
	 */
	private static final Pattern VENUE_BEFORE = Pattern.compile(
			"(?iU)\\b(?:palais|centre|salle|maison|hall|espace|cit[ée]|parc)\\s+(?:des|du|de la|de l['’]|de|d['’])\\s*$");

	/**
	 * A noun named as a purpose, with an indefinite article: "pour un débat", "en vue
	 * d'une rencontre" says what something is for, not that the event took place.
	 */
	private static final Pattern PURPOSE_BEFORE = Pattern.compile(
			"(?iU)\\b(?:pour|en vue d['’]|afin d['’](?:organiser|avoir|tenir))\\s*(?:un|une|des|de nouveaux|de nouvelles)\\s+(?:\\p{Ll}+\\s+)?$");

	/** The words between a noun and a noun that completes it: "réunion publique de". */
	private static final Pattern COMPLEMENT = Pattern
		.compile("(?U)^\\s+(?:\\p{Ll}[\\p{Ll}·'’\\-]*\\s+){0,3}(?:de la|de l['’]|de|du|des|d['’])\\s*$");

	/** A noun in the plural: "webinaires", "ateliers", "rencontres", "tables rondes". */
	private static final Pattern PLURAL = Pattern.compile("(?iU)[sx]\\b");

	/** What joins two days of a list: ", ", " et ", " & ", ", et le ". */
	private static final Pattern LIST_GAP = Pattern
		.compile("(?iU)\\s*(?:,|\\bet\\b|&)\\s*(?:,?\\s*et\\s+)?(?:le\\s+)?");

	/** A count before a plural noun: "deux réunions", "3 webinaires". */
	private static final Pattern COUNT_BEFORE = Pattern
		.compile("(?iU)\\b(deux|trois|quatre|cinq|six|[2-9])\\s+(?:\\p{Ll}+\\s+)?$");

	/** What may stand between two counted events' dates: "pour les agent·es (…) et ". */
	private static final Pattern COUNTED_GAP = Pattern
		.compile("(?iU)[^.;:]{0,100}?(?:,|\\bet\\b|\\bpuis\\b)\\s*(?:le\\s+)?$");

	/**
	 * A meeting told by its verb, in the past: "le groupe s'est réuni", "les élu·es se
	 * sont retrouvé·es".
	 */
	private static final Pattern MEETING_VERB = Pattern
		.compile("(?iU)\\b(?:s['’]est|se sont)\\s+(?:r[ée]uni|retrouv[ée]|rassembl[ée])");

	/** How far (in characters) a second event's date may stand from its noun. */
	private static final int SECOND_EVENT_REACH = 30;

	private EventNouns() {
	}

	/**
	 * An event noun and its date.
	 *
	 * @param start where the noun starts in the sentence
	 * @param end where it ends
	 * @param date the date
	 */
	record Pair(int start, int end, DateSpan date) {
	}

	/**
	 * @param sentence a sentence
	 * @param dates its dates that may be an event's
	 * @param person whether an offset of the sentence lies in a person's name
	 * @return the sentence's event first, then the other events it tells; empty when none
	 */
	static List<Pair> in(String sentence, List<DateSpan> dates, IntPredicate person) {
		List<int[]> nouns = nouns(sentence, person);
		List<Pair> out = new ArrayList<>();
		Pair best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (int[] n : nouns) {
			for (DateSpan d : dates) {
				int distance = distance(n, d);
				if (distance >= 0 && distance < bestDistance) {
					bestDistance = distance;
					best = new Pair(n[0], n[1], d);
				}
			}
		}
		if (best == null) {
			return out;
		}
		out.add(widened(sentence, nouns, best));
		for (DateSpan d : dates) {
			if (d == best.date()) {
				continue;
			}
			int[] closest = null;
			int closestDistance = Integer.MAX_VALUE;
			for (int[] n : nouns) {
				int distance = distance(n, d);
				if (distance >= 0 && distance < closestDistance) {
					closestDistance = distance;
					closest = n;
				}
			}
			if (closest != null && closestDistance <= SECOND_EVENT_REACH && closest[0] != best.start()
					&& out.stream().noneMatch((p) -> p.date().start().equals(d.start()))) {
				out.add(widened(sentence, nouns, new Pair(closest[0], closest[1], d)));
			}
		}
		out.addAll(series(sentence, dates, out.get(0)));
		return out;
	}

	/**
	 * A sentence without an event noun that tells a meeting by its verb and one day: "le
	 * groupe s'est réuni en visio le 26 janvier".
	 * @param sentence a sentence
	 * @param dates its dates that may be an event's
	 * @return the verb and the day, or nothing
	 */
	static List<Pair> byVerb(String sentence, List<DateSpan> dates) {
		Matcher v = MEETING_VERB.matcher(sentence);
		if (!v.find() || dates.size() != 1 || dates.get(0).precision() != Precision.DAY) {
			return List.of();
		}
		return List.of(new Pair(v.start(), v.end(), dates.get(0)));
	}

	/**
	 * A plural noun before a list of days names one event per day: "Trois webinaires
	 * d'une heure, les mardis 16 janvier, 13 février et 12 mars". The days must follow
	 * the first one, each joined to the one before by a comma, "et" or "&amp;"; after a
	 * counted noun, by words ending so, up to the count ("deux réunions en visio : le 25
	 * novembre pour les agent·es (bilan) et le 9 décembre pour les élu·es").
	 */
	private static List<Pair> series(String sentence, List<DateSpan> dates, Pair first) {
		List<Pair> out = new ArrayList<>();
		String noun = sentence.substring(first.start(), first.end());
		if (!PLURAL.matcher(noun).find() || first.date().from() < first.end()) {
			return out;
		}
		int counted = count(sentence.substring(Math.max(0, first.start() - 30), first.start()));
		DateSpan previous = first.date();
		for (DateSpan d : dates) {
			if (d.from() <= previous.from()) {
				continue;
			}
			if (d.precision() != Precision.DAY || previous.to() > d.from()) {
				break;
			}
			String gap = sentence.substring(previous.to(), d.from());
			boolean listed = LIST_GAP.matcher(gap).matches()
					|| (out.size() + 1 < counted && COUNTED_GAP.matcher(gap).matches());
			if (!listed) {
				break;
			}
			out.add(new Pair(first.start(), first.end(), d));
			previous = d;
		}
		return out;
	}

	/** The count written before a noun ("deux réunions": 2), or 0. */
	private static int count(String before) {
		Matcher m = COUNT_BEFORE.matcher(before);
		return m.find() ? Numbers.parse(m.group(1)) : 0;
	}

	private static int distance(int[] noun, DateSpan d) {
		int distance = (d.from() >= noun[1]) ? d.from() - noun[1] : noun[0] - d.to();
		// a day is a surer event date than a month written nearby
		return (distance < 0) ? distance : distance + ((d.precision() == Precision.MONTH) ? 40 : 0);
	}

	/** "réunion publique de lancement": the earlier noun a noun completes. */
	private static Pair widened(String sentence, List<int[]> nouns, Pair pair) {
		for (int[] n : nouns) {
			if (n[1] < pair.start() && COMPLEMENT.matcher(sentence.substring(n[1], pair.start())).matches()) {
				return new Pair(n[0], n[1], pair.date());
			}
		}
		return pair;
	}

	private static List<int[]> nouns(String sentence, IntPredicate person) {
		List<int[]> all = new ArrayList<>();
		boolean outsideQuotes = false;
		Matcher n = Lexicon.eventNoun().matcher(sentence);
		while (n.find()) {
			if (person.test(n.start())
					|| VENUE_BEFORE.matcher(sentence.substring(Math.max(0, n.start() - 30), n.start())).find()
					|| PURPOSE_BEFORE.matcher(sentence.substring(Math.max(0, n.start() - 40), n.start())).find()) {
				continue;
			}
			all.add(new int[] { n.start(), n.end() });
			outsideQuotes |= !insideQuotes(sentence, n.start());
		}
		if (outsideQuotes) {
			all.removeIf((a) -> insideQuotes(sentence, a[0]));
		}
		return all;
	}

	private static boolean insideQuotes(String sentence, int offset) {
		int open = sentence.lastIndexOf('«', offset);
		return open >= 0 && sentence.lastIndexOf('»', offset) < open;
	}

}
