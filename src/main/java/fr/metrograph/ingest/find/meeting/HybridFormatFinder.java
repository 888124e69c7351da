package fr.metrograph.ingest.find.meeting;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.model.Facts.Format;

/**
 * People listed as attending remotely ("En visioconférence :", "Présent (visio)") next to
 * a meeting held in a room, or of unknown format, make that meeting hybrid. Runs after
 * the people finders; adds no fact of its own.
 */
public final class HybridFormatFinder implements Finder {

	@Override
	public String name() {
		return "meeting-format";
	}

	@Override
	public double confidence() {
		return 0.8;
	}

	@Override
	public void find(ExtractionContext context) {
		context.mainMeeting()
			.filter((m) -> context.hasRemoteAttendees()
					&& (m.format() == Format.IN_PERSON || m.format() == Format.UNKNOWN))
			.ifPresent((m) -> context.findings().updateMeeting(m.id(), (x) -> x.withFormat(Format.HYBRID)));
	}

}
