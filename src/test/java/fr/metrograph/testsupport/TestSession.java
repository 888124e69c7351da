package fr.metrograph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that behaves like the dashboard in a browser: it keeps cookies (the session
 * and {@code XSRF-TOKEN}), logs in through the form endpoint, and sends the CSRF token in
 * {@code X-XSRF-TOKEN} on writes, unless told not to. Or, with {@link #basic}, an API
 * client sending HTTP Basic credentials on every request.
 */
public final class TestSession {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String basic;

	private boolean sendCsrf = true;

	public TestSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/** Sends these Basic credentials on every request (no session, no CSRF token). */
	public TestSession basic(String username, String password) {
		this.basic = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Stops sending the CSRF header (to test that writes without it are refused). */
	public TestSession withoutCsrf() {
		this.sendCsrf = false;
		return this;
	}

	/** Logs in through the form endpoint, as the login page does; returns the status. */
	public int login(String username, String password) {
		get("/api/session");
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send("POST", "/connexion", BodyPublishers.ofString(form), "application/x-www-form-urlencoded")
			.statusCode();
	}

	public HttpResponse<String> get(String path) {
		return send("GET", path, BodyPublishers.noBody(), null);
	}

	public HttpResponse<String> postJson(String path, Object body) {
		return send("POST", path, BodyPublishers.ofString(JSON.writeValueAsString(body)), "application/json");
	}

	/**
	 * Posts files as {@code multipart/form-data}, in the field {@code fichiers}.
	 * @param path where to
	 * @param files file name → bytes, in order
	 */
	public HttpResponse<String> upload(String path, Map<String, byte[]> files) {
		String boundary = "----metrograph" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		files.forEach((name, bytes) -> {
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichiers\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(bytes);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, BodyPublishers.ofByteArray(body.toByteArray()),
				"multipart/form-data; boundary=" + boundary);
	}

	public HttpResponse<String> delete(String path) {
		return send("DELETE", path, BodyPublishers.noBody(), null);
	}

	public HttpResponse<String> send(String method, String path, BodyPublisher body, String contentType) {
		if (!"GET".equals(method) && this.basic == null && csrfToken() == null) {
			// Like a browser opening the dashboard first: that sets the XSRF-TOKEN
			// cookie.
			send("GET", "/api/session", BodyPublishers.noBody(), null);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body)
			.header("Accept", "application/json");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.basic != null) {
			request.header("Authorization", this.basic);
		}
		String token = csrfToken();
		if (this.sendCsrf && token != null && !"GET".equals(method)) {
			request.header("X-XSRF-TOKEN", token);
		}
		try {
			return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The current value of the XSRF-TOKEN cookie, or null. */
	public String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> "XSRF-TOKEN".equals(c.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Parses a JSON body. */
	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** A JSON body as a map. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

}
