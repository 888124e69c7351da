package fr.metrograph.ingest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts an extractor finds in one document, one record type per kind of node or
 * relationship of the graph contract ({@code cypher/README.md}). Every fact carries the
 * {@link Evidence} that supports it: the passage, and the finder that read it with its
 * confidence. Entities are referred to by their stable ids: metropolises by the reference
 * list id ({@code grenoble-alpes}), everything else by an id made by
 * {@link fr.metrograph.graph.Ids}.
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
	 * @param id slug of the canonical name ({@link fr.metrograph.graph.Ids#person})
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

		/** The same meeting, quoted or attributed differently. */
		public MeetingFact withEvidence(Evidence other) {
			return new MeetingFact(this.id, this.title, this.startDate, this.endDate, this.year, this.format,
					this.place, this.kind, this.hostId, this.hostIsMetropolis, this.partOfId, this.groupId,
					this.themeIds, other);
		}

		/**
		 * Whether the documents date it to its month only: from the first to the last day
		 * of one month ("en juin 2023").
		 */
		public boolean datedToMonth() {
			return this.startDate != null && this.endDate != null && this.startDate.getDayOfMonth() == 1
					&& this.endDate.equals(this.startDate.withDayOfMonth(this.startDate.lengthOfMonth()));
		}

		/** The same meeting, of a network group. */
		public MeetingFact withGroup(String group) {
			return new MeetingFact(this.id, this.title, this.startDate, this.endDate, this.year, this.format,
					this.place, this.kind, this.hostId, this.hostIsMetropolis, this.partOfId, group, this.themeIds,
					this.evidence);
		}

		/** The same meeting in another format. */
		public MeetingFact withFormat(Format other) {
			return new MeetingFact(this.id, this.title, this.startDate, this.endDate, this.year, other, this.place,
					this.kind, this.hostId, this.hostIsMetropolis, this.partOfId, this.groupId, this.themeIds,
					this.evidence);
		}

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

		/** The same fact, quoted or attributed differently. */
		public MembershipFact withEvidence(Evidence other) {
			return new MembershipFact(this.metropolisId, this.groupId, this.year, other);
		}

	}

	/** A theme node: {@code id} is the slug of its normalised label. */
	public record ThemeFact(String id, String name, Evidence evidence) {
	}

	/** {@code (:Group)-[:PLANNED {forYear}]->(:Theme)}. */
	public record PlannedThemeFact(String groupId, String themeId, int forYear, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public PlannedThemeFact withEvidence(Evidence other) {
			return new PlannedThemeFact(this.groupId, this.themeId, this.forYear, other);
		}

	}

	/** {@code (:Organization)-[:ACCOMPANIED {year}]->(:Metropolis)}. */
	public record EngagementFact(String organizationId, String metropolisId, Integer year, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public EngagementFact withEvidence(Evidence other) {
			return new EngagementFact(this.organizationId, this.metropolisId, this.year, other);
		}

	}

	/** {@code (:Organization)-[:PARTNERED {year}]->(:Organization)}. */
	public record PartnershipFact(String organizationId, String partnerId, Integer year, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public PartnershipFact withEvidence(Evidence other) {
			return new PartnershipFact(this.organizationId, this.partnerId, this.year, other);
		}

	}

	/**
	 * A consultancy project: {@code (:Project)-[:FOR]->(:Metropolis)},
	 * {@code -[:ABOUT]->(:Theme)} and {@code (:Organization)-[:DELIVERED]->(:Project)}
	 * (an extension of the contract).
	 */
	public record ProjectFact(String id, String title, Integer year, String clientId, String consultancyId,
			List<String> partnerIds, List<String> themeIds, List<String> deliverables, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public ProjectFact withEvidence(Evidence other) {
			return new ProjectFact(this.id, this.title, this.year, this.clientId, this.consultancyId, this.partnerIds,
					this.themeIds, this.deliverables, other);
		}

	}

	/**
	 * A legal status a metropolis held from a year on (e.g. Communauté urbaine in 2017).
	 */
	public record StatusFact(String metropolisId, String status, int year, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public StatusFact withEvidence(Evidence other) {
			return new StatusFact(this.metropolisId, this.status, this.year, other);
		}

	}

	/**
	 * A number the document states that no node counts (e.g. "Cinq séances de travail").
	 */
	public record StatedFigure(String subject, String name, int value, Integer year, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public StatedFigure withEvidence(Evidence other) {
			return new StatedFigure(this.subject, this.name, this.value, this.year, other);
		}

	}

	/**
	 * {@code (:Group)} with its display name; ids are {@code agents} and {@code elus}.
	 */
	public record GroupFact(String id, String name, Evidence evidence) {

		/** The same fact, quoted or attributed differently. */
		public GroupFact withEvidence(Evidence other) {
			return new GroupFact(this.id, this.name, other);
		}

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

		/** The same fact, quoted or attributed differently. */
		public Conflict withEvidence(Evidence other) {
			return new Conflict(this.type, this.subject, this.description, this.resolution, other);
		}

	}

	/**
	 * A mention that could not be attached to one entity without guessing: "la Métropole"
	 * in a document about several metropolises, "Mme Lefebvre" when two Lefebvre are
	 * named. Stored as {@code (:UnresolvedMention)-[:MENTIONED_IN]->(:Document)} for a
	 * curator to review, never guessed.
	 *
	 * @param text the mention as written
	 * @param kind {@code metropolis}, {@code person} or {@code organization}
	 * @param candidates ids of the entities it may denote (may be empty)
	 * @param reason why it stays unresolved, in French
	 */
	public record UnresolvedMention(String text, String kind, List<String> candidates, String reason,
			Evidence evidence) {

		public UnresolvedMention {
			candidates = List.copyOf(candidates);
		}

		/** A person's name that fits several people. */
		public static UnresolvedMention person(String text, List<String> candidates, String reason, Evidence evidence) {
			return new UnresolvedMention(text, "person", candidates, reason, evidence);
		}

		/** A metropolis named without saying which. */
		public static UnresolvedMention metropolis(String text, List<String> candidates, String reason,
				Evidence evidence) {
			return new UnresolvedMention(text, "metropolis", candidates, reason, evidence);
		}

		/** The same mention, quoted or attributed differently. */
		public UnresolvedMention withEvidence(Evidence other) {
			return new UnresolvedMention(this.text, this.kind, this.candidates, this.reason, other);
		}

		/** The same mention with other candidate ids. */
		public UnresolvedMention withCandidates(List<String> other) {
			return new UnresolvedMention(this.text, this.kind, other, this.reason, this.evidence);
		}

	}

}
