package fr.metrograph.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metrograph.evaluation.DocumentScore.MeetingDetails;
import fr.metrograph.evaluation.GoldDocument.GoldMeeting;

/**
 * Pairs expected and found meetings of one document on their start date (to the day, or
 * to the month when only the month is known). Titles are never required to match: among
 * candidate pairs, those whose titles share the most words are taken first (Jaccard
 * similarity of their words of three letters or more), each meeting at most once. A found
 * meeting without a start date is a false positive. Quadratic in the number of meetings
 * of the document.
 */
final class MeetingMatching {

	private MeetingMatching() {
	}

	static MeetingDetails match(GoldDocument gold, Extraction found, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		List<GoldMeeting> expected = gold.meetings();
		List<Extraction.Meeting> got = found.meetings();
		record Pair(int g, int e, double similarity) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (int g = 0; g < expected.size(); g++) {
			for (int e = 0; e < got.size(); e++) {
				if (expected.get(g).start().matches(got.get(e).start())) {
					pairs.add(new Pair(g, e, similarity(expected.get(g).title(), got.get(e).title())));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
		boolean[] takenG = new boolean[expected.size()];
		boolean[] takenE = new boolean[got.size()];
		int held = (int) expected.stream().filter(GoldMeeting::held).count();
		MeetingDetails details = new MeetingDetails(held, 0, 0, 0, 0, 0);
		for (Pair p : pairs) {
			if (takenG[p.g()] || takenE[p.e()]) {
				continue;
			}
			takenG[p.g()] = true;
			takenE[p.e()] = true;
			details = details.plus(details(expected.get(p.g()), got.get(p.e())));
		}
		List<String> wrong = new ArrayList<>();
		for (int e = 0; e < got.size(); e++) {
			if (!takenE[e]) {
				Extraction.Meeting m = got.get(e);
				wrong.add(((m.start() != null) ? m.start().toString() : "sans date") + " « " + m.title() + " »");
			}
		}
		List<String> notFound = new ArrayList<>();
		for (int g = 0; g < expected.size(); g++) {
			if (!takenG[g]) {
				notFound.add(expected.get(g).start() + " « " + expected.get(g).title() + " »");
			}
		}
		DocumentScorer.record(EntityType.MEETINGS, expected.size() - notFound.size(), wrong, notFound, tallies, missed,
				spurious);
		return details;
	}

	private static MeetingDetails details(GoldMeeting expected, Extraction.Meeting found) {
		int endChecked = 0;
		int endRight = 0;
		if (expected.end() != null) {
			endChecked = 1;
			LocalDate end = (found.end() != null) ? found.end() : found.start();
			endRight = expected.end().equals(end) ? 1 : 0;
		}
		int formatChecked = 0;
		int formatRight = 0;
		if (expected.format() != null) {
			formatChecked = 1;
			formatRight = expected.format().equals(found.format()) ? 1 : 0;
		}
		return new MeetingDetails(0, expected.held() ? 1 : 0, endChecked, endRight, formatChecked, formatRight);
	}

	/**
	 * Shared words (of three letters or more) over all words: Jaccard similarity of two
	 * titles.
	 */
	static double similarity(String a, String b) {
		Set<String> wa = titleWords(a);
		Set<String> wb = titleWords(b);
		if (wa.isEmpty() && wb.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(wa);
		common.retainAll(wb);
		Set<String> all = new HashSet<>(wa);
		all.addAll(wb);
		return (double) common.size() / all.size();
	}

	private static Set<String> titleWords(String title) {
		Set<String> words = new HashSet<>();
		if (title != null) {
			for (String w : Names.words(title).split(" ")) {
				if (w.length() >= 3) {
					words.add(w);
				}
			}
		}
		return words;
	}

}
