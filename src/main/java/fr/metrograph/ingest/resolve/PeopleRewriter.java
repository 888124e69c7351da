package fr.metrograph.ingest.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Conflict;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.ingest.model.Facts.UnresolvedMention;

/**
 * Rewrites a document's people to the ids they resolve to in the {@link PersonDirectory}
 * (other documents, curation), merging mentions that turn out to be one person and adding
 * the conflicts the resolution recorded.
 */
public final class PeopleRewriter {

	private PeopleRewriter() {
	}

	public static ExtractedDocument resolve(ExtractedDocument doc, PersonDirectory directory) {
		return resolve(doc, directory, new java.util.HashSet<>());
	}

	/**
	 * Resolves a document's people.
	 * @param doc the document
	 * @param directory the people known so far (and the curators' decisions)
	 * @param applied receives the ids of the corrections that decided a resolution
	 * @return the document with resolved person ids
	 */
	public static ExtractedDocument resolve(ExtractedDocument doc, PersonDirectory directory, Set<String> applied) {
		Map<String, String> newIds = new HashMap<>();
		Map<String, PersonMention> merged = new LinkedHashMap<>();
		List<Conflict> conflicts = new ArrayList<>(doc.conflicts());
		for (PersonMention mention : doc.people()) {
			PersonDirectory.Resolution resolution = directory.resolve(mention);
			newIds.put(mention.id(), resolution.id());
			applied.addAll(resolution.corrections());
			if (resolution.conflict() != null) {
				conflicts.add(resolution.conflict());
			}
			PersonMention previous = merged.get(resolution.id());
			if (previous == null) {
				merged.put(resolution.id(), new PersonMention(resolution.id(), resolution.name(), mention.variants(),
						mention.affiliationId(), mention.evidence()));
			}
			else {
				Set<String> variants = new LinkedHashSet<>(previous.variants());
				variants.addAll(mention.variants());
				merged.put(resolution.id(),
						new PersonMention(previous.id(), previous.name(), List.copyOf(variants),
								(previous.affiliationId() != null) ? previous.affiliationId() : mention.affiliationId(),
								previous.evidence()));
			}
		}
		List<RoleFact> roles = doc.roles()
			.stream()
			.map((r) -> new RoleFact(newIds.getOrDefault(r.personId(), r.personId()), r.title(), r.category(), r.atId(),
					r.atIsMetropolis(), r.year(), r.evidence()))
			.toList();
		List<AttendanceFact> attendance = doc.attendance()
			.stream()
			.map((a) -> new AttendanceFact(newIds.getOrDefault(a.personId(), a.personId()), a.meetingId(), a.status(),
					a.capacity(), a.evidence()))
			.toList();
		List<UnresolvedMention> unresolved = doc.unresolved()
			.stream()
			.map((u) -> u.withCandidates(u.kind().equals("person")
					? u.candidates().stream().map((c) -> newIds.getOrDefault(c, c)).toList() : u.candidates()))
			.toList();
		return new ExtractedDocument(doc.title(), doc.kind(), doc.year(), doc.years(), doc.part(), doc.text(),
				doc.metropolises(), doc.organizations(), doc.groups(), List.copyOf(merged.values()), roles,
				doc.meetings(), attendance, doc.participations(), doc.memberships(), doc.themes(), doc.planned(),
				doc.engagements(), doc.partnerships(), doc.projects(), doc.statuses(), doc.figures(), conflicts,
				unresolved, doc.warnings());
	}

}
