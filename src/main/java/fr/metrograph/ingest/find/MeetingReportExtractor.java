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
import fr.metrograph.ingest.find.people.ProgrammeLineFinder;
import fr.metrograph.ingest.find.people.ProseNameFinder;
import fr.metrograph.ingest.find.prose.ProseEvents;
import fr.metrograph.ingest.find.prose.ProsePeople;
import fr.metrograph.ingest.find.people.RoleAffiliationFinder;
import fr.metrograph.ingest.find.people.TextTableFinder;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.split.DocumentPart;

/**
 * A meeting report, minutes or a programme: the meeting from its header, its sessions,
 * then people from the surest layouts to the least sure (list blocks, inline lists,
 * tables, programme lines, prose) so that each later finder sees what the earlier ones
 * read, then roles and affiliations, the bodies that attended, the format, and the group.
 * A report that turns out to describe no meeting (no date it was held, no attendance
 * list) is read for people only.
 */
public final class MeetingReportExtractor implements KindExtractor {

	static final MeetingReportExtractor INSTANCE = new MeetingReportExtractor();

	private static final List<Finder> MEETING = List.of(new MeetingHeaderFinder(), new SessionFinder(),
			new AlignedTableFinder(), new ListBlockFinder(), new InlineListFinder(), new TextTableFinder(),
			new AttendanceTableFinder(), new ProgrammeLineFinder(), new NameLineFinder(), new ProsePeople(),
			new ProseNameFinder(), new ProseEvents(), new BodyMentionFinder(), new MetropolisReferenceFinder(),
			new RoleAffiliationFinder(), new BodyAttendanceFinder(), new HybridFormatFinder(), new GroupFinder());

	private static final List<Finder> PEOPLE_ONLY = List.of(AttendanceTableFinder.PEOPLE, new NameLineFinder(),
			new ProsePeople(), new ProseNameFinder(), new ProseEvents(), new BodyMentionFinder(),
			new MetropolisReferenceFinder(), new RoleAffiliationFinder(), new GroupFinder());

	private MeetingReportExtractor() {
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.MEETING_REPORT;
	}

	@Override
	public List<Finder> finders(DocumentPart part) {
		return part.aboutMeeting() ? MEETING : PEOPLE_ONLY;
	}

}
