package fr.metrograph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Every node id the service makes, in one place. Ids are stable: the same document text,
 * name or title always gives the same id, so that loading a document again updates its
 * nodes instead of duplicating them. Reference bodies (metropolises, organisations) keep
 * the ids of {@code data/reference/}; everything else is a {@link Slugs slug} of a label
 * or a hash:
 * <ul>
 * <li>a document: the first 16 hex digits of the SHA-256 of its own text;</li>
 * <li>a person, a theme, a legal status, a commune: the slug of the display name;</li>
 * <li>a role: the slug of its title, then {@code --} and the body it is held at;</li>
 * <li>a meeting: the group ({@code reseau} when none), the kind and the start date, or
 * the title's slug when there is no date; sessions and the meetings an annual summary
 * counts are numbered inside their parent or year;</li>
 * <li>conflicts, stated figures, unresolved mentions: scoped to their document.</li>
 * </ul>
 * Changing a rule here changes ids in the graph: bump the extractor version
 * ({@code IngestService.EXTRACTOR_VERSION}) so that every document is loaded again.
 */
public final class Ids {

	private static final String NO_GROUP = "reseau";

	private Ids() {
	}

	/** A document: 16 hex digits of the SHA-256 of its text. */
	public static String document(String text) {
		return sha256(text).substring(0, 16);
	}

	/**
	 * A person, from the canonical display name ("Céline Papin" → {@code celine-papin}).
	 */
	public static String person(String displayName) {
		return Slugs.of(displayName);
	}

	/**
	 * A role: one node per title and body ({@code adjointe-au-maire--ville-de-bordeaux}).
	 */
	public static String role(String title, String atId) {
		return Slugs.of(title) + ((atId != null) ? "--" + atId : "");
	}

	/** A theme, from its normalised label. */
	public static String theme(String normalisedLabel) {
		return Slugs.of(normalisedLabel);
	}

	/**
	 * A commune, from its name ("Ville des Sorinières" → {@code ville-des-sorinieres}).
	 */
	public static String commune(String name) {
		return Slugs.of(name);
	}

	/**
	 * An organisation the reference lists do not hold, from its name ("Conseil de
	 * développement de Bordeaux Métropole" →
	 * {@code conseil-de-developpement-de-bordeaux-metropole}).
	 */
	public static String organization(String name) {
		return Slugs.of(name);
	}

	/** A legal status ("Communauté urbaine"). */
	public static String legalStatus(String status) {
		return Slugs.of(status);
	}

	/**
	 * A meeting a document reports or announces: {@code elus-meeting-2022-05-05}.
	 * @param group the network group or null
	 * @param kind meeting, seminar…
	 * @param start the start date, or null when the document gives none
	 * @param title the title, used when there is no date
	 */
	public static String meeting(String group, String kind, LocalDate start, String title) {
		String when = (start != null) ? start.toString() : Slugs.of(title);
		return Slugs.of(((group != null) ? group : NO_GROUP) + "-" + kind + "-" + when);
	}

	/** The n-th session (1-based) of a meeting. */
	public static String session(String meetingId, int n) {
		return meetingId + "-session-" + n;
	}

	/**
	 * The n-th meeting of a format that an annual summary counts without detail:
	 * {@code agents-2024-remote-3}.
	 * @param formatCode {@code in-person} or {@code remote}
	 */
	public static String countedMeeting(String group, int year, String formatCode, int n) {
		return group + "-" + year + "-" + formatCode + "-" + n;
	}

	/** The n-th experience-sharing session an annual summary lists. */
	public static String experienceSharing(String group, int year, int n) {
		return group + "-" + year + "-experience-" + n;
	}

	/** A meeting an attendance sheet names that no document described. */
	public static String sheetMeeting(String title, Object dateOrYear) {
		return "feuille-" + Slugs.of(title) + "-" + dateOrYear;
	}

	/** A consultancy's project. */
	public static String project(String consultancyId, String clientId, Integer year, String title) {
		return Slugs.of(((consultancyId != null) ? consultancyId + "-" : "")
				+ ((clientId != null) ? clientId + "-" : "") + ((year != null) ? year + "-" : "") + title);
	}

	/** A number a document states. */
	public static String figure(String documentId, String subject, String name, Integer year) {
		return documentId + "-" + Slugs.of(subject + "-" + name + "-" + year);
	}

	/** A conflict the extractor or the resolver recorded in a document. */
	public static String conflict(String documentId, String type, String subject, String lines) {
		return sha256(documentId + "|" + type + "|" + subject + "|" + lines).substring(0, 16);
	}

	/** A mention the resolver could not attach to one entity. */
	public static String unresolved(String documentId, String kind, String text, String lines) {
		return sha256(documentId + "|unresolved|" + kind + "|" + text + "|" + lines).substring(0, 16);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
