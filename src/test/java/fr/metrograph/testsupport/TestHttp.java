package fr.metrograph.testsupport;

import org.springframework.web.client.RestClient;

/**
 * An HTTP client for the integration tests that hands every response back, 4xx and 5xx
 * included, so tests can assert on problem details instead of catching exceptions.
 */
public final class TestHttp {

	private TestHttp() {
	}

	/** A client for the application on {@code localhost:port}. */
	public static RestClient client(int port) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

}
