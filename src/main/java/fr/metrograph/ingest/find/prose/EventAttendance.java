package fr.metrograph.ingest.find.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;

/**
 * Who attends an event told in prose, and how, from the words around each person the
 * people finder found: "animé par" → facilitator, "organisé par" → organiser, a
 * presenting verb ("a présenté", "a ouvert", "interviendra", "avec") → speaker, a
 * debating or attending verb ("a objecté", "a participé", "aux côtés de", "en présence
 * de") → participant, "excusé" → excused. A person with no such word is not placed at the
 * event, and neither is a byline ("Par X").
 */
final class EventAttendance {

	private static final Pattern FACILITATOR = Pattern.compile(
			"(?iU)(?:anim[ée]e?s?\\s+(?:par|de)|animation\\s*(?::|par|de)|modér[ée]e?s?\\s+par|facilit[ée]e?s?\\s+par)[^.;]{0,40}$");

	private static final Pattern ORGANISER = Pattern
		.compile("(?iU)(?:(?:co-?)?organis[ée]e?s?\\s+par|à l['’]initiative\\s+de|propos[ée]e?s?\\s+par)[^.;]{0,40}$");

	private static final Pattern EXCUSED = Pattern.compile("(?iU)\\bexcus[ée]e?s?\\b");

	private static final Pattern SPEAKER_BEFORE = Pattern.compile(
			"(?iU)(?:\\bavec\\b|intervenant\\S*\\s*:|intervention\\s+d[e']|en ouverture|conf[ée]rence\\s+d[e']|pr[ée]sent[ée]e?s?\\s+par|parole\\s+[àa])[^.;]{0,60}$");

	private static final Pattern SPEAKER_AFTER = Pattern.compile(
			"(?iU)^[^.;]{0,160}?\\b(?:a|ont|avait|avaient|va|vont|viendra|viendront)?\\s*(?:pr[ée]sent[ée]|pr[ée]senter[ao]n?t?|d[ée]taill[ée]|expos[ée]|intervenu|interviendr|ouvert|ouvrir[ao]n?t?|introduit|cl[ôo]tur|conclu|t[ée]moign|rappel[ée]|d[ée]fendu|partag[ée]|pris la parole|d[ée]crit|expliqu[ée]|retrac[ée]|pr[ée]sentation|est revenue?|sont revenu)");

	private static final Pattern PARTICIPANT_AFTER = Pattern.compile(
			"(?iU)^[^.;]{0,160}?\\b(?:object[ée]|r[ée]agi|r[ée]pondu|interrog[ée]|particip[ée]|assist[ée]|[ée]chang[ée]|d[ée]battu|estim[ée]|ajout[ée]|insist[ée]|soulign[ée]|pr[ée]cis[ée]|nuanc[ée]|regrett[ée]|f[ée]licit[ée]|[ée]tai(?:t|ent) pr[ée]sente?s?|a rejoint|ont rejoint|particip)");

	private static final Pattern PARTICIPANT_BEFORE = Pattern.compile(
			"(?iU)(?:en pr[ée]sence\\s+d[e']|aux c[ôo]t[ée]s\\s+d[e']|r[ée]unissant|rassemblant|participant\\S*\\s*:)[^.;]{0,60}$");

	private static final Pattern BYLINE = Pattern.compile(
			"(?iU)^\\W*(?:par|r[ée]daction|texte|photos?|cr[ée]dits?|propos recueillis par|auteur|autrice)\\s*:?\\s*$");

	private EventAttendance() {
	}

	/**
	 * The capacity whose marker ("animé par", "organisé par", "avec"…) is closest before
	 * a name.
	 */
	private static Capacity closestMarker(String before) {
		Capacity best = null;
		int bestStart = -1;
		Pattern[] markers = { FACILITATOR, ORGANISER, SPEAKER_BEFORE, PARTICIPANT_BEFORE };
		Capacity[] capacities = { Capacity.FACILITATOR, Capacity.ORGANISER, Capacity.SPEAKER, Capacity.PARTICIPANT };
		for (int k = 0; k < markers.length; k++) {
			Matcher m = markers[k].matcher(before);
			if (m.find() && m.start() > bestStart) {
				bestStart = m.start();
				best = capacities[k];
			}
		}
		return best;
	}

	/** Places the people of a sentence at the event when a word says how. */
	static void attend(AnnotatedText text, Sentence s, List<ProsePerson> people, List<ProseAttendance> attendance,
			double confidence) {
		for (ProsePerson p : people) {
			if (p.begin() < s.begin() || p.end() > s.end()) {
				continue;
			}
			String before = text.text().substring(s.begin(), p.begin());
			String after = text.text().substring(p.end(), s.end());
			// the person's own apposition is not what they did
			for (ProseRole r : p.roles()) {
				if (r.begin() >= p.end() && r.end() <= s.end()) {
					after = text.text().substring(Math.max(p.end(), r.end()), s.end());
				}
			}
			if (BYLINE.matcher(before).find()) {
				continue;
			}
			Status status = Status.PRESENT;
			Capacity capacity = null;
			if (EXCUSED.matcher(before).find()
					|| EXCUSED.matcher(after.length() > 40 ? after.substring(0, 40) : after).find()) {
				status = Status.EXCUSED;
			}
			else {
				capacity = closestMarker(before);
				if (capacity == null && SPEAKER_AFTER.matcher(after).find()) {
					capacity = Capacity.SPEAKER;
				}
				else if (capacity == null && PARTICIPANT_AFTER.matcher(after).find()) {
					capacity = Capacity.PARTICIPANT;
				}
			}
			if (status == Status.PRESENT && capacity == null) {
				continue;
			}
			attendance.add(new ProseAttendance(p, status, capacity, confidence));
		}
	}

}
