package fr.metrograph.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.TestNeo4j;
import fr.metrograph.testsupport.TestSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no account configured (the default), every write is off and the answer says how to
 * turn writes on; reads stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false" })
class WritesOffIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	@Test
	void everyWriteIsRefusedAndTheAnswerSaysHowToTurnWritesOn() {
		HttpResponse<String> response = new TestSession(this.port).postJson("/api/documents", Map.of());
		assertThat(response.statusCode()).isEqualTo(401);
		Map<String, Object> problem = TestSession.map(response);
		assertThat(problem).containsEntry("type", "https://metrograph.fr/problemes/ecritures-desactivees");
		assertThat((String) problem.get("detail")).contains("hash-password").contains("app.security.users");
		Map<String, Object> session = TestSession.map(new TestSession(this.port).get("/api/session"));
		assertThat(session).containsEntry("ecrituresActivees", false).containsEntry("lecturesOuvertes", true);
		assertThat((String) session.get("commentActiver")).contains("hash-password");
	}

	@Test
	void readsStayOpen() {
		assertThat(new TestSession(this.port).get("/api/documents").statusCode()).isEqualTo(200);
	}

}
