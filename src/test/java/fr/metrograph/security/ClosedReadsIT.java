package fr.metrograph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.TestNeo4j;
import fr.metrograph.testsupport.TestSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code app.security.reads-open=false}, reading needs a login too: the API answers
 * 401, pages redirect to the login form, which stays reachable with its assets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false", "app.security.reads-open=false" })
class ClosedReadsIT {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		String hash = new BCryptPasswordEncoder(4).encode("lecteur-de-test");
		registry.add("app.security.users[0].username", () -> "lea");
		registry.add("app.security.users[0].password", () -> hash);
		registry.add("app.security.users[0].roles[0]", () -> "coordinateur");
	}

	@LocalServerPort
	int port;

	@Test
	void theApiNeedsALoginAndPagesRedirectToTheLoginForm() throws Exception {
		assertThat(new TestSession(this.port).get("/api/documents").statusCode()).isEqualTo(401);
		assertThat(
				new TestSession(this.port).postJson("/api/cypher", java.util.Map.of("query", "RETURN 1")).statusCode())
			.isEqualTo(401);
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/requetes.html"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).contains("/connexion.html?continuer=%2Frequetes.html"));
		assertThat(new TestSession(this.port).get("/connexion.html").statusCode()).isEqualTo(200);
		assertThat(new TestSession(this.port).get("/actuator/health").statusCode()).isIn(200, 503);
	}

	@Test
	void aLoggedInUserReads() {
		TestSession session = new TestSession(this.port);
		assertThat(session.login("lea", "lecteur-de-test")).isEqualTo(200);
		assertThat(session.get("/api/documents").statusCode()).isEqualTo(200);
	}

}
