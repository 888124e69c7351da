package fr.metrograph.coverage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.VersionedCache;

/**
 * Reads which years the documents cover ({@code coverage/years}), cached per graph
 * version: every chart and report asks.
 */
@Service
public class CoverageService {

	private final GraphReads reads;

	private final VersionedCache<String, List<YearCoverage>> cache;

	CoverageService(GraphReads reads, GraphVersion version) {
		this.reads = reads;
		this.cache = new VersionedCache<>(version::current, 1);
	}

	/** Every year from the first to the last one known, documented or not. */
	public List<YearCoverage> years() {
		return this.cache.get("years", (k) -> this.reads.list("coverage/years", Map.of(), YearCoverage.class));
	}

	/** One year, if it lies between the first and the last year known. */
	public Optional<YearCoverage> year(int year) {
		return years().stream().filter((y) -> y.year() == year).findFirst();
	}

}
