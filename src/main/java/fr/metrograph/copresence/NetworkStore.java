package fr.metrograph.copresence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.VersionedCache;

/**
 * The co-presence networks, built from one streamed read of their two-mode data and the
 * in-memory projection, and cached per network, parameters and graph version (so any
 * ingest, retraction or correction makes the next request rebuild them). The cache is
 * bounded by edges ({@code app.copresence.cached-edges}), since one network may weigh a
 * few kilobytes or a gigabyte.
 */
@Component
class NetworkStore {

	private static final Logger log = LoggerFactory.getLogger(NetworkStore.class);

	private final AttendanceReader reader;

	private final CopresenceProperties properties;

	private final GraphVersion version;

	private final VersionedCache<CopresenceRequest, ProjectedNetwork> cache;

	NetworkStore(AttendanceReader reader, CopresenceProperties properties, GraphVersion version) {
		this.reader = reader;
		this.properties = properties;
		this.version = version;
		this.cache = new VersionedCache<>(version::current, Math.max(1, properties.cachedEdges()),
				(network) -> (int) Math.min(Integer.MAX_VALUE, 1 + network.edges()));
	}

	/** The network of a request at the current graph version. */
	ProjectedNetwork get(CopresenceRequest request) {
		return this.cache.get(request, this::build);
	}

	/** Forgets every cached network (the benchmark's cold runs). */
	void clear() {
		this.cache.clear();
	}

	/** The current graph version (for cursors). */
	long version() {
		return this.version.current();
	}

	private ProjectedNetwork build(CopresenceRequest request) {
		long start = System.nanoTime();
		NetworkData read = this.reader.readNetwork(request);
		long projection = System.nanoTime();
		WeightedGraph graph = new OneModeProjection(request.weighting(), request.minWeight()).project(read.data());
		ProjectedNetwork network = new ProjectedNetwork(read.data(), read.names(), graph,
				this.properties.optionsFor(graph.nodeCount()));
		log.info("Co-presence network {}: {} pairs read in {} ms, {} nodes and {} edges projected in {} ms", request,
				read.data().pairCount(), (projection - start) / 1_000_000, graph.nodeCount(), graph.edgeCount(),
				(System.nanoTime() - projection) / 1_000_000);
		return network;
	}

}
