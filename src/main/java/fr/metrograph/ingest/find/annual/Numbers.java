package fr.metrograph.ingest.find.annual;

import java.util.Locale;
import java.util.Map;

/** Small counts written in digits or in French words ("deux", "Cinq"). */
public final class Numbers {

	/** A count in digits (1–2) or words, as a regex group. */
	static final String NUM = "(\\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)";

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1),
			Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
			Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
			Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("quinze", 15));

	private Numbers() {
	}

	/** The value, or null when the word is no count. */
	public static Integer parse(String s) {
		if (s.chars().allMatch(Character::isDigit)) {
			return Integer.valueOf(s);
		}
		return WORDS.get(s.toLowerCase(Locale.ROOT));
	}

	/** The group an annual summary is about: the agents' unless it says otherwise. */
	static String group(String detected) {
		return (detected != null) ? detected : fr.metrograph.ingest.split.Groups.AGENTS;
	}

}
