package fr.metrograph.ingest.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.MembershipFact;
import fr.metrograph.ingest.model.Facts.ParticipationFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.PlannedThemeFact;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.ingest.model.Facts.Status;

/**
 * The curation step of the pipeline, after people resolution and before writing: drops
 * the facts the curators rejected, replaces corrected values, and lists what the graph
 * side ({@link CurationMarks}) must mark in the same transaction (accepted and corrected
 * facts get confidence 1.0, renamed people their name, attached mentions their entity).
 * Facts are matched by {@link FactIdentity}, never by document id, so corrections hold on
 * a changed version of the document. A correction whose value cannot be read (a
 * hand-edited file) is skipped and so shows as stale, never fails a load.
 * <p>
 * Why over 300 lines: one small "apply a corrected value" function per kind of fact
 * (role, attendance, participation, membership, planned theme, meeting) beside the one
 * walk over a document's facts that calls them; they share the rejection and matching
 * rules, and splitting them out would expose those rules to a second class.
 */
public final class CurationStep {

	/**
	 * Something the graph side marks after writing.
	 *
	 * @param identity the fact as written (after any correction)
	 * @param correction the correction's id
	 * @param by the correction's author
	 * @param corrected whether a value was corrected (extractor becomes {@code curation})
	 * rather than the fact accepted
	 */
	public record Mark(FactIdentity identity, String correction, String by, boolean corrected) {
	}

	/**
	 * The curated document and what remains to do on the graph side.
	 *
	 * @param document the facts to write
	 * @param marks accepted and corrected facts
	 * @param applied ids of the corrections that matched something in this document
	 * @param attachments attach-mention corrections that may apply to this document
	 * @param conflicts accept-conflict corrections that may apply to this document
	 * @param renames person id → curated name, for the people of this document
	 * @param aliases person id → curated extra spellings, for the people of this document
	 */
	public record Result(ExtractedDocument document, List<Mark> marks, Set<String> applied,
			List<Correction> attachments, List<Correction> conflicts, Map<String, String> renames,
			Map<String, List<String>> aliases) {
	}

	private final Map<String, List<Correction>> byFact = new HashMap<>();

	private final List<Mark> marks = new ArrayList<>();

	private final Set<String> applied;

	private CurationStep(Curation curation, String path, Set<String> applied) {
		this.applied = applied;
		for (Correction c : curation.active()) {
			Correction.Action action = c.kindOfAction();
			if ((action == Correction.Action.REJECT_FACT || action == Correction.Action.ACCEPT_FACT
					|| action == Correction.Action.CORRECT_VALUE) && c.fact() != null && c.appliesToFile(path)) {
				this.byFact.computeIfAbsent(c.fact(), (k) -> new ArrayList<>()).add(c);
			}
		}
	}

	/**
	 * Applies the curation to one document.
	 * @param doc the document, people already resolved
	 * @param path the file's path as stored
	 * @param curation the corrections
	 * @param directory the people directory that resolved the document (for renames and
	 * aliases)
	 * @param resolvedBy ids of the corrections people resolution applied
	 */
	public static Result apply(ExtractedDocument doc, String path, Curation curation, PersonDirectory directory,
			Set<String> resolvedBy) {
		Set<String> applied = new LinkedHashSet<>(resolvedBy);
		CurationStep step = new CurationStep(curation, path, applied);
		ExtractedDocument curated = step.curate(doc);
		Map<String, String> renames = new LinkedHashMap<>();
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		for (PersonMention person : curated.people()) {
			CuratedPeople.Target rename = directory.curated().rename(person.id());
			if (rename != null) {
				renames.put(person.id(), rename.name());
				applied.add(rename.correction());
			}
			List<CuratedPeople.Target> extra = directory.curated().aliases(person.id());
			if (!extra.isEmpty()) {
				aliases.put(person.id(), extra.stream().map(CuratedPeople.Target::name).toList());
				extra.forEach((alias) -> applied.add(alias.correction()));
			}
		}
		for (Correction fix : curation.active(Correction.Action.DOCUMENT_YEAR)) {
			int part = (fix.part() != null) ? fix.part() : 1;
			if (fix.appliesToFile(path) && part == doc.part()) {
				applied.add(fix.id());
			}
		}
		List<Correction> attachments = curation.active(Correction.Action.ATTACH_MENTION)
			.stream()
			.filter((c) -> c.appliesToFile(path))
			.toList();
		List<Correction> conflicts = curation.active(Correction.Action.ACCEPT_CONFLICT)
			.stream()
			.filter((c) -> c.appliesToFile(path))
			.toList();
		return new Result(curated, List.copyOf(step.marks), applied, attachments, conflicts, renames, aliases);
	}

	private ExtractedDocument curate(ExtractedDocument doc) {
		Set<String> droppedPeople = new LinkedHashSet<>();
		List<PersonMention> people = new ArrayList<>();
		for (PersonMention person : doc.people()) {
			if (rejected(FactIdentity.node("Person", person.id()))) {
				droppedPeople.add(person.id());
				continue;
			}
			people.add(affiliation(person));
		}
		Set<String> droppedMeetings = new LinkedHashSet<>();
		List<MeetingFact> meetings = new ArrayList<>();
		for (MeetingFact meeting : doc.meetings()) {
			FactIdentity identity = FactIdentity.node("Meeting", meeting.id());
			if (rejected(identity)) {
				droppedMeetings.add(meeting.id());
				continue;
			}
			meetings.add(correct(identity, meeting, CurationStep::meeting, (m) -> identity));
		}
		meetings = meetings.stream()
			.map((m) -> droppedMeetings.contains(m.partOfId())
					? new MeetingFact(m.id(), m.title(), m.startDate(), m.endDate(), m.year(), m.format(), m.place(),
							m.kind(), m.hostId(), m.hostIsMetropolis(), null, m.groupId(), m.themeIds(), m.evidence())
					: m)
			.toList();
		List<RoleFact> roles = facts(doc.roles().stream().filter((r) -> !droppedPeople.contains(r.personId())).toList(),
				FactIdentity::held, CurationStep::role);
		List<AttendanceFact> attendance = facts(doc.attendance()
			.stream()
			.filter((a) -> !droppedPeople.contains(a.personId()) && !droppedMeetings.contains(a.meetingId()))
			.toList(), FactIdentity::attended, CurationStep::attendance);
		List<ParticipationFact> participations = facts(
				doc.participations().stream().filter((p) -> !droppedMeetings.contains(p.meetingId())).toList(),
				FactIdentity::participated, CurationStep::participation);
		List<MembershipFact> memberships = facts(doc.memberships(), FactIdentity::memberOf, CurationStep::membership);
		List<PlannedThemeFact> planned = facts(doc.planned(), FactIdentity::planned, CurationStep::planned);
		var engagements = facts(doc.engagements(), FactIdentity::accompanied,
				(e, c) -> "year".equals(c.field()) ? new fr.metrograph.ingest.model.Facts.EngagementFact(
						e.organizationId(), e.metropolisId(), Integer.valueOf(c.value()), e.evidence()) : null);
		var partnerships = facts(doc.partnerships(), FactIdentity::partnered,
				(p, c) -> "year".equals(c.field()) ? new fr.metrograph.ingest.model.Facts.PartnershipFact(
						p.organizationId(), p.partnerId(), Integer.valueOf(c.value()), p.evidence()) : null);
		var metropolises = doc.metropolises()
			.stream()
			.filter((m) -> !rejected(FactIdentity.metropolisMention(m.id())))
			.toList();
		return new ExtractedDocument(doc.title(), doc.kind(), doc.year(), doc.years(), doc.part(), doc.text(),
				metropolises, doc.organizations(), doc.groups(), people, roles, meetings, attendance, participations,
				memberships, doc.themes(), planned, engagements, partnerships, doc.projects(), doc.statuses(),
				doc.figures(), doc.conflicts(), doc.unresolved(), doc.warnings());
	}

	/** A person's affiliation, rejected or corrected as AFFILIATED_WITH. */
	private PersonMention affiliation(PersonMention person) {
		if (person.affiliationId() == null) {
			return person;
		}
		FactIdentity identity = FactIdentity.affiliated(person.id(), person.affiliationId());
		if (rejected(identity)) {
			return new PersonMention(person.id(), person.name(), person.variants(), null, person.evidence());
		}
		return correct(identity, person,
				(p, c) -> "metropolis".equals(c.field())
						? new PersonMention(p.id(), p.name(), p.variants(), c.value(), p.evidence()) : null,
				(p) -> FactIdentity.affiliated(p.id(), p.affiliationId()));
	}

	private <T> List<T> facts(List<T> facts, Function<T, FactIdentity> identityOf,
			java.util.function.BiFunction<T, Correction, T> fix) {
		if (this.byFact.isEmpty()) {
			return new ArrayList<>(facts);
		}
		List<T> kept = new ArrayList<>();
		for (T fact : facts) {
			FactIdentity identity = identityOf.apply(fact);
			if (rejected(identity)) {
				continue;
			}
			kept.add(correct(identity, fact, fix, identityOf));
		}
		return kept;
	}

	private boolean rejected(FactIdentity identity) {
		if (this.byFact.isEmpty()) {
			return false;
		}
		for (Correction c : this.byFact.getOrDefault(identity.toString(), List.of())) {
			if (c.kindOfAction() == Correction.Action.REJECT_FACT) {
				this.applied.add(c.id());
				return true;
			}
		}
		return false;
	}

	private <T> T correct(FactIdentity identity, T fact, java.util.function.BiFunction<T, Correction, T> fix,
			Function<T, FactIdentity> identityOf) {
		if (this.byFact.isEmpty()) {
			return fact;
		}
		List<Correction> corrections = this.byFact.getOrDefault(identity.toString(), List.of());
		T current = fact;
		Correction last = null;
		for (Correction c : corrections) {
			if (c.kindOfAction() != Correction.Action.CORRECT_VALUE) {
				continue;
			}
			try {
				T fixed = fix.apply(current, c);
				if (fixed != null) {
					current = fixed;
					last = c;
					this.applied.add(c.id());
				}
			}
			catch (RuntimeException ex) {
				// An unreadable value (hand-edited file): skipped, so shown as stale.
			}
		}
		if (last != null) {
			this.marks.add(new Mark(identityOf.apply(current), last.id(), last.byName(), true));
		}
		for (Correction c : corrections) {
			if (c.kindOfAction() == Correction.Action.ACCEPT_FACT) {
				this.applied.add(c.id());
				if (last == null) {
					this.marks.add(new Mark(identity, c.id(), c.byName(), false));
				}
			}
		}
		return current;
	}

	private static RoleFact role(RoleFact r, Correction c) {
		return switch (c.field()) {
			case "year" -> new RoleFact(r.personId(), r.title(), r.category(), r.atId(), r.atIsMetropolis(),
					Integer.valueOf(c.value()), r.evidence());
			case "role" -> new RoleFact(r.personId(), c.value(), r.category(), r.atId(), r.atIsMetropolis(), r.year(),
					r.evidence());
			case "metropolis" ->
				new RoleFact(r.personId(), r.title(), r.category(), c.value(), true, r.year(), r.evidence());
			default -> null;
		};
	}

	private static AttendanceFact attendance(AttendanceFact a, Correction c) {
		return switch (c.field()) {
			case "status" -> new AttendanceFact(a.personId(), a.meetingId(),
					Status.valueOf(c.value().toUpperCase(Locale.ROOT)), a.capacity(), a.evidence());
			case "capacity" -> new AttendanceFact(a.personId(), a.meetingId(), a.status(),
					Capacity.valueOf(c.value().toUpperCase(Locale.ROOT)), a.evidence());
			default -> null;
		};
	}

	private static ParticipationFact participation(ParticipationFact p, Correction c) {
		return switch (c.field()) {
			case "as" ->
				new ParticipationFact(p.bodyId(), p.bodyIsMetropolis(), p.meetingId(), c.value(), p.evidence());
			case "metropolis" -> new ParticipationFact(c.value(), true, p.meetingId(), p.as(), p.evidence());
			default -> null;
		};
	}

	private static MembershipFact membership(MembershipFact m, Correction c) {
		return "year".equals(c.field())
				? new MembershipFact(m.metropolisId(), m.groupId(), Integer.parseInt(c.value()), m.evidence()) : null;
	}

	private static PlannedThemeFact planned(PlannedThemeFact p, Correction c) {
		return "year".equals(c.field())
				? new PlannedThemeFact(p.groupId(), p.themeId(), Integer.parseInt(c.value()), p.evidence()) : null;
	}

	private static MeetingFact meeting(MeetingFact m, Correction c) {
		return switch (c.field()) {
			case "date" -> {
				String[] range = c.value().split("/");
				LocalDate start = LocalDate.parse(range[0].strip());
				LocalDate end = (range.length > 1) ? LocalDate.parse(range[1].strip()) : null;
				yield new MeetingFact(m.id(), m.title(), start, end, start.getYear(), m.format(), m.place(), m.kind(),
						m.hostId(), m.hostIsMetropolis(), m.partOfId(), m.groupId(), m.themeIds(), m.evidence());
			}
			case "year" -> new MeetingFact(m.id(), m.title(), m.startDate(), m.endDate(), Integer.valueOf(c.value()),
					m.format(), m.place(), m.kind(), m.hostId(), m.hostIsMetropolis(), m.partOfId(), m.groupId(),
					m.themeIds(), m.evidence());
			case "title" -> new MeetingFact(m.id(), c.value(), m.startDate(), m.endDate(), m.year(), m.format(),
					m.place(), m.kind(), m.hostId(), m.hostIsMetropolis(), m.partOfId(), m.groupId(), m.themeIds(),
					m.evidence());
			case "format" -> new MeetingFact(m.id(), m.title(), m.startDate(), m.endDate(), m.year(),
					Format.valueOf(c.value().toUpperCase(Locale.ROOT)), m.place(), m.kind(), m.hostId(),
					m.hostIsMetropolis(), m.partOfId(), m.groupId(), m.themeIds(), m.evidence());
			case "place" -> new MeetingFact(m.id(), m.title(), m.startDate(), m.endDate(), m.year(), m.format(),
					c.value(), m.kind(), m.hostId(), m.hostIsMetropolis(), m.partOfId(), m.groupId(), m.themeIds(),
					m.evidence());
			case "metropolis" -> new MeetingFact(m.id(), m.title(), m.startDate(), m.endDate(), m.year(), m.format(),
					m.place(), m.kind(), c.value(), true, m.partOfId(), m.groupId(), m.themeIds(), m.evidence());
			default -> null;
		};
	}

}
