package fr.metrograph.ingest.find.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;

/**
 * Theme labels: normalisation ({@link #normalise(String)}), ids ({@link #id(String)}) and
 * a small lexicon of participation devices and instruments found in free text
 * ({@link #known(String)}).
 */
public final class Themes {

	private static final Pattern LEADING_ARTICLE = Pattern
		.compile("(?iU)^(?:(?:les|le|la|l['’]|un|une|des|du|de la|de l['’]|d['’]|sur (?:les|le|la|l['’]))\\s*)+");

	/** Canonical spellings of recurring domain terms (typos and plural slips). */
	private static final Map<Pattern, String> CANONICAL = new LinkedHashMap<>();

	static {
		CANONICAL.put(Pattern.compile("(?iU)\\bconseils de d[ée]veloppements?\\b"), "conseils de développement");
		CANONICAL.put(Pattern.compile("(?iU)\\bconseil de d[ée]veloppements\\b"), "conseil de développement");
		CANONICAL.put(Pattern.compile("(?iU)\\bcontrats de villes\\b"), "contrats de ville");
		CANONICAL.put(Pattern.compile("(?iU)\\baccords[- ]cadres?\\b"), "accords cadres");
		CANONICAL.put(Pattern.compile("(?iU)\\bd[ée]lib[ée]rations[- ]cadres?\\b"), "délibérations cadres");
	}

	/** Lexicon: pattern found in text → theme label. */
	private static final Map<Pattern, String> LEXICON = new LinkedHashMap<>();

	static {
		lex("observatoires? (?:des|de la) politiques? publiques?", "Observatoire des politiques publiques");
		lex("panels? citoyens?", "Panel citoyen");
		lex("saisines? citoyennes?", "Saisine citoyenne");
		lex("budgets? participatifs?", "Budget participatif");
		lex("conventions? citoyennes?", "Convention citoyenne");
		lex("jurys? citoyens?", "Jury citoyen");
		lex("assembl[ée]es? citoyennes?", "Assemblée citoyenne");
		lex("droit d['’]interpellation", "Droit d'interpellation");
		lex("d[ée]mocratie participative intercommunale", "Démocratie participative intercommunale");
		lex("[ée]valuation participative", "Évaluation participative");
		lex("citoyennet[ée] m[ée]tropolitaine", "Citoyenneté métropolitaine");
		lex("bilans? de mandat", "Bilans de mandat");
	}

	private static void lex(String regex, String label) {
		LEXICON.put(Pattern.compile("(?iU)\\b" + regex + "\\b"), label);
	}

	private Themes() {
	}

	/**
	 * Normalises a theme label: leading articles dropped, subtitle after " : " and
	 * trailing punctuation or ellipsis removed, whitespace folded, known terms
	 * canonicalised, first letter capitalised.
	 * @param label the label as written
	 * @return the normalised label ("Les CCSPL" → "CCSPL")
	 */
	public static String normalise(String label) {
		String s = label.replace("**", "").replace('’', '\'').replaceAll("\\s+", " ").strip();
		s = s.replaceAll("^[-–•*·\\s]+", "");
		s = s.replaceAll("^[«\"“]\\s*|\\s*[»\"”]$", "");
		int colon = s.indexOf(" : ");
		if (colon > 0) {
			s = s.substring(0, colon);
		}
		s = LEADING_ARTICLE.matcher(s).replaceFirst("");
		s = s.replaceAll("(?:\\.{2,}|…|[\\s.,;:!?)(])+$", "").strip();
		for (Map.Entry<Pattern, String> e : CANONICAL.entrySet()) {
			s = e.getKey().matcher(s).replaceAll(e.getValue());
		}
		if (s.isEmpty()) {
			return s;
		}
		int first = s.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(s.substring(Character.charCount(first)))
			.toString();
	}

	/**
	 * The id of a theme.
	 * @param label a label (normalised or not)
	 * @return the slug of its normalised form
	 */
	public static String id(String label) {
		return Slugs.of(normalise(label));
	}

	/**
	 * Known participation devices named in a text, in order of first appearance.
	 * @param text any text
	 * @return the theme labels
	 */
	public static List<String> known(String text) {
		Map<Integer, String> byPos = new java.util.TreeMap<>();
		for (Map.Entry<Pattern, String> e : LEXICON.entrySet()) {
			Matcher m = e.getKey().matcher(text);
			if (m.find()) {
				byPos.putIfAbsent(m.start(), e.getValue());
			}
		}
		List<String> out = new ArrayList<>();
		for (String v : byPos.values()) {
			if (!out.contains(v)) {
				out.add(v);
			}
		}
		return out;
	}

}
