package fr.metrograph.ingest.find;

import java.util.List;

import fr.metrograph.ingest.find.annual.CountedMeetingsFinder;
import fr.metrograph.ingest.find.annual.CountedMeetingsReconciler;
import fr.metrograph.ingest.find.annual.DatedMeetingsFinder;
import fr.metrograph.ingest.find.annual.ExperienceSharingFinder;
import fr.metrograph.ingest.find.annual.MembershipFinder;
import fr.metrograph.ingest.find.annual.PlannedThemeFinder;
import fr.metrograph.ingest.find.annual.StatedFigureFinder;
import fr.metrograph.ingest.find.bodies.BodyMentionFinder;
import fr.metrograph.ingest.find.bodies.GroupFinder;
import fr.metrograph.ingest.find.bodies.MetropolisReferenceFinder;
import fr.metrograph.ingest.find.people.ProseNameFinder;
import fr.metrograph.ingest.find.prose.ProseEvents;
import fr.metrograph.ingest.find.prose.ProsePeople;
import fr.metrograph.ingest.find.people.RoleAffiliationFinder;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.split.DocumentPart;

/**
 * An annual summary of a group: bodies named, members of the year, the meetings it
 * counts, the figures it states, experience-sharing sessions, plans for next year, people
 * named in its prose with their roles, the meetings a retrospective lists by date or its
 * prose tells ("Le 16/03, la réunion sur les budgets participatifs a réuni…"; each stands
 * for one of the meetings counted, {@link CountedMeetingsReconciler}), and the group.
 */
public final class AnnualSummaryExtractor implements KindExtractor {

	static final AnnualSummaryExtractor INSTANCE = new AnnualSummaryExtractor();

	private static final List<Finder> FINDERS = List.of(new MembershipFinder(), new CountedMeetingsFinder(),
			new StatedFigureFinder(), new ExperienceSharingFinder(), new PlannedThemeFinder(), new BodyMentionFinder(),
			new MetropolisReferenceFinder(), new ProsePeople(), new ProseNameFinder(), new RoleAffiliationFinder(),
			new DatedMeetingsFinder(), new ProseEvents(), new GroupFinder(), new CountedMeetingsReconciler());

	private AnnualSummaryExtractor() {
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.ANNUAL_SUMMARY;
	}

	@Override
	public List<Finder> finders(DocumentPart part) {
		return FINDERS;
	}

}
