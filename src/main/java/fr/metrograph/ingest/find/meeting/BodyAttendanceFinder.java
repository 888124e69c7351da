package fr.metrograph.ingest.find.meeting;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.model.Facts.Status;

/**
 * A metropolis takes part in the meeting a document reports as {@code attendee} when one
 * of its people was present. Runs after the people finders.
 */
public final class BodyAttendanceFinder implements Finder {

	@Override
	public String name() {
		return "body-attendance";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		String meeting = context.mainMeetingId();
		if (meeting == null) {
			return;
		}
		for (PersonDraft p : context.findings().people()) {
			if (context.findings().status(p, meeting) == Status.PRESENT && p.affiliationId() != null
					&& p.affiliationIsMetropolis()) {
				context.findings().participation(p.affiliationId(), true, meeting, "attendee", p.evidence());
			}
		}
	}

}
