package fr.metrograph.ingest.find;

import java.util.List;

import fr.metrograph.ingest.find.bodies.BodyMentionFinder;
import fr.metrograph.ingest.find.bodies.GroupFinder;
import fr.metrograph.ingest.find.bodies.MetropolisReferenceFinder;
import fr.metrograph.ingest.find.people.ProseNameFinder;
import fr.metrograph.ingest.find.prose.ProseEvents;
import fr.metrograph.ingest.find.prose.ProsePeople;
import fr.metrograph.ingest.find.people.RoleAffiliationFinder;
import fr.metrograph.ingest.find.sheet.ProjectSheetFinder;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.split.DocumentPart;

/**
 * A project sheet (a consultancy's reference, the network's "fiche expérience"): bodies,
 * the project, people named in it with their roles, and the gatherings its prose or
 * calendar dates (the French NLP layer reads its prose, as for other documents).
 */
public final class ProjectSheetExtractor implements KindExtractor {

	static final ProjectSheetExtractor INSTANCE = new ProjectSheetExtractor();

	private static final List<Finder> FINDERS = List.of(new ProjectSheetFinder(), new ProsePeople(),
			new ProseNameFinder(), new ProseEvents(), new BodyMentionFinder(), new MetropolisReferenceFinder(),
			new RoleAffiliationFinder(), new GroupFinder());

	private ProjectSheetExtractor() {
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.PROJECT_SHEET;
	}

	@Override
	public List<Finder> finders(DocumentPart part) {
		return FINDERS;
	}

}
