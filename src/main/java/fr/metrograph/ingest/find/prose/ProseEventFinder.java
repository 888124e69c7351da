package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.split.FrenchDates.Precision;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.reference.ReferenceData;

/**
 * Finds events told in prose: an event noun (rencontre, réunion, séminaire, atelier,
 * webinaire, table ronde, journée d'étude, voyage d'étude, université d'été, forum…) and
 * a date of the same sentence that is not a publication date, a deadline or an update
 * ({@link EventDates}). The noun closest to the date names the event; the sentence gives
 * its place, format, organisers and host ({@link EventDetails}).
 * <p>
 * People the people finder found in that sentence, and in the sentences after it in the
 * paragraph until another event is told, attend it when a word says how: "animé par" →
 * facilitator, "organisé par" → organiser, a presenting verb ("a présenté", "a ouvert",
 * "interviendra", "avec") → speaker, a debating or attending verb ("a objecté", "a
 * participé", "aux côtés de", "en présence de") → participant, "excusé" → excused. A
 * person with no such word is not placed at the event, and neither is a byline ("Par X").
 * <p>
 * Confidence: 0.85 for a day with its year written, 0.75 when the year was inferred, 0.6
 * for a month alone; attendance 0.8 (0.7 in a later sentence than the event's).
 */
public final class ProseEventFinder {

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

	private final EventDetails details;

	/**
	 * @param reference the bodies the service knows
	 */
	public ProseEventFinder(ReferenceData reference) {
		this.details = new EventDetails(reference);
	}

	/**
	 * @param text an annotated prose paragraph
	 * @param people the people the people finder found in it
	 * @param year the year of dates written without one (the document's), or null
	 * @return the events it tells, in order
	 */
	public List<ProseEvent> find(AnnotatedText text, List<ProsePerson> people, Integer year) {
		List<ProseEvent> out = new ArrayList<>();
		List<Sentence> sentences = text.sentences();
		ProseEvent current = null;
		List<ProseAttendance> attendance = null;
		for (Sentence s : sentences) {
			String sentence = text.text(s);
			ProseEvent event = event(sentence, s.begin(), people, year);
			if (event != null) {
				if (current != null) {
					out.add(withAttendance(current, attendance));
				}
				current = event;
				attendance = new ArrayList<>();
				attend(text, s, people, attendance, 0.8);
			}
			else if (current != null) {
				attend(text, s, people, attendance, 0.7);
			}
		}
		if (current != null) {
			out.add(withAttendance(current, attendance));
		}
		return out;
	}

	private static ProseEvent withAttendance(ProseEvent e, List<ProseAttendance> attendance) {
		return new ProseEvent(e.title(), e.kind(), e.date(), e.place(), e.venue(), e.format(), e.organisers(), e.host(),
				e.announced(), attendance, e.begin(), e.end(), e.confidence());
	}

	/** The event a sentence tells, or null. */
	private ProseEvent event(String sentence, int offset, List<ProsePerson> people, Integer year) {
		List<DateSpan> dates = EventDates.in(sentence, year);
		if (dates.isEmpty()) {
			return null;
		}
		Matcher n = Lexicon.eventNoun().matcher(sentence);
		int bestDistance = Integer.MAX_VALUE;
		int[] noun = null;
		DateSpan date = null;
		while (n.find()) {
			if (insidePerson(people, offset + n.start())) {
				continue;
			}
			for (DateSpan d : dates) {
				int distance = (d.from() >= n.end()) ? d.from() - n.end() : n.start() - d.to();
				if (distance >= 0 && distance < bestDistance) {
					bestDistance = distance;
					noun = new int[] { n.start(), n.end() };
					date = d;
				}
			}
		}
		if (noun == null) {
			return null;
		}
		String title = EventDetails.title(sentence, noun[0], noun[1], (date.from() > noun[1]) ? date.from() : -1);
		EventDetails.Where where = this.details.where(sentence, (i) -> insidePerson(people, offset + i));
		BodyRef host = this.details.host(sentence);
		if (host == null) {
			host = where.body();
		}
		double confidence = (date.precision() == Precision.MONTH) ? 0.6 : (date.explicitYear() ? 0.85 : 0.75);
		return new ProseEvent(title, EventDetails.kind(sentence.substring(noun[0], noun[1])), date, where.place(),
				where.venue(), EventDetails.format(sentence, where.place() != null), this.details.organisers(sentence),
				host, EventDetails.announced(sentence), List.of(), offset, offset + sentence.length(), confidence);
	}

	private static boolean insidePerson(List<ProsePerson> people, int offset) {
		for (ProsePerson p : people) {
			if (p.begin() <= offset && offset < p.end()) {
				return true;
			}
		}
		return false;
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
	private static void attend(AnnotatedText text, Sentence s, List<ProsePerson> people,
			List<ProseAttendance> attendance, double confidence) {
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
