package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.metrograph.ingest.split.FrenchDates;
import fr.metrograph.ingest.split.FrenchDates.DateSpan;

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
 * <li>an unrelated start: "depuis le", "né le".</li>
 * </ul>
 */
final class EventDates {

	private static final Pattern ACT = Pattern.compile(
			"(?iU)\\b(?:d[ée]lib[ée]ration|loi|d[ée]cret|arr[êe]t[ée]|ordonnance|circulaire|courrier|lettre|courriel|mail|note|communiqu[ée])(?:\\s+n°\\s*\\S+)?\\s+(?:du|en date du)\\s*$");

	private static final Pattern PUBLICATION = Pattern.compile(
			"(?iU)\\b(?:publi[ée]e?s?|mise?s? [àa] jour|actualis[ée]e?s?|modifi[ée]e?s?|post[ée]e?s?|r[ée]dig[ée]e?s?|mise? en ligne|parution|date de (?:publication|mise [àa] jour))(?:\\s+\\S+){0,2}?\\s*(?:le|:|du|en)?\\s*$");

	private static final Pattern DEADLINE = Pattern.compile(
			"(?iU)(?:\\b(?:inscri\\S*|candidatures?|d[ée]p[ôo]ts?|r[ée]ponses?|retours?|contributions?)(?:\\s+\\S+){0,4}?\\s+(?:avant|jusqu['’]|d['’]ici|au plus tard)\\S*(?:\\s+(?:le|au))?"
					+ "|\\bjusqu['’](?:au|à|a)|\\bdate limite(?:\\s+\\S+){0,5}?(?:\\s*:)?|\\bau plus tard(?:\\s+le)?|\\bavant le|\\bd['’]ici (?:le|au)|\\bcl[ôo]tur[ée]e?s?(?:\\s+\\S+){0,3}?\\s+le)\\s*$");

	private static final Pattern START = Pattern.compile(
			"(?iU)(?:\\b[àa] partir d[ue]|\\bd[èe]s le|\\bdepuis(?: le)?|\\bn[ée]e? le|\\bvalable jusqu\\S+)\\s*$");

	private static final Pattern FORMER = Pattern.compile(
			"(?iU)(?:\\b(?:initialement|d['’]abord|primitivement|auparavant)\\s+(?:pr[ée]vue?s?|programm[ée]e?s?|annonc[ée]e?s?|fix[ée]e?s?)|\\b(?:pr[ée]vue?s?|programm[ée]e?s?)\\s+(?:initialement|d['’]abord)|\\bau lieu d[ue]|\\bd[ée]plac[ée]e?s?\\s+d[ue]|\\breport[ée]e?s?\\s+d[ue])(?:\\s+(?:en|le|pour|au|du|à))?\\s*$");

	private static final Pattern COPYRIGHT = Pattern.compile("(?iU)(?:©|\\bcopyright|\\bversion)[^.;]{0,15}$");

	private EventDates() {
	}

	/**
	 * @param sentence a sentence
	 * @param year the year of dates written without one (null: skip them)
	 * @return its dates that may be an event's, in order
	 */
	static List<DateSpan> in(String sentence, Integer year) {
		List<DateSpan> out = new ArrayList<>();
		for (DateSpan d : FrenchDates.findAll(sentence, year)) {
			String before = sentence.substring(Math.max(0, d.from() - 60), d.from());
			if (!ACT.matcher(before).find() && !PUBLICATION.matcher(before).find() && !DEADLINE.matcher(before).find()
					&& !START.matcher(before).find() && !COPYRIGHT.matcher(before).find()
					&& !FORMER.matcher(before).find()) {
				out.add(d);
			}
		}
		return out;
	}

}
