package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import java.time.LocalDate;
import java.util.regex.Matcher;

import fr.metrograph.ingest.split.FrenchDates;
import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.split.WritingDates;

/**
 * The dates of a sentence that can be an event's: every day, range or month the French
 * date parser finds, except those the words before them make something else.
 * <ul>
 * <li>a publication or an update: "publié le", "mis à jour le", "modifié le", "posté le",
 * "rédigé le", "Date de publication :";</li>
 * <li>a deadline or an opening: "inscriptions avant le", "jusqu'au", "date limite", "au
 * plus tard le", "clôture des candidatures le", "à partir du", "dès le";</li>
 * <li>an act or a text: "délibération du", "loi du", "décret du", "arrêté du", "courrier
 * du", "lettre du";</li>
 * <li>an unrelated start: "depuis le", "né le";</li>
 * <li>an e-mail's sending date: "Envoyé : lundi 3 mars 2025", "Le 9 oct. 2025 à 17:03, X
 * a écrit :";</li>
 * <li>a date the event left: "La rencontre du 12 mars est reportée au 3 avril" keeps 3
 * April only, "… est reportée à une date ultérieure" keeps no date; the dates of an event
 * said cancelled ("du 7 décembre est annulée", "— ANNULÉ", "n'aura pas lieu", "la Ville
 * annule les ateliers prévus en avril") are none.</li>
 * </ul>
 * A day written without its year is then placed on the side of the document's writing
 * date its words say ({@link WritingDates#placed}): "le 14 novembre dernier" before it, a
 * sentence announcing the event ("aura lieu", "reporté au", "prochaine") after it.
 */
final class EventDates {

	private static final Pattern ACT = Pattern.compile(
			"(?iU)\\b(?:d[ée]lib[ée]ration|loi|d[ée]cret|arr[êe]t[ée]|ordonnance|circulaire|courrier|lettre|courriel|mail|note|communiqu[ée])(?:\\s+n°\\s*\\S+|\\s+\\p{Lu}\\S*)?\\s+(?:du|en date du)\\s*$");

	private static final Pattern PUBLICATION = Pattern.compile(
			"(?iU)\\b(?:publi[ée]e?s?|envoy[ée]e?|mise?s? [àa] jour|actualis[ée]e?s?|modifi[ée]e?s?|post[ée]e?s?|r[ée]dig[ée]e?s?|mise? en ligne|parution|date de (?:publication|mise [àa] jour))(?:\\s+\\S+){0,2}?\\s*(?:le|:|du|en)?\\s*$");

	private static final Pattern DEADLINE = Pattern.compile(
			"(?iU)(?:\\b(?:inscri\\S*|candidatures?|d[ée]p[ôo]ts?|r[ée]ponses?|retours?|contributions?)(?:\\s+\\S+){0,4}?\\s+(?:avant|jusqu['’]|d['’]ici|au plus tard)\\S*(?:\\s+(?:le|au))?"
					+ "|\\bjusqu['’](?:au|à|a)|\\bdate limite(?:\\s+\\S+){0,5}?(?:\\s*:)?|\\bau plus tard(?:\\s+le)?|\\bavant le|\\bd['’]ici (?:le|au)|(?<!\\bde\\s)\\bcl[ôo]tur[ée]e?s?(?:\\s+\\S+){0,3}?\\s+le)\\s*$");

	private static final Pattern START = Pattern.compile(
			"(?iU)(?:\\b[àa] partir d[ue]|\\bd[èe]s le|\\bdepuis(?: le)?|\\bn[ée]e? le|\\bvalable jusqu\\S+)\\s*$");

	private static final Pattern FORMER = Pattern.compile(
			"(?iU)(?:\\bdevai(?:t|ent) (?:se tenir|avoir lieu|se d[ée]rouler)(?:\\s+\\S+){0,3}?|\\b(?:initialement|d['’]abord|primitivement|auparavant)\\s+(?:pr[ée]vue?s?|programm[ée]e?s?|annonc[ée]e?s?|fix[ée]e?s?)|\\b(?:pr[ée]vue?s?|programm[ée]e?s?)\\s+(?:initialement|d['’]abord)|\\bau lieu d[ue]|\\bd[ée]plac[ée]e?s?\\s+d[ue]|\\breport[ée]e?s?\\s+d[ue])(?:\\s+(?:en|le|pour|au|du|à))?\\s*$");

	/**
	 * An agenda's deadline written after its date: "14 février 2025 · Date limite de
	 * candidature", "30 mai : clôture des inscriptions".
	 */
	private static final Pattern DEADLINE_AFTER = Pattern.compile(
			"(?iU)^\\s*(?:,|:|·|•|–|—|-)?\\s*(?:date limite|derni(?:er|[èe]re) d[ée]lai|cl[ôo]ture des (?:inscriptions|candidatures|d[ée]p[ôo]ts)|fin des (?:inscriptions|candidatures|d[ée]p[ôo]ts)|limite (?:d['’]inscription|de d[ée]p[ôo]t|de candidature))");

	/**
	 * A date the text says was wrong: "indiquait par erreur que la rencontre s'était
	 * tenue le jeudi 5 décembre", "le 12 et non le 5 décembre".
	 */
	private static final Pattern WRONG = Pattern
		.compile("(?iU)(?:\\bpar erreur\\b[^.;!?\\n]{0,80}|\\bet non(?: pas)?(?:\\s+(?:le|du|au|en))?\\s*)$");

	/**
	 * A file's status date: "réponses reçues au 17/09", "liste arrêtée au 10 septembre",
	 * "état au …", "à jour au …".
	 */
	private static final Pattern STATUS = Pattern
		.compile("(?iU)\\b(?:re[çc]ue?s?|arr[êe]t[ée]e?s?|[àa] jour|[ée]tat|situation)\\s+(?:au|du)\\s*$");

	/** "Envoyé : lundi 3 mars 2025 09:12" (an e-mail's header). */
	private static final Pattern SENT = Pattern.compile("(?iU)(?:\\benvoy[ée]e?|\\bsent)\\s*:[^\\n]{0,12}$");

	/** "… 9 oct. 2025 à 17:03, Lucie Perrin a écrit :". */
	private static final Pattern WROTE_AFTER = Pattern.compile("(?iU)^[^\\n]{0,60}\\ba [ée]crit\\s*:");

	/** The event moved: its dates before these words are the ones it left. */
	private static final Pattern POSTPONED = Pattern
		.compile("(?iU)\\b(?:report[ée]e?s?|repouss[ée]e?s?|d[ée]cal[ée]e?s?|reprogramm[ée]e?s?|d[ée]plac[ée]e?s?)\\b");

	/** The event will not take place: its dates are none. */
	private static final Pattern CANCELLED = Pattern
		.compile("(?iU)\\b(?:annul[ée]e?s?|n['’](?:aura|auront) pas lieu|supprim[ée]e?s?)(?!\\p{L})");

	/**
	 * "la Ville annule les ateliers prévus en avril": the cancelled event comes after.
	 */
	private static final Pattern CANCELS = Pattern
		.compile("(?iU)\\bannul(?:e|ent|ons)\\b|\\b(?:se sont|s['’]est) (?:arr[êe]t[ée]e?s?|interrompue?s?)(?!\\p{L})");

	/**
	 * Where a clause ends: ". " (a sentence the tokenizer left whole), ";", a new line.
	 */
	private static final Pattern CLAUSE_END = Pattern.compile("[.;!?](?=\\s)|\\n");

	/** Words that tell the event as past. */
	private static final Pattern PAST = Pattern.compile(
			"(?iU)\\b(?:s['’]est (?:tenue?|d[ée]roul[ée]e?)|se sont (?:tenue?s|d[ée]roul[ée]e?s)|(?:a|ont) eu lieu|(?:a|avait|ont|avaient) (?:r[ée]uni|accueilli|rassembl[ée])|derni[èe]re?s?|pass[ée]e?s?)\\b");

	private static final Pattern PAST_AFTER = Pattern.compile("(?iU)^\\s*(?:derni(?:er|[èe]re)|pass[ée]e?)\\b");

	private static final Pattern WEEKDAY = Pattern.compile("(?iU)\\b(?:lun|mar|mercre|jeu|vendre|same|diman)dis?\\b");

	private static final Pattern COPYRIGHT = Pattern.compile("(?iU)(?:©|\\bcopyright|\\bversion)[^.;]{0,15}$");

	private EventDates() {
	}

	/**
	 * @param sentence a sentence
	 * @param year the year of dates written without one (null: skip them)
	 * @return its dates that may be an event's, in order
	 */
	static List<DateSpan> in(String sentence, Integer year) {
		return in(sentence, year, null);
	}

	/**
	 * @param sentence a sentence
	 * @param year the year of dates written without one (null: skip them)
	 * @param writtenOn when the document was written, or null
	 * @return its dates that may be an event's, in order
	 */
	static List<DateSpan> in(String sentence, Integer year, LocalDate writtenOn) {
		List<DateSpan> out = new ArrayList<>();
		for (DateSpan d : FrenchDates.findAll(sentence, year)) {
			String before = sentence.substring(Math.max(0, d.from() - 60), d.from());
			if (!ACT.matcher(before).find() && !PUBLICATION.matcher(before).find() && !DEADLINE.matcher(before).find()
					&& !START.matcher(before).find() && !COPYRIGHT.matcher(before).find()
					&& !FORMER.matcher(before).find() && !SENT.matcher(before).find() && !STATUS.matcher(before).find()
					&& !WRONG.matcher(sentence.substring(Math.max(0, d.from() - 100), d.from())).find()
					&& !WROTE_AFTER.matcher(sentence.substring(d.to())).find()
					&& !DEADLINE_AFTER.matcher(sentence.substring(d.to())).find()) {
				out.add(placed(sentence, d, writtenOn));
			}
		}
		return left(sentence, out);
	}

	/**
	 * @param text a sentence or an agenda entry
	 * @return whether it says its event is cancelled
	 */
	static boolean cancelled(String text) {
		return CANCELLED.matcher(text).find();
	}

	/**
	 * Without the dates a postponed event left, and those of a cancelled one, within the
	 * clause that says so (a sentence the tokenizer did not cut after "18h." holds
	 * several).
	 */
	private static List<DateSpan> left(String sentence, List<DateSpan> dates) {
		if (dates.isEmpty()) {
			return dates;
		}
		List<DateSpan> out = new ArrayList<>(dates);
		Matcher c = CANCELLED.matcher(sentence);
		while (c.find()) {
			int from = clauseStart(sentence, c.start());
			int at = c.start();
			out.removeIf((d) -> from <= d.from() && d.from() < at);
		}
		Matcher a = CANCELS.matcher(sentence);
		while (a.find()) {
			int at = a.end();
			int to = clauseEnd(sentence, at);
			out.removeIf((d) -> at <= d.from() && d.from() < to);
		}
		Matcher p = POSTPONED.matcher(sentence);
		while (p.find()) {
			int from = clauseStart(sentence, p.start());
			int at = p.start();
			out.removeIf((d) -> from <= d.from() && d.from() < at);
		}
		return out;
	}

	private static int clauseStart(String sentence, int at) {
		Matcher m = CLAUSE_END.matcher(sentence);
		int start = 0;
		while (m.find() && m.end() <= at) {
			start = m.end();
		}
		return start;
	}

	private static int clauseEnd(String sentence, int at) {
		Matcher m = CLAUSE_END.matcher(sentence);
		return m.find(at) ? m.start() : sentence.length();
	}

	/** A date without its year, placed on the side of the writing date the words say. */
	private static DateSpan placed(String sentence, DateSpan d, LocalDate writtenOn) {
		if (d.explicitYear() || writtenOn == null) {
			return d;
		}
		String written = sentence.substring(Math.max(0, d.from() - 12), d.to());
		boolean weekday = WEEKDAY.matcher(written).find();
		String after = sentence.substring(d.to());
		WritingDates.Direction direction = null;
		if (PAST_AFTER.matcher(after).find()) {
			direction = WritingDates.Direction.PAST;
		}
		else if (EventDetails.announced(sentence) || POSTPONED.matcher(sentence).find()) {
			direction = WritingDates.Direction.FUTURE;
		}
		else if (PAST.matcher(sentence).find()) {
			direction = WritingDates.Direction.PAST;
		}
		return WritingDates.placed(d, weekday, writtenOn, direction);
	}

}
