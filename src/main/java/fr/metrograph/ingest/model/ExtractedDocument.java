package fr.metrograph.ingest.model;

import java.util.List;

import fr.metrograph.ingest.model.Facts.AttendanceFact;
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
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.ingest.model.Facts.StatedFigure;
import fr.metrograph.ingest.model.Facts.StatusFact;
import fr.metrograph.ingest.model.Facts.ThemeFact;
import fr.metrograph.ingest.model.Facts.UnresolvedMention;

/**
 * Everything extracted from one document (a file may hold several documents, each an
 * {@code ExtractedDocument} with its own {@code part}).
 *
 * @param title the document's title (first heading or first meaningful line)
 * @param kind its shape
 * @param year the main year the document is about, or null when none is found
 * @param years every year the document reports on (usually just {@code year})
 * @param part 1-based index of the document inside its file
 * @param text the document's own text (used for its content hash)
 * @param unresolved mentions that could not be attached to one entity
 * @param warnings readable French warnings ("aucune entité reconnue")
 */
public record ExtractedDocument(String title, DocumentKind kind, Integer year, List<Integer> years, int part,
		String text, List<MetropolisMention> metropolises, List<OrganizationMention> organizations,
		List<GroupFact> groups, List<PersonMention> people, List<RoleFact> roles, List<MeetingFact> meetings,
		List<AttendanceFact> attendance, List<ParticipationFact> participations, List<MembershipFact> memberships,
		List<ThemeFact> themes, List<PlannedThemeFact> planned, List<EngagementFact> engagements,
		List<PartnershipFact> partnerships, List<ProjectFact> projects, List<StatusFact> statuses,
		List<StatedFigure> figures, List<Conflict> conflicts, List<UnresolvedMention> unresolved,
		List<String> warnings) {

	public ExtractedDocument {
		years = List.copyOf(years);
		metropolises = List.copyOf(metropolises);
		organizations = List.copyOf(organizations);
		groups = List.copyOf(groups);
		people = List.copyOf(people);
		roles = List.copyOf(roles);
		meetings = List.copyOf(meetings);
		attendance = List.copyOf(attendance);
		participations = List.copyOf(participations);
		memberships = List.copyOf(memberships);
		themes = List.copyOf(themes);
		planned = List.copyOf(planned);
		engagements = List.copyOf(engagements);
		partnerships = List.copyOf(partnerships);
		projects = List.copyOf(projects);
		statuses = List.copyOf(statuses);
		figures = List.copyOf(figures);
		conflicts = List.copyOf(conflicts);
		unresolved = List.copyOf(unresolved);
		warnings = List.copyOf(warnings);
	}

	/** Whether the extractor recognised anything worth loading. */
	public boolean hasEntities() {
		return !this.metropolises.isEmpty() || !this.organizations.isEmpty() || !this.people.isEmpty()
				|| !this.meetings.isEmpty();
	}

}
