package fr.metrograph.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.graph.Slugs;
import fr.metrograph.people.PersonViews.PersonDetail;
import fr.metrograph.people.PersonViews.PersonSummary;

/** Searches and reads people through the named queries. */
@Service
class PeopleService {

	private final GraphReads reads;

	PeopleService(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * People whose name contains {@code q}, ignoring case and accents; everyone when
	 * blank.
	 */
	List<PersonSummary> search(String q) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", (q == null || q.isBlank()) ? null : Slugs.fold(q.strip()));
		return this.reads.list("people/search_people", parameters, PersonSummary.class);
	}

	PersonDetail person(String id) {
		return this.reads.one("people/get_person", Map.of("id", id), PersonDetail.class)
			.orElseThrow(() -> new EntityNotFoundException("personne", id));
	}

}
