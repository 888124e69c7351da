package fr.metrograph.ingest.find.meeting;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.people.ListBlockFinder;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.Format;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote attendees next to a meeting in a room make it hybrid; a body's people make it
 * attend.
 */
class HybridFormatFinderTests {

	@Test
	void remoteAttendeesMakeAnInPersonMeetingHybrid() {
		ExtractedDocument d = found("""
				Réunion du 2 février 2023, dans les locaux de Rennes Métropole

				Présent·es :
				Mme Jeanne DUPONT (Rennes Métropole)

				En visioconférence :
				M. Paul MARTIN (Nantes Métropole)
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new BodyAttendanceFinder(),
				new HybridFormatFinder());
		assertThat(d.meetings().get(0).format()).isEqualTo(Format.HYBRID);
		assertThat(d.participations()).extracting((p) -> p.bodyId() + ":" + p.as())
			.containsExactlyInAnyOrder("rennes:host", "rennes:attendee", "nantes:attendee");
	}

	@Test
	void withoutRemoteAttendeesTheFormatStays() {
		ExtractedDocument d = found("""
				Réunion du 2 février 2023, dans les locaux de Rennes Métropole

				Présent·es :
				Mme Jeanne DUPONT (Rennes Métropole)
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new HybridFormatFinder());
		assertThat(d.meetings().get(0).format()).isEqualTo(Format.IN_PERSON);
	}

}
