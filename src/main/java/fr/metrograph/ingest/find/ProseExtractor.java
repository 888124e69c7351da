package fr.metrograph.ingest.find;

import java.util.List;

import fr.metrograph.ingest.find.bodies.BodyMentionFinder;
import fr.metrograph.ingest.find.bodies.GroupFinder;
import fr.metrograph.ingest.find.bodies.MetropolisReferenceFinder;
import fr.metrograph.ingest.find.meeting.BodyAttendanceFinder;
import fr.metrograph.ingest.find.meeting.HybridFormatFinder;
import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.find.meeting.SessionFinder;
import fr.metrograph.ingest.find.people.AlignedTableFinder;
import fr.metrograph.ingest.find.people.AttendanceTableFinder;
import fr.metrograph.ingest.find.people.InlineListFinder;
import fr.metrograph.ingest.find.people.ListBlockFinder;
import fr.metrograph.ingest.find.people.NameLineFinder;
import fr.metrograph.ingest.find.people.ProseNameFinder;
import fr.metrograph.ingest.find.prose.ProseEvents;
import fr.metrograph.ingest.find.prose.ProsePeople;
import fr.metrograph.ingest.find.people.RoleAffiliationFinder;
import fr.metrograph.ingest.find.people.TextTableFinder;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.split.DocumentPart;

/**
 * Anything else: news articles, newsletters, minutes in prose. An article that tells a
 * meeting was held (a date and "la rencontre s'est tenue…"), or that has attendance
 * lists, is read like a report without programme lines; otherwise for the people it names
 * and their roles only.
 */
public final class ProseExtractor implements KindExtractor {

	static final ProseExtractor INSTANCE = new ProseExtractor();

	private static final List<Finder> MEETING = List.of(new MeetingHeaderFinder(), new SessionFinder(),
			new AlignedTableFinder(), new ListBlockFinder(), new InlineListFinder(), new TextTableFinder(),
			new AttendanceTableFinder(), new NameLineFinder(), new ProsePeople(), new ProseNameFinder(),
			new ProseEvents(), new BodyMentionFinder(), new MetropolisReferenceFinder(), new RoleAffiliationFinder(),
			new BodyAttendanceFinder(), new HybridFormatFinder(), new GroupFinder());

	private static final List<Finder> PEOPLE_ONLY = List.of(AttendanceTableFinder.PEOPLE, new NameLineFinder(),
			new ProsePeople(), new ProseNameFinder(), new ProseEvents(), new BodyMentionFinder(),
			new MetropolisReferenceFinder(), new RoleAffiliationFinder(), new GroupFinder());

	private ProseExtractor() {
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.PROSE;
	}

	@Override
	public List<Finder> finders(DocumentPart part) {
		return part.aboutMeeting() ? MEETING : PEOPLE_ONLY;
	}

}
