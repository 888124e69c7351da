package fr.metrograph.ingest.model;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Name keys, display forms and the conservative fuzzy identity. */
class PersonNamesTests {

	@Test
	void personNamesKeyAndDisplay() {
		assertThat(PersonNames.key("Mme. Christelle SCUOTTO-CALVEZ")).isEqualTo("christelle scuotto calvez");
		assertThat(PersonNames.key("Monsieur Fabrice Roussel")).isEqualTo(PersonNames.key("M. Fabrice ROUSSEL"));
		assertThat(PersonNames.displayName("Mme. Christelle SCUOTTO-CALVEZ")).isEqualTo("Christelle Scuotto-Calvez");
		assertThat(PersonNames.displayName("M. Yohan LE COCQ")).isEqualTo("Yohan Le Cocq");
		assertThat(PersonNames.displayName("Mme Astrid BIDEAULT-LE BRET")).isEqualTo("Astrid Bideault-Le Bret");
		assertThat(PersonNames.displayName("Jean DE LA FONTAINE")).isEqualTo("Jean de La Fontaine");
		assertThat(PersonNames.fromInverted("FERRIER Amandine")).isEqualTo("Amandine FERRIER");
		assertThat(PersonNames.id("Céline Papin")).isEqualTo("celine-papin");
	}

	@Test
	void personNamesLikelySameIsConservative() {
		assertThat(PersonNames.likelySame("Christelle SCUOTTO-CALVEZ", "Christelle Scutto-Calvez")).isTrue();
		assertThat(PersonNames.likelySame("Yohan LE COCQ", "Yohan Le Coq")).isTrue();
		assertThat(PersonNames.likelySame("Karim BELKACEM", "Karim Belkacen")).isTrue();
		assertThat(PersonNames.likelySame("Marie Lefebvre", "Marc Lefebvre")).isFalse();
		assertThat(PersonNames.likelySame("Jean Martin", "Jean Marin")).isFalse();
		assertThat(PersonNames.likelySame("Paul Roux", "Paul Rous")).isFalse();
		assertThat(PersonNames.likelySame("Amandine Ferrier", "Amandine Ferier")).isTrue();
		assertThat(PersonNames.likelySame("Marie", "Marie Lefebvre")).isFalse();
	}

	@Test
	void withinOneEditAgreesWithTheDistance() {
		SplittableRandom random = new SplittableRandom(7);
		int close = 0;
		for (int n = 0; n < 200_000; n++) {
			String a = word(random, random.nextInt(8));
			String b = edited(random, a, random.nextInt(3));
			boolean expected = damerauLevenshtein(a, b) <= 1;
			assertThat(PersonNames.withinOneEdit(a, b)).as("%s / %s", a, b).isEqualTo(expected);
			close += expected ? 1 : 0;
		}
		// both answers are exercised
		assertThat(close).isBetween(20_000, 180_000);
	}

	@Test
	void likelySameKeysAgreesWithTheRuleWrittenWithTheDistance() {
		SplittableRandom random = new SplittableRandom(11);
		String[] first = { "jean", "marie", "jeanne", "ines" };
		int same = 0;
		for (int n = 0; n < 100_000; n++) {
			String a = first[random.nextInt(first.length)] + " " + surname(random);
			String b = random.nextBoolean() ? first[random.nextInt(first.length)] + " " + surname(random)
					: a.substring(0, a.indexOf(' ') + 1) + edited(random, a.substring(a.indexOf(' ') + 1), 1);
			boolean expected = likelySameByTheDistance(a, b);
			assertThat(PersonNames.likelySameKeys(a, b)).as("%s / %s", a, b).isEqualTo(expected);
			same += expected ? 1 : 0;
		}
		assertThat(same).isGreaterThan(1_000);
	}

	/** The rule of {@link PersonNames#likelySame} as it was first written. */
	private static boolean likelySameByTheDistance(String ka, String kb) {
		if (ka.isEmpty() || kb.isEmpty()) {
			return false;
		}
		if (ka.equals(kb)) {
			return true;
		}
		String[] wa = ka.split(" ", 2);
		String[] wb = kb.split(" ", 2);
		if (wa.length < 2 || wb.length < 2 || !wa[0].equals(wb[0])) {
			return false;
		}
		String sa = wa[1].replace(" ", "");
		String sb = wb[1].replace(" ", "");
		if (sa.equals(sb)) {
			return true;
		}
		int min = Math.min(sa.length(), sb.length());
		if (min < 5 || damerauLevenshtein(sa, sb) > 1) {
			return false;
		}
		return min >= 8 || PersonNames.phonetic(sa).equals(PersonNames.phonetic(sb));
	}

	/**
	 * Optimal-string-alignment Damerau-Levenshtein distance: the rule as first written,
	 * the reference of withinOneEdit.
	 */
	private static int damerauLevenshtein(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/** A surname of 3 to 10 letters, sometimes two words. */
	private static String surname(SplittableRandom random) {
		String s = word(random, 3 + random.nextInt(8));
		return (random.nextInt(5) == 0) ? s + " " + word(random, 2 + random.nextInt(3)) : s;
	}

	/** Letters from a small alphabet, so that random words are often close. */
	private static String word(SplittableRandom random, int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append("abcq".charAt(random.nextInt(4)));
		}
		return out.toString();
	}

	/** {@code edits} random substitutions, insertions, deletions or swaps. */
	private static String edited(SplittableRandom random, String word, int edits) {
		StringBuilder out = new StringBuilder(word);
		for (int e = 0; e < edits; e++) {
			int at = out.isEmpty() ? 0 : random.nextInt(out.length());
			switch (random.nextInt(4)) {
				case 0 -> {
					if (!out.isEmpty()) {
						out.setCharAt(at, "abcq".charAt(random.nextInt(4)));
					}
				}
				case 1 -> out.insert(at, "abcq".charAt(random.nextInt(4)));
				case 2 -> {
					if (!out.isEmpty()) {
						out.deleteCharAt(at);
					}
				}
				default -> {
					if (at + 1 < out.length()) {
						char c = out.charAt(at);
						out.setCharAt(at, out.charAt(at + 1));
						out.setCharAt(at + 1, c);
					}
				}
			}
		}
		return out.toString();
	}

}
