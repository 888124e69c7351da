package fr.metrograph.ingest.find.people;

import java.util.List;

import fr.metrograph.ingest.find.bodies.Communes;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.reference.BodyMatch;

/**
 * One person of a list, a table row or a programme line, with what the item says about
 * them.
 *
 * @param name the name
 * @param roles role titles as written
 * @param body the body named with them, or null
 * @param commune the commune named with them, or null
 * @param capacity a capacity the item states ("(ICPC, animation)"), or null
 * @param status a status the item states, or null
 */
record Item(ParsedName name, List<String> roles, BodyMatch body, Communes.Commune commune, Capacity capacity,
		Status status) {

	Item withBody(BodyMatch other) {
		return new Item(this.name, this.roles, other, null, this.capacity, this.status);
	}

}
