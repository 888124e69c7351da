package fr.metrograph.ingest.find;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.find.themes.Themes;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Conflict;
import fr.metrograph.ingest.model.Facts.EngagementFact;
import fr.metrograph.ingest.model.Facts.GroupFact;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.MembershipFact;
import fr.metrograph.ingest.model.Facts.MetropolisMention;
import fr.metrograph.ingest.model.Facts.OrganizationMention;
import fr.metrograph.ingest.model.Facts.ParticipationFact;
import fr.metrograph.ingest.model.Facts.PartnershipFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.PlannedThemeFact;
import fr.metrograph.ingest.model.Facts.ProjectFact;
import fr.metrograph.ingest.model.Facts.RoleCategory;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.ingest.model.Facts.StatedFigure;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.model.Facts.StatusFact;
import fr.metrograph.ingest.model.Facts.ThemeFact;
import fr.metrograph.ingest.model.Facts.UnresolvedMention;

/**
 * The facts found in one document so far: every finder adds to it, and {@link #build}
 * turns it into the {@link ExtractedDocument}. Whatever a finder adds is attributed to
 * it: evidence that names no finder yet is stamped with the running finder's name and
 * default confidence ({@link #running}).
 * <p>
 * People are merged as they come ({@link PeopleBook}); attendance is kept per person and
 * meeting ({@link AttendanceBook}).
 * <p>
 * Not thread-safe: one instance per document.
 * <p>
 * Why over 300 lines: it is the one place finders add facts to, with one short method per
 * kind of fact (about twenty kinds, each stamped the same way) and the final build; the
 * logic that is more than bookkeeping already lives apart ({@link PeopleBook},
 * {@link AttendanceBook}).
 */
public final class Findings {

	private Finder running;

	private final PeopleBook peopleBook = new PeopleBook(this);

	private final Map<String, MetropolisMention> metropolises = new LinkedHashMap<>();

	private final Map<String, OrganizationMention> organizations = new LinkedHashMap<>();

	private final Map<String, GroupFact> groups = new LinkedHashMap<>();

	private final List<MeetingFact> meetings = new ArrayList<>();

	private final AttendanceBook attendance = new AttendanceBook();

	private final List<ParticipationFact> participations = new ArrayList<>();

	private final List<MembershipFact> memberships = new ArrayList<>();

	private final Map<String, ThemeFact> themes = new LinkedHashMap<>();

	private final List<PlannedThemeFact> planned = new ArrayList<>();

	private final List<EngagementFact> engagements = new ArrayList<>();

	private final List<PartnershipFact> partnerships = new ArrayList<>();

	private final List<ProjectFact> projects = new ArrayList<>();

	private final List<StatusFact> statuses = new ArrayList<>();

	private final List<StatedFigure> figures = new ArrayList<>();

	private final List<Conflict> conflicts = new ArrayList<>();

	private final Map<String, UnresolvedMention> unresolved = new LinkedHashMap<>();

	private final List<String> warnings = new ArrayList<>();

	/** Attributes what is added from now on to this finder. */
	void running(Finder finder) {
		this.running = finder;
	}

	/**
	 * Evidence attributed to the running finder, unless it already names one.
	 * @param evidence a passage
	 * @return the attributed passage
	 */
	public Evidence stamp(Evidence evidence) {
		if (evidence == null || evidence.attributed()) {
			return evidence;
		}
		if (this.running == null) {
			throw new IllegalStateException("A fact was added outside any finder: " + evidence.text());
		}
		return evidence.by(this.running.name(), this.running.confidence());
	}

	// ------------------------------------------------------------------ people

	/**
	 * Registers a person name, merging with a known person when likely the same
	 * ({@link PeopleBook}).
	 * @param parsed the parsed name
	 * @param evidence where it was read
	 * @param create whether an unknown full name creates a person
	 * @return the person, if known or created
	 */
	public Optional<PersonDraft> person(ParsedName parsed, Evidence evidence, boolean create) {
		return this.peopleBook.person(parsed, evidence, create);
	}

	/** Every person collected so far, in reading order. */
	public List<PersonDraft> people() {
		return this.peopleBook.people();
	}

	/** Records a role title as written for a person. */
	public void rawRole(PersonDraft person, String title, Evidence evidence) {
		person.rawRoles().add(new PersonDraft.RawRole(title, stamp(evidence)));
	}

	/**
	 * Resolves a role of a person. A title already known, or a prefix of one, is kept
	 * once; so is the same role reworded by another finder: at the same body, a title
	 * inside the other or with the same head word ("Vice-présidente" and "vice-présidente
	 * de Rennes Métropole chargée de…"); the first finder's wording is kept.
	 */
	public void role(PersonDraft p, String title, RoleCategory category, String atId, boolean atIsMetropolis,
			Integer year, Evidence evidence) {
		String t = title.strip();
		String b = Slugs.of(t);
		for (RoleFact r : p.roles()) {
			String a = Slugs.of(r.title());
			if (a.equals(b) || a.startsWith(b)) {
				return;
			}
			if (Objects.equals(r.atId(), atId) && (a.contains(b) || b.contains(a) || head(r.title()).equals(head(t)))) {
				return;
			}
		}
		p.roles().add(new RoleFact(p.id(), t, category, atId, atIsMetropolis, year, stamp(evidence)));
	}

	/**
	 * A title's head word, gender and number folded: "Vice-présidentes" →
	 * "vice-president".
	 */
	static String head(String title) {
		String first = Slugs.fold(title.strip()).split("[\\s,(]+", 2)[0];
		return first.replaceAll("(?:rices?|eures?)$", "eur").replaceAll("(?:es|e|s)$", "");
	}

	// ------------------------------------------------------------------ attendance

	/**
	 * Records that a person attended (or was excused from) a meeting in some capacity.
	 */
	public void attend(PersonDraft p, String meetingId, Status status, Capacity capacity, Evidence evidence) {
		this.attendance.attend(p, meetingId, status, capacity, stamp(evidence));
	}

	/** The capacities recorded for a person at a meeting. */
	public Set<Capacity> capacities(PersonDraft p, String meetingId) {
		return this.attendance.capacities(p, meetingId);
	}

	/** The status recorded for a person at a meeting, or null. */
	public Status status(PersonDraft p, String meetingId) {
		return this.attendance.status(p, meetingId);
	}

	/** Whether anything was recorded for a person at a meeting. */
	public boolean attends(PersonDraft p, String meetingId) {
		return this.attendance.attends(p, meetingId);
	}

	// ------------------------------------------------------------------ bodies, themes

	/** The metropolises named so far, in order. */
	public List<MetropolisMention> metropolises() {
		return List.copyOf(this.metropolises.values());
	}

	/** A metropolis named as a body (the first passage is kept). */
	public void metropolis(String id, String asWritten, Evidence evidence) {
		this.metropolises.putIfAbsent(id,
				new MetropolisMention(id, asWritten.replaceAll("\\s+", " ").strip(), stamp(evidence)));
	}

	/** An organisation named as a body (the first passage is kept). */
	public void organization(String id, String name, String kind, Evidence evidence) {
		this.organizations.putIfAbsent(id, new OrganizationMention(id, name, kind, stamp(evidence)));
	}

	/**
	 * A theme, by its label as written.
	 * @return its id (empty when the label normalises to nothing)
	 */
	public String theme(String label, Evidence evidence) {
		String name = Themes.normalise(label);
		String id = Themes.id(name);
		if (!id.isEmpty()) {
			this.themes.putIfAbsent(id, new ThemeFact(id, name, stamp(evidence)));
		}
		return id;
	}

	/** A body took part in a meeting as attendee, presenter or host (recorded once). */
	public void participation(String bodyId, boolean metropolis, String meetingId, String as, Evidence evidence) {
		for (ParticipationFact p : this.participations) {
			if (p.bodyId().equals(bodyId) && p.meetingId().equals(meetingId) && p.as().equals(as)) {
				return;
			}
		}
		this.participations.add(new ParticipationFact(bodyId, metropolis, meetingId, as, stamp(evidence)));
	}

	/**
	 * A mention that cannot be attached to one entity without guessing (recorded once).
	 */
	public void unresolved(UnresolvedMention mention) {
		String key = mention.kind() + "|" + mention.text() + "|" + mention.evidence().lines();
		this.unresolved.putIfAbsent(key, mention.withEvidence(stamp(mention.evidence())));
	}

	// ------------------------------------------------------------------ other facts

	public List<MeetingFact> meetings() {
		return this.meetings;
	}

	public void meeting(MeetingFact meeting) {
		this.meetings.add(meeting.withEvidence(stamp(meeting.evidence())));
	}

	/** Replaces a meeting already added (same id), e.g. to correct its format. */
	public void updateMeeting(String id, UnaryOperator<MeetingFact> change) {
		this.meetings.replaceAll((m) -> m.id().equals(id) ? change.apply(m) : m);
	}

	/** Removes a meeting added earlier (a counted meeting a dated one stands for). */
	public void dropMeeting(String id) {
		this.meetings.removeIf((m) -> m.id().equals(id));
	}

	public List<MembershipFact> memberships() {
		return this.memberships;
	}

	public void membership(MembershipFact fact) {
		this.memberships.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void planned(PlannedThemeFact fact) {
		this.planned.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void engagement(EngagementFact fact) {
		this.engagements.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void partnership(PartnershipFact fact) {
		this.partnerships.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void project(ProjectFact fact) {
		this.projects.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void status(StatusFact fact) {
		this.statuses.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void figure(StatedFigure fact) {
		this.figures.add(fact.withEvidence(stamp(fact.evidence())));
	}

	public void conflict(Conflict conflict) {
		this.conflicts.add(conflict.withEvidence(stamp(conflict.evidence())));
	}

	/**
	 * A person's id changed (a name read in initials, then in full): the conflicts and
	 * unresolved mentions recorded under the old id name the new one.
	 * @param from the old id
	 * @param to the new id
	 */
	void personRenamed(String from, String to) {
		this.conflicts.replaceAll((c) -> from.equals(c.subject())
				? new Conflict(c.type(), to, c.description(), c.resolution(), c.evidence()) : c);
		this.unresolved.replaceAll((k, u) -> u.candidates().contains(from) ? new UnresolvedMention(u.text(), u.kind(),
				u.candidates().stream().map((id) -> from.equals(id) ? to : id).toList(), u.reason(), u.evidence()) : u);
	}

	/** A group the document is about (the first passage is kept). */
	public void group(GroupFact group) {
		this.groups.putIfAbsent(group.id(), group.withEvidence(stamp(group.evidence())));
	}

	public void warning(String warning) {
		this.warnings.add(warning);
	}

	// ------------------------------------------------------------------ result

	/**
	 * @return everything found, with one attendance fact per capacity and a warning when
	 * nothing was recognised
	 */
	public ExtractedDocument build(String title, DocumentKind kind, Integer year, List<Integer> years, int part,
			String text) {
		List<PersonMention> mentions = new ArrayList<>();
		List<RoleFact> roles = new ArrayList<>();
		Map<String, PersonDraft> byId = new LinkedHashMap<>();
		for (PersonDraft p : this.peopleBook.people()) {
			byId.putIfAbsent(p.id(), p);
		}
		for (PersonDraft p : byId.values()) {
			mentions.add(new PersonMention(p.id(), p.display(), new ArrayList<>(new LinkedHashSet<>(p.variants())),
					p.affiliationId(), p.evidence()));
			roles.addAll(p.roles());
		}
		List<String> warn = new ArrayList<>(this.warnings);
		if (this.metropolises.isEmpty() && this.organizations.isEmpty() && mentions.isEmpty()
				&& this.meetings.isEmpty()) {
			warn.add("Aucune entité reconnue dans ce document");
		}
		return new ExtractedDocument(title, kind, year, years, part, text, List.copyOf(this.metropolises.values()),
				List.copyOf(this.organizations.values()), List.copyOf(this.groups.values()), mentions, roles,
				this.meetings, this.attendance.facts(), this.participations, this.memberships,
				List.copyOf(this.themes.values()), this.planned, this.engagements, this.partnerships, this.projects,
				this.statuses, this.figures, this.conflicts, List.copyOf(this.unresolved.values()), warn);
	}

}
