package fr.metrograph.ingest.find.people;

import java.util.Optional;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.reference.BodyMatch;

/**
 * Registers the person of a list item and their attendance at the meeting the document
 * reports: the item's own body (else the block's) is the affiliation, a commune only when
 * the item has no role; the item's capacity and status win over the list's; an excused
 * person has no capacity.
 */
final class Attendees {

	private Attendees() {
	}

	static PersonDraft attach(ExtractionContext context, Item item, Status status, Capacity capacity,
			BodyMatch contextBody, Evidence ev) {
		Optional<PersonDraft> person = context.findings().person(item.name(), ev, true);
		if (person.isEmpty()) {
			return null;
		}
		PersonDraft p = person.get();
		p.seenInList();
		BodyMatch body = (item.body() != null) ? item.body() : contextBody;
		if (p.affiliationId() == null && body != null) {
			p.affiliate(body.id(), body.metropolis());
		}
		if (body != null && body.metropolis()) {
			// named as the person's body: the document names the metropolis
			context.findings().metropolis(body.id(), body.asWritten(), ev);
		}
		if (p.affiliationId() == null && item.body() == null && item.commune() != null && item.roles().isEmpty()) {
			p.affiliate(item.commune().id(), false);
		}
		for (String r : item.roles()) {
			for (String role : ListItems.splitRoles(r)) {
				context.findings().rawRole(p, role, ev);
			}
		}
		Capacity cap = (item.capacity() != null) ? item.capacity() : capacity;
		Status st = (item.status() != null) ? item.status() : status;
		if (st == Status.EXCUSED) {
			cap = null;
		}
		String meeting = context.mainMeetingId();
		if (meeting != null && (st != null || cap != null)) {
			context.findings().attend(p, meeting, st, cap, ev);
		}
		return p;
	}

}
