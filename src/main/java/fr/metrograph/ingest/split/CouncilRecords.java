package fr.metrograph.ingest.split;

import java.util.regex.Pattern;

/**
 * A council's own sessions: a metropolitan, municipal or community council sitting to
 * deliberate is no gathering of the network, and its register ("Extrait du registre des
 * délibérations") reports no meeting of the network, whatever its attendance lists say.
 */
public final class CouncilRecords {

	/**
	 * A council's register: "Extrait du registre des délibérations", "Délibération n°".
	 */
	private static final Pattern RECORD = Pattern
		.compile("(?iU)registre des d[ée]lib[ée]rations|(?:^|\\n)\\W*d[ée]lib[ée]ration\\s+n[°o]");

	/**
	 * A council named as the one sitting: "le Conseil de la Métropole", "conseil
	 * municipal".
	 */
	private static final Pattern COUNCIL = Pattern.compile(
			"(?iU)\\bconseil\\s+(?:de\\s+la\\s+m[ée]tropole|de\\s+l['’]eurom[ée]tropole|m[ée]tropolitain|municipal|communautaire|de\\s+territoire)");

	private CouncilRecords() {
	}

	/**
	 * @param text a whole document
	 * @return whether it is a council's register of deliberations
	 */
	public static boolean isRecord(String text) {
		return RECORD.matcher(text).find();
	}

	/**
	 * @param title an event's title ("Séance", "Séance publique")
	 * @param sentence the sentence that tells it
	 * @param record whether the document is a council's register
	 * @return whether the event is a council's sitting
	 */
	public static boolean isSitting(String title, String sentence, boolean record) {
		return title.regionMatches(true, 0, "séance", 0, 6) && (record || COUNCIL.matcher(sentence).find());
	}

}
