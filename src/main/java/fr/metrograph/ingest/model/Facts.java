package fr.metrograph.ingest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts an extractor finds in one document, one record type per kind of node or
 * relationship of the graph contract ({@code cypher/README.md}). Every fact carries the
 * {@link Evidence} that supports it. Entities are referred to by their stable ids:
 * metropolises by the reference list id ({@code grenoble-alpes}), everything else by a
 * slug computed with {@link Slugs}.
 */
public final class Facts {

	private Facts() {
	}

	/** Category of a role: {@code elected}, {@code staff} or {@code other}. */
	public enum RoleCategory {

		ELECTED, STAFF, OTHER;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Meeting format as in the contract. */
	public enum Format {

		IN_PERSON, REMOTE, HYBRID, UNKNOWN

	}

	/** Attendance status. */
	public enum Status {

		PRESENT, EXCUSED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Capacity in which a person attended. */
	public enum Capacity {

		PARTICIPANT, ORGANISER, FACILITATOR, SPEAKER, ACCOMPANYING;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** A metropolis (or EPT) named as a body; {@code id} is from the reference list. */
	public record MetropolisMention(String id, String asWritten, Evidence evidence) {
	}

	/** An organisation that is not a metropolis (ICPC, a consultancy, a council). */
	public record OrganizationMention(String id, String name, String kind, Evidence evidence) {
	}

	/**
	 * A person named in the document.
	 *
	 * @param id slug of the canonical name ({@link Slugs#person})
	 * @param name canonical display form ("Christelle Scuotto-Calvez")
	 * @param variants every form written in this document
	 * @param affiliationId metropolis or organisation id the person belongs to, or null
	 */
	public record PersonMention(String id, String name, List<String> variants, String affiliationId,
			Evidence evidence) {
	}

	/**
	 * A role a person held: {@code (:Person)-[:HELD {year}]->(:Role)-[:AT]->(at)}.
	 *
	 * @param atId metropolis or organisation id, or null when the document does not say
	 * @param atIsMetropolis whether {@code atId} is a metropolis id
	 */
	public record RoleFact(String personId, String title, RoleCategory category, String atId, boolean atIsMetropolis,
			Integer year, Evidence evidence) {
	}

	/**
	 * A meeting, a session inside one ({@code partOfId}), or an experience-sharing
	 * session.
	 *
	 * @param kind meeting, session, experience_sharing, seminar, group_meeting…
	 * @param hostId metropolis or organisation id hosting it, or null
	 * @param groupId the network group it belongs to, or null
	 * @param themeIds themes it is about
	 */
	public record MeetingFact(String id, String title, LocalDate startDate, LocalDate endDate, Integer year,
			Format format, String place, String kind, String hostId, boolean hostIsMetropolis, String partOfId,
			String groupId, List<String> themeIds, Evidence evidence) {
	}

	/** {@code (:Person)-[:ATTENDED {status, capacity}]->(:Meeting)}. */
	public record AttendanceFact(String personId, String meetingId, Status status, Capacity capacity,
			Evidence evidence) {
	}

	/**
	 * {@code (:Metropolis|:Organization)-[:PARTICIPATED_IN {as}]->(:Meeting)}.
	 *
	 * @param as attendee, presenter or host
	 */
	public record ParticipationFact(String bodyId, boolean bodyIsMetropolis, String meetingId, String as,
			Evidence evidence) {
	}

	/** {@code (:Metropolis)-[:MEMBER_OF {year}]->(:Group)}. */
	public record MembershipFact(String metropolisId, String groupId, int year, Evidence evidence) {
	}

	/** A theme node: {@code id} is the slug of its normalised label. */
	public record ThemeFact(String id, String name, Evidence evidence) {
	}

	/** {@code (:Group)-[:PLANNED {forYear}]->(:Theme)}. */
	public record PlannedThemeFact(String groupId, String themeId, int forYear, Evidence evidence) {
	}

	/** {@code (:Organization)-[:ACCOMPANIED {year}]->(:Metropolis)}. */
	public record EngagementFact(String organizationId, String metropolisId, Integer year, Evidence evidence) {
	}

	/** {@code (:Organization)-[:PARTNERED {year}]->(:Organization)}. */
	public record PartnershipFact(String organizationId, String partnerId, Integer year, Evidence evidence) {
	}

	/**
	 * A consultancy project: {@code (:Project)-[:FOR]->(:Metropolis)},
	 * {@code -[:ABOUT]->(:Theme)} and {@code (:Organization)-[:DELIVERED]->(:Project)}
	 * (an extension of the contract).
	 */
	public record ProjectFact(String id, String title, Integer year, String clientId, String consultancyId,
			List<String> partnerIds, List<String> themeIds, List<String> deliverables, Evidence evidence) {
	}

	/**
	 * A legal status a metropolis held from a year on (e.g. Communauté urbaine in 2017).
	 */
	public record StatusFact(String metropolisId, String status, int year, Evidence evidence) {
	}

	/**
	 * A number the document states that no node counts (e.g. "Cinq séances de travail").
	 */
	public record StatedFigure(String subject, String name, int value, Integer year, Evidence evidence) {
	}

	/**
	 * {@code (:Group)} with its display name; ids are {@code agents} and {@code elus}.
	 */
	public record GroupFact(String id, String name, Evidence evidence) {
	}

	/**
	 * Something the extractor noticed and decided: a heading year contradicted by the
	 * text, two spellings merged. Kept visible in the graph and in
	 * {@code /api/conflicts}.
	 *
	 * @param type year_conflict, name_variant, ambiguous_name…
	 * @param subject what it is about (a person id, "year")
	 * @param description in French, for users
	 * @param resolution in French: what was decided and why
	 */
	public record Conflict(String type, String subject, String description, String resolution, Evidence evidence) {
	}

}
