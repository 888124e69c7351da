package fr.metrograph.meetings;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.testsupport.Fixtures;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's page data, and meetings an annual summary only counts, on the hand-written
 * fixture ({@code copresence_seeds}, {@code copresence_groups_themes},
 * {@code meetings_counted}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class MeetingsIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void loadFixture() {
		this.http = TestHttp.client(this.port);
		Fixtures.load("copresence_seeds");
		for (String fixture : List.of("copresence_groups_themes", "meetings_counted")) {
			for (String statement : Fixtures.statements(fixture)) {
				TestNeo4j.get().defaultDatabaseService().executeTransactionally(statement);
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aMeetingComesWithItsHostGroupSessionsAttendeesThemesAndSources() {
		Map<String, Object> meeting = get("/api/meetings/rencontre-elus-2022", Map.class);
		assertThat(meeting).containsEntry("title", "Première rencontre des élu·es des Métropoles Participatives")
			.containsEntry("startDate", "2022-05-05")
			.containsEntry("endDate", "2022-05-06")
			.containsEntry("place", "Nantes");
		assertThat((Map<String, Object>) meeting.get("host")).containsEntry("id", "nantes")
			.containsEntry("label", "Metropolis");
		assertThat((Map<String, Object>) meeting.get("group")).containsEntry("id", "elus");
		List<Map<String, Object>> attendees = (List<Map<String, Object>>) meeting.get("attendees");
		assertThat(attendees).hasSize(22);
		assertThat(attendees.stream().filter((a) -> "excused".equals(a.get("status")))).hasSize(3);
		Map<String, Object> papin = attendees.stream()
			.filter((a) -> a.get("id").equals("celine-papin"))
			.findFirst()
			.orElseThrow();
		assertThat(papin).containsEntry("capacity", "participant").containsEntry("source", "doc-elus-2022");
		assertThat((List<Map<String, Object>>) papin.get("bodies")).extracting((b) -> b.get("id"))
			.containsExactly("bordeaux");
		assertThat((List<Map<String, Object>>) meeting.get("sessions")).extracting((s) -> s.get("id"))
			.containsExactly("rencontre-elus-2022-atelier");
		assertThat((List<Map<String, Object>>) meeting.get("sources")).singleElement()
			.satisfies((s) -> assertThat(s).containsEntry("documentId", "doc-elus-2022").containsEntry("lines", "1"));
		Map<String, Object> session = get("/api/meetings/rencontre-elus-2022-atelier", Map.class);
		assertThat((Map<String, Object>) session.get("partOf")).containsEntry("id", "rencontre-elus-2022");
		assertThat((List<Map<String, Object>>) session.get("themes")).extracting((t) -> t.get("name"))
			.containsExactly("Accords cadres");
	}

	@Test
	@SuppressWarnings("unchecked")
	void meetingsASummaryOnlyCountsAreOneRowWithTheirNumberAndPassage() {
		List<Map<String, Object>> meetings = get("/api/meetings?year=2024", List.class);
		List<Map<String, Object>> counted = meetings.stream()
			.filter((m) -> Boolean.TRUE.equals(m.get("counted")))
			.toList();
		assertThat(counted).singleElement().satisfies((m) -> {
			assertThat(m).containsEntry("count", 3)
				.containsEntry("evidence", "3 en distanciel")
				.containsEntry("lines", "98-100")
				.containsEntry("format", "REMOTE")
				.containsEntry("group", "agents");
			assertThat((List<String>) m.get("meetingIds")).containsExactlyInAnyOrder("agents-2024-remote-1",
					"agents-2024-remote-2", "agents-2024-remote-3");
		});
		assertThat(meetings.stream().filter((m) -> Boolean.FALSE.equals(m.get("counted"))).toList())
			.allSatisfy((m) -> assertThat(m).containsEntry("count", 1))
			.hasSize(3);
		// Trends still count each of them.
		List<Map<String, Object>> trends = get("/api/trends/meetings", List.class);
		assertThat(trends.stream().filter((y) -> y.get("year").equals(2024)).findFirst().orElseThrow())
			.containsEntry("remote", 3);
	}

	@Test
	void anUnknownMeetingIsAFrenchNotFound() {
		ResponseEntity<Map> response = this.http.get().uri("/api/meetings/inconnue").retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getBody().get("detail").toString()).contains("réunion", "inconnue");
	}

	private <T> T get(String uri, Class<T> type) {
		ResponseEntity<T> response = this.http.get().uri(uri).retrieve().toEntity(type);
		assertThat(response.getStatusCode().value()).as(uri + " " + response.getBody()).isEqualTo(200);
		return response.getBody();
	}

}
