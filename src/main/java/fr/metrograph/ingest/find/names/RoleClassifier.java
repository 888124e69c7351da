package fr.metrograph.ingest.find.names;

import java.util.regex.Pattern;

import fr.metrograph.ingest.model.Facts.RoleCategory;

/**
 * Classifies a role title as elected, staff or other, from French title words.
 * <ul>
 * <li>elected: (1er, 2e…) vice-président·e, VP, président·e (of a body), maire, adjoint·e
 * (au maire), conseiller·ère métropolitain·e / municipal·e / communautaire / délégué·e,
 * élu·e, député·e, sénateur·rice;</li>
 * <li>staff: directeur·rice, DGA/DGS/DG, chargé·e de mission / de concertation,
 * responsable, chef·fe de projet, coordinateur·rice, agent·e, administrateur·rice (of a
 * network), chef·fe de service, pôle, direction, service;</li>
 * <li>other: anything else (maître de conférences, journaliste…).</li>
 * </ul>
 * The first matching title word in the text decides, so "Directeur du Conseil de
 * développement" is staff and "Vice-présidente … et adjointe au maire" is elected.
 */
public final class RoleClassifier {

	static final String ELECTED_WORDS = "(?:\\d{1,2}(?:er|re|ère|e|ème)\\s+)?(?:vice[- ]?pr[ée]sident(?:[·.e]*(?:e|s)*)?|vp|pr[ée]sident(?:e)?|maire(?:[- ]pr[ée]sident(?:e)?)?|adjoint(?:e)?|conseill[eè]re?s?(?:\\s+(?:m[ée]tropolitaine?|municipale?|communautaire|d[ée]l[ée]gu[ée]e?|r[ée]gionale?|d[ée]partementale?))|conseill[eè]re? d[ée]l[ée]gu[ée]e?|[ée]lue?|d[ée]put[ée]e?|s[ée]nat(?:eur|rice))";

	static final String STAFF_WORDS = "directeur|directrice|dga|dgs|dgd|dg|charg[ée]e?\\s+(?:de|du|des|d['’])|responsable|cheff?e?\\s+(?:de|du|d['’])|coordinat(?:eur|rice)|agent(?:e)?|direction|p[ôo]le|service|mission|d[ée]l[ée]gu[ée]e? g[ée]n[ée]ral";

	private static final Pattern ELECTED = Pattern.compile("(?iU)^(?:" + ELECTED_WORDS + ")\\b");

	private static final Pattern STAFF = Pattern.compile("(?iU)^(?:" + STAFF_WORDS + ")\\b");

	/** A title word at the start of a text (used to cut role lists). */
	static final Pattern TITLE_START = Pattern.compile("(?iU)^(?:" + ELECTED_WORDS + "|" + STAFF_WORDS
			+ "|co[- ]pr[ée]sident(?:e)?|administrat(?:eur|rice)|tr[ée]sori(?:er|[èe]re)|secr[ée]taire|ma[îi]tre de conf[ée]rences|professeure?|chercheur|chercheuse|journaliste|(?:post-?)?doctorante?"
			+ "|enseignante?-chercheu(?:r|se)|sociologue|politiste|g[ée]ographe|urbaniste|anthropologue|historienne?"
			+ "|[ée]conomiste|consultante?|garante?|animat(?:eur|rice)|facilitat(?:eur|rice))\\b");

	private RoleClassifier() {
	}

	/**
	 * @param title a role title as written
	 * @return its category
	 */
	public static RoleCategory classify(String title) {
		if (title == null) {
			return RoleCategory.OTHER;
		}
		String t = title.replace("*", "").strip();
		if (ELECTED.matcher(t).find()) {
			return RoleCategory.ELECTED;
		}
		if (STAFF.matcher(t).find()) {
			return RoleCategory.STAFF;
		}
		return RoleCategory.OTHER;
	}

	/**
	 * Whether a text starts with a title word (elected, staff or other known titles).
	 * @param text a line or segment
	 * @return true if it reads as the start of a role
	 */
	public static boolean startsWithTitle(String text) {
		return TITLE_START.matcher(text.replace("*", "").strip()).find();
	}

}
