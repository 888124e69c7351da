package fr.metrograph.security;

import java.net.http.HttpResponse;
import java.util.Map;

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
 * Who may write, with two configured accounts: every write needs a login and the right
 * role, sessions need the CSRF token, Basic clients do not, researchers' queries stay
 * open, and every refusal is a French problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false" })
class SecurityIT {

	static final String PASSWORD = "mot-de-passe-de-test";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
		registry.add("app.security.users[0].username", () -> "claire");
		registry.add("app.security.users[0].password", () -> hash);
		registry.add("app.security.users[0].roles[0]", () -> "coordinateur");
		registry.add("app.security.users[0].name", () -> "Claire Coordinatrice");
		registry.add("app.security.users[1].username", () -> "alex");
		registry.add("app.security.users[1].password", () -> "{bcrypt}" + hash);
		registry.add("app.security.users[1].roles[0]", () -> "admin");
	}

	@LocalServerPort
	int port;

	@Test
	void aWriteWithoutLoginIsRefusedWith401AsAFrenchProblemDetail() {
		HttpResponse<String> response = new TestSession(this.port).postJson("/api/documents", Map.of());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		Map<String, Object> problem = TestSession.map(response);
		assertThat(problem).containsEntry("type", "https://metrograph.fr/problemes/connexion-requise")
			.containsEntry("title", "Connexion requise")
			.containsEntry("status", 401);
		assertThat((String) problem.get("detail")).contains("Connectez-vous");
	}

	@Test
	void readsAndResearchQueriesStayOpenWithoutLoginOrToken() {
		TestSession anonymous = new TestSession(this.port).withoutCsrf();
		assertThat(anonymous.get("/api/documents").statusCode()).isEqualTo(200);
		HttpResponse<String> cypher = anonymous.postJson("/api/cypher", Map.of("query", "RETURN 1 AS un"));
		assertThat(cypher.statusCode()).isEqualTo(200);
		assertThat(cypher.body()).contains("\"un\"");
	}

	@Test
	void researchQueriesStayReadOnlyForAnAdministrator() {
		HttpResponse<String> write = new TestSession(this.port).basic("alex", PASSWORD)
			.postJson("/api/cypher", Map.of("query", "CREATE (n:Intrus) RETURN n"));
		assertThat(write.statusCode()).isEqualTo(400);
		assertThat(TestSession.map(write)).containsEntry("type", "https://metrograph.fr/problemes/requete-refusee");
	}

	@Test
	void aLoggedInSessionMustSendTheCsrfTokenOnWrites() {
		TestSession session = new TestSession(this.port);
		assertThat(session.login("claire", PASSWORD)).isEqualTo(200);
		assertThat(session.csrfToken()).isNotBlank();
		HttpResponse<String> withToken = session.postJson("/api/documents", Map.of());
		// Past security: no write endpoint there, so MVC answers 405.
		assertThat(withToken.statusCode()).isEqualTo(405);
		HttpResponse<String> withoutToken = session.withoutCsrf().postJson("/api/documents", Map.of());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(TestSession.map(withoutToken)).containsEntry("type", "https://metrograph.fr/problemes/jeton-csrf");
	}

	@Test
	void theSessionEndpointSaysWhoIsLoggedInWithTheirRoles() {
		TestSession session = new TestSession(this.port);
		assertThat(TestSession.map(session.get("/api/session"))).containsEntry("connecte", false)
			.containsEntry("ecrituresActivees", true);
		session.login("alex", PASSWORD);
		Map<String, Object> me = TestSession.map(session.get("/api/session"));
		assertThat(me).containsEntry("connecte", true).containsEntry("utilisateur", "alex");
		assertThat(me.get("roles")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly("admin", "coordinateur");
		assertThat(session.send("POST", "/deconnexion", java.net.http.HttpRequest.BodyPublishers.noBody(), null)
			.statusCode()).isEqualTo(200);
		assertThat(TestSession.map(session.get("/api/session"))).containsEntry("connecte", false);
	}

	@Test
	void aWrongPasswordIsRefusedInFrench() {
		TestSession session = new TestSession(this.port);
		assertThat(session.login("claire", "pas-le-bon")).isEqualTo(401);
		HttpResponse<String> basic = new TestSession(this.port).basic("claire", "pas-le-bon")
			.postJson("/api/documents", Map.of());
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(TestSession.map(basic)).containsEntry("type",
				"https://metrograph.fr/problemes/identifiants-refuses");
	}

	@Test
	void basicClientsNeedNoCsrfTokenAndRetractionNeedsAnAdministrator() {
		TestSession coordinator = new TestSession(this.port).basic("claire", PASSWORD);
		assertThat(coordinator.postJson("/api/documents", Map.of()).statusCode()).isEqualTo(405);
		HttpResponse<String> retract = coordinator.delete("/api/documents/inconnu");
		assertThat(retract.statusCode()).isEqualTo(403);
		assertThat(TestSession.map(retract)).containsEntry("type", "https://metrograph.fr/problemes/acces-refuse");
		assertThat(coordinator.get("/api/admin/users").statusCode()).isEqualTo(403);
		TestSession admin = new TestSession(this.port).basic("alex", PASSWORD);
		assertThat(admin.get("/api/admin/users").body()).contains("Claire Coordinatrice").doesNotContain("$2a$");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		TestSession anonymous = new TestSession(this.port);
		for (String path : new String[] { "/", "/requetes.html", "/connexion.html", "/api/documents", "/api/nope" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.doesNotContain("unsafe-eval")
			.contains("frame-ancestors 'none'");
	}

	@Test
	void theLoginRedirectOnlyGoesToThisSite() {
		assertThat(SecurityConfiguration.safeTarget("/#/personnes")).isEqualTo("/#/personnes");
		assertThat(SecurityConfiguration.safeTarget("//evil.example/")).isEqualTo("/");
		assertThat(SecurityConfiguration.safeTarget("https://evil.example/")).isEqualTo("/");
		assertThat(SecurityConfiguration.safeTarget(null)).isEqualTo("/");
	}

}
