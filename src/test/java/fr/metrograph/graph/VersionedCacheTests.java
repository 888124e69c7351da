package fr.metrograph.graph;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionedCacheTests {

	private final AtomicLong version = new AtomicLong(1);

	private final AtomicInteger computations = new AtomicInteger();

	private final VersionedCache<String, String> cache = new VersionedCache<>(this.version::get, 10);

	private String compute(String request) {
		return request + "#" + this.computations.incrementAndGet();
	}

	@Test
	void servesTheSameResultWhileTheGraphIsUnchanged() {
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a#1");
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a#1");
		assertThat(this.computations).hasValue(1);
	}

	@Test
	void recomputesOnceTheGraphVersionMovesOn() {
		this.cache.get("a", this::compute);
		this.version.incrementAndGet();
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a#2");
	}

	@Test
	void cachesNothingWhenTheComputationFails() {
		assertThatThrownBy(() -> this.cache.get("a", (r) -> {
			throw new IllegalStateException("boom");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a#1");
	}

	@Test
	void refusesANonPositiveSize() {
		assertThatThrownBy(() -> new VersionedCache<String, String>(this.version::get, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
