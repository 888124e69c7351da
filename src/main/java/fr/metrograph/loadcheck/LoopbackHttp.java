package fr.metrograph.loadcheck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP client for the checks, refusing any address that is not this machine: the
 * checks put load on a service, and must not be pointed at someone else's.
 */
final class LoopbackHttp {

	private final URI base;

	private final HttpClient client;

	private final Duration requestTimeout;

	/**
	 * @param base the service's address, e.g. {@code http://127.0.0.1:8080}
	 * @param requestTimeout how long one request may take before it counts as failed
	 * @throws IllegalArgumentException (French) when the host is not a loopback address
	 */
	LoopbackHttp(URI base, Duration requestTimeout) {
		checkLoopback(base);
		this.base = base;
		this.requestTimeout = requestTimeout;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static void checkLoopback(URI base) {
		if (base.getHost() == null || !"http".equals(base.getScheme())) {
			throw new IllegalArgumentException("Adresse invalide : " + base + " (attendu : http://127.0.0.1:PORT).");
		}
		try {
			if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("Ces mesures ne visent que cette machine : " + base.getHost()
						+ " n'est pas une adresse de boucle locale (127.0.0.1, localhost).");
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Hôte inconnu : " + base.getHost(), ex);
		}
	}

	/** A timed GET; status 0 when it failed or timed out. */
	Response get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).timeout(this.requestTimeout).GET().build());
	}

	/** A timed POST of JSON. */
	Response postJson(String path, String json) {
		return send(HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(this.requestTimeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private Response send(HttpRequest request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
		}
		catch (IOException ex) {
			return new Response(0, String.valueOf(ex.getMessage()), System.nanoTime() - start);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Response(0, "interrompu", System.nanoTime() - start);
		}
	}

	/**
	 * One answer.
	 *
	 * @param status HTTP status, 0 when no answer came
	 * @param body the body
	 * @param nanos time from sending to the whole body
	 */
	record Response(int status, String body, long nanos) {

		double millis() {
			return this.nanos / 1e6;
		}

	}

}
