package fr.metrograph.graph;

import java.util.function.Function;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A bounded cache of pure results keyed on the request and on the graph's content
 * {@link GraphVersion}: an entry computed for version {@code v} is never served once the
 * graph has moved on, so no explicit invalidation is needed; stale entries age out by
 * size. Concurrent requests for the same missing key compute it once (Caffeine's atomic
 * {@code get}), which is what keeps a burst of identical dashboard requests cheap.
 *
 * @param <K> the request key (a record with value equality)
 * @param <V> the result (immutable)
 */
public final class VersionedCache<K, V> {

	private record Key<K>(long version, K request) {
	}

	private final LongSupplier version;

	private final Cache<Key<K>, V> cache;

	/**
	 * @param version the graph version to key on ({@code graphVersion::current})
	 * @param maximumSize the most entries kept (least recently used ones go first)
	 */
	public VersionedCache(LongSupplier version, long maximumSize) {
		if (maximumSize < 1) {
			throw new IllegalArgumentException("maximumSize must be positive: " + maximumSize);
		}
		this.version = version;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
	}

	/**
	 * A cache bounded by the total weight of its entries rather than their number, for
	 * results whose size varies by orders of magnitude (a co-presence network of 30 nodes
	 * or of 20 million edges).
	 * @param version the graph version to key on
	 * @param maximumWeight the most total weight kept (least recently used entries go
	 * first)
	 * @param weigher the weight of a result (for instance its edges), non-negative
	 */
	public VersionedCache(LongSupplier version, long maximumWeight, java.util.function.ToIntFunction<V> weigher) {
		if (maximumWeight < 1) {
			throw new IllegalArgumentException("maximumWeight must be positive: " + maximumWeight);
		}
		this.version = version;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maximumWeight)
			.<Key<K>, V>weigher((key, value) -> weigher.applyAsInt(value))
			.build();
	}

	/**
	 * The cached result for this request at the current graph version, computed once if
	 * missing. An exception thrown by {@code compute} is propagated and nothing is
	 * cached.
	 * @param request the request key
	 * @param compute computes the result from the request
	 * @return the result
	 */
	public V get(K request, Function<? super K, ? extends V> compute) {
		return this.cache.get(new Key<>(this.version.getAsLong(), request), (key) -> compute.apply(key.request()));
	}

	/** Drops every entry (tests, memory pressure). */
	public void clear() {
		this.cache.invalidateAll();
	}

}
