package fr.metrograph.metropolises;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.metropolises.MetropolisViews.MetropolisDetail;
import fr.metrograph.metropolises.MetropolisViews.MetropolisSummary;

/** Reads metropolises through the named queries. */
@Service
class MetropolisService {

	private final GraphReads reads;

	MetropolisService(GraphReads reads) {
		this.reads = reads;
	}

	List<MetropolisSummary> metropolises(Integer year) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("year", year);
		return this.reads.list("metropolises/list_metropolises", parameters, MetropolisSummary.class);
	}

	MetropolisDetail metropolis(String id) {
		return this.reads.one("metropolises/get_metropolis", Map.of("id", id), MetropolisDetail.class)
			.orElseThrow(() -> new EntityNotFoundException("métropole", id));
	}

}
