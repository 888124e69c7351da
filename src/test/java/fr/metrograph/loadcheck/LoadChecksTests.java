package fr.metrograph.loadcheck;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadChecksTests {

	@Test
	void refusesToPutLoadOnAnyMachineButThisOne() {
		LoopbackHttp.checkLoopback(URI.create("http://127.0.0.1:8080"));
		LoopbackHttp.checkLoopback(URI.create("http://[::1]:8080"));
		assertThatThrownBy(() -> LoopbackHttp.checkLoopback(URI.create("http://192.0.2.10:8080")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("n'est pas une adresse de boucle locale");
		assertThatThrownBy(() -> LoopbackHttp.checkLoopback(URI.create("https://127.0.0.1:8443")))
			.hasMessageStartingWith("Adresse invalide");
	}

	@Test
	void boundsTheLoadItPuts() {
		DashboardLoad load = new DashboardLoad(URI.create("http://127.0.0.1:1"));
		assertThatThrownBy(() -> load.run(257, java.time.Duration.ZERO, java.time.Duration.ofSeconds(1)))
			.hasMessageContaining("256 clients");
		assertThatThrownBy(() -> load.run(1, java.time.Duration.ZERO, java.time.Duration.ofMinutes(11)))
			.hasMessageContaining("10 minutes");
	}

	@Test
	void computesNearestRankPercentilesAndCountsServerErrors() {
		Latencies latencies = new Latencies();
		for (int i = 1; i <= 100; i++) {
			latencies.add(i * 1_000_000L, (i == 100) ? 503 : 200);
		}
		assertThat(latencies.percentile(50)).isEqualTo(50.0);
		assertThat(latencies.percentile(99)).isEqualTo(99.0);
		assertThat(latencies.percentile(100)).isEqualTo(100.0);
		assertThat(latencies.errors()).isEqualTo(1);
		assertThat(new Latencies().percentile(99)).isNaN();
	}

	@Test
	void putsHealthInTheMixSoThatItIsMeasuredUnderTheSameLoad() {
		assertThat(DashboardLoad.MIX).filteredOn(DashboardLoad.HEALTH::equals).hasSizeGreaterThan(3);
		assertThat(DashboardLoad.paths()).contains("/api/reports/2025.html", "/api/trends/lines");
	}

}
