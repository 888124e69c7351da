package fr.metrograph.ingest.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
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

/**
 * The mutable collector of one document's facts. People are merged here: a new form is
 * attached to an existing person when {@link PersonNames#likelySame} says so (or, for
 * "Mme Troadec", when exactly one known person has that surname), and each merge of a
 * different written form is recorded as a {@code name_variant} conflict. Attendance is
 * kept per person and meeting with at most one fact per capacity; the weak default
 * capacity {@code participant} is dropped when a more specific one is known.
 */
final class DocumentFacts {

	/** A person being collected. */
	static final class Person {

		String display;

		final List<String> variants = new ArrayList<>();

		String affiliationId;

		boolean affiliationIsMetropolis;

		final Evidence evidence;

		final List<RoleFact> roles = new ArrayList<>();

		/** Role titles as written, resolved into {@link RoleFact}s at the end. */
		final List<RawRole> rawRoles = new ArrayList<>();

		/** Whether the person was found in prose only (no list, table or block). */
		boolean inlineOnly = true;

		Person(String display, Evidence evidence) {
			this.display = display;
			this.evidence = evidence;
		}

		String id() {
			return PersonNames.id(this.display);
		}

		RoleCategory category() {
			for (RoleFact r : this.roles) {
				if (r.category() == RoleCategory.ELECTED) {
					return RoleCategory.ELECTED;
				}
			}
			return this.roles.isEmpty() ? null : this.roles.get(0).category();
		}

	}

	/** A role title as written with its evidence. */
	record RawRole(String title, Evidence evidence) {
	}

	private record AttendanceKey(Person person, String meetingId) {
	}

	private static final class AttendanceState {

		Status status;

		final Map<Capacity, Evidence> capacities = new EnumMap<>(Capacity.class);

		boolean statusKnown;

		Evidence evidence;

	}

	final List<Person> people = new ArrayList<>();

	final Map<String, MetropolisMention> metropolises = new LinkedHashMap<>();

	final Map<String, OrganizationMention> organizations = new LinkedHashMap<>();

	final Map<String, GroupFact> groups = new LinkedHashMap<>();

	final List<MeetingFact> meetings = new ArrayList<>();

	private final Map<AttendanceKey, AttendanceState> attendance = new LinkedHashMap<>();

	final List<ParticipationFact> participations = new ArrayList<>();

	final List<MembershipFact> memberships = new ArrayList<>();

	final Map<String, ThemeFact> themes = new LinkedHashMap<>();

	final List<PlannedThemeFact> planned = new ArrayList<>();

	final List<EngagementFact> engagements = new ArrayList<>();

	final List<PartnershipFact> partnerships = new ArrayList<>();

	final List<ProjectFact> projects = new ArrayList<>();

	final List<StatusFact> statuses = new ArrayList<>();

	final List<StatedFigure> figures = new ArrayList<>();

	final List<Conflict> conflicts = new ArrayList<>();

	final List<String> warnings = new ArrayList<>();

	/**
	 * Registers a person name, merging with a known person when likely the same.
	 * @param parsed the parsed name
	 * @param evidence where it was read
	 * @param create whether an unknown full name creates a person
	 * @return the person, if known or created
	 */
	Optional<Person> person(PersonLineParser.ParsedName parsed, Evidence evidence, boolean create) {
		String written = parsed.asWritten().replace("*", "").replaceAll("\\s+", " ").strip();
		if (parsed.surnameOnly()) {
			String sk = PersonNames.key(parsed.name());
			Person only = null;
			int count = 0;
			for (Person p : this.people) {
				String k = PersonNames.key(p.display);
				if (k.endsWith(" " + sk)) {
					only = p;
					count++;
				}
			}
			if (count == 1) {
				addVariant(only, written, evidence);
				return Optional.of(only);
			}
			return Optional.empty();
		}
		for (Person p : this.people) {
			if (PersonNames.likelySame(p.display, parsed.name())) {
				addVariant(p, written, evidence);
				return Optional.of(p);
			}
		}
		if (!create) {
			return Optional.empty();
		}
		Person p = new Person(parsed.display(), evidence);
		p.variants.add(written);
		this.people.add(p);
		return Optional.of(p);
	}

	private void addVariant(Person p, String written, Evidence evidence) {
		if (p.variants.contains(written)) {
			return;
		}
		p.variants.add(written);
		// Case, accents, hyphens and honorifics are the same name: nothing to review.
		// Only a
		// spelling that really differs (a typo) is a decision a curator may want to see.
		String key = PersonNames.key(written);
		if (p.variants.stream().limit(p.variants.size() - 1).anyMatch((v) -> PersonNames.key(v).equals(key))) {
			return;
		}
		String first = p.variants.get(0);
		this.conflicts.add(new Conflict("name_variant", p.id(),
				"Le nom « " + written + " » (ligne " + evidence.lines() + ") est une variante de « " + first + " ».",
				"Fusionné avec « " + p.display + " » : même prénom et nom à une lettre près ; "
						+ "pour les séparer, ajoutez-les à people.distinct dans data/curation.yml.",
				evidence));
	}

	void role(Person p, String title, RoleCategory category, String atId, boolean atIsMetropolis, Integer year,
			Evidence evidence) {
		String t = title.strip();
		for (RoleFact r : p.roles) {
			String a = fr.metrograph.ingest.model.Slugs.of(r.title());
			String b = fr.metrograph.ingest.model.Slugs.of(t);
			if (a.equals(b) || a.startsWith(b)) {
				return;
			}
		}
		p.roles.add(new RoleFact(p.id(), t, category, atId, atIsMetropolis, year, evidence));
	}

	void attend(Person p, String meetingId, Status status, Capacity capacity, Evidence evidence) {
		AttendanceState s = this.attendance.computeIfAbsent(new AttendanceKey(p, meetingId),
				(k) -> new AttendanceState());
		if (status != null && (!s.statusKnown || s.status == null || status == Status.PRESENT)) {
			s.status = status;
			s.statusKnown = true;
		}
		if (s.evidence == null) {
			s.evidence = evidence;
		}
		if (capacity != null) {
			s.capacities.putIfAbsent(capacity, evidence);
		}
	}

	/** The capacities recorded for a person at a meeting. */
	Set<Capacity> capacities(Person p, String meetingId) {
		AttendanceState s = this.attendance.get(new AttendanceKey(p, meetingId));
		return (s == null) ? Set.of() : s.capacities.keySet();
	}

	Status status(Person p, String meetingId) {
		AttendanceState s = this.attendance.get(new AttendanceKey(p, meetingId));
		return (s == null) ? null : s.status;
	}

	boolean attends(Person p, String meetingId) {
		return this.attendance.containsKey(new AttendanceKey(p, meetingId));
	}

	void metropolis(String id, String asWritten, Evidence evidence) {
		this.metropolises.putIfAbsent(id,
				new MetropolisMention(id, asWritten.replaceAll("\\s+", " ").strip(), evidence));
	}

	void organization(String id, String name, String kind, Evidence evidence) {
		this.organizations.putIfAbsent(id, new OrganizationMention(id, name, kind, evidence));
	}

	String theme(String label, Evidence evidence) {
		String name = Themes.normalise(label);
		String id = Themes.id(name);
		if (!id.isEmpty()) {
			this.themes.putIfAbsent(id, new ThemeFact(id, name, evidence));
		}
		return id;
	}

	void participation(String bodyId, boolean metropolis, String meetingId, String as, Evidence evidence) {
		for (ParticipationFact p : this.participations) {
			if (p.bodyId().equals(bodyId) && p.meetingId().equals(meetingId) && p.as().equals(as)) {
				return;
			}
		}
		this.participations.add(new ParticipationFact(bodyId, metropolis, meetingId, as, evidence));
	}

	ExtractedDocument build(String title, DocumentKind kind, Integer year, List<Integer> years, int part, String text) {
		List<PersonMention> mentions = new ArrayList<>();
		List<RoleFact> roles = new ArrayList<>();
		Map<String, Person> byId = new LinkedHashMap<>();
		for (Person p : this.people) {
			byId.putIfAbsent(p.id(), p);
		}
		for (Person p : byId.values()) {
			mentions.add(new PersonMention(p.id(), p.display, new ArrayList<>(new LinkedHashSet<>(p.variants)),
					p.affiliationId, p.evidence));
			roles.addAll(p.roles);
		}
		List<AttendanceFact> att = new ArrayList<>();
		for (Map.Entry<AttendanceKey, AttendanceState> e : this.attendance.entrySet()) {
			AttendanceState s = e.getValue();
			Set<Capacity> caps = new LinkedHashSet<>(s.capacities.keySet());
			if (s.status == Status.EXCUSED) {
				att.add(new AttendanceFact(e.getKey().person().id(), e.getKey().meetingId(), s.status, null,
						s.evidence));
				continue;
			}
			if (caps.isEmpty()) {
				caps.add(Capacity.PARTICIPANT);
			}
			for (Capacity c : caps) {
				Evidence ev = s.capacities.getOrDefault(c, s.evidence);
				att.add(new AttendanceFact(e.getKey().person().id(), e.getKey().meetingId(), s.status, c, ev));
			}
		}
		List<String> warn = new ArrayList<>(this.warnings);
		if (this.metropolises.isEmpty() && this.organizations.isEmpty() && mentions.isEmpty()
				&& this.meetings.isEmpty()) {
			warn.add("Aucune entité reconnue dans ce document");
		}
		return new ExtractedDocument(title, kind, year, years, part, text, List.copyOf(this.metropolises.values()),
				List.copyOf(this.organizations.values()), List.copyOf(this.groups.values()), mentions, roles,
				this.meetings, att, this.participations, this.memberships, List.copyOf(this.themes.values()),
				this.planned, this.engagements, this.partnerships, this.projects, this.statuses, this.figures,
				this.conflicts, warn);
	}

	/** Loose text identity (case, accents, punctuation). */
	static final class Slugsish {

		private Slugsish() {
		}

		static boolean same(String a, String b) {
			return fr.metrograph.ingest.model.Slugs.of(a).equals(fr.metrograph.ingest.model.Slugs.of(b));
		}

	}

}
