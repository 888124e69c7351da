package fr.metrograph.copresence;

import java.time.Duration;
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
 * Heavy metrics of a network above {@code app.copresence.background-edges} (here every
 * network) are computed by a background job: the request answers 202 with the job, the
 * job is polled to the end, and the same request then answers 200 from the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false", "app.copresence.background-edges=0" })
class CopresenceJobsIT {

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
	}

	@Test
	@SuppressWarnings("unchecked")
	void aHeavyMetricIsAJobToPollThenTheSameRequestAnswers() throws InterruptedException {
		String uri = "/api/copresence/people?from=2022&to=2022&metrics=betweenness,community";
		ResponseEntity<Map> accepted = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(accepted.getStatusCode().value()).isEqualTo(202);
		String location = accepted.getHeaders().getLocation().toString();
		assertThat(accepted.getBody()).containsEntry("result", uri)
			.containsEntry("metrics", List.of("betweenness", "community"));
		Map<String, Object> job = accepted.getBody();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!"done".equals(job.get("state")) && System.nanoTime() < deadline) {
			assertThat(job.get("state")).isIn("waiting", "running");
			Thread.sleep(50);
			job = this.http.get().uri(location).retrieve().body(Map.class);
		}
		assertThat(job).containsEntry("status", "terminé").containsEntry("progress", 1.0);
		ResponseEntity<Map> ready = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(ready.getStatusCode().value()).isEqualTo(200);
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) ready.getBody().get("nodes");
		assertThat(nodes).hasSize(19).allSatisfy((node) -> assertThat(node).containsKeys("betweenness", "community"));
		assertThat(ready.getBody()).containsKey("modularity");
		// An export that needs a heavy metric waits for it the same way.
		String export = "/api/export/csv?network=people&from=2022&to=2022&metrics=eigenvector";
		ResponseEntity<Map> exportJob = this.http.get().uri(export).retrieve().toEntity(Map.class);
		assertThat(exportJob.getStatusCode().value()).isEqualTo(202);
		String exportLocation = exportJob.getHeaders().getLocation().toString();
		long exportDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!"done".equals(this.http.get().uri(exportLocation).retrieve().body(Map.class).get("state"))
				&& System.nanoTime() < exportDeadline) {
			Thread.sleep(50);
		}
		ResponseEntity<byte[]> zip = this.http.get().uri(export).retrieve().toEntity(byte[].class);
		assertThat(zip.getStatusCode().value()).isEqualTo(200);
		assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
		// Light metrics never wait.
		assertThat(this.http.get()
			.uri("/api/copresence/people?from=2023&to=2025&metrics=degree")
			.retrieve()
			.toEntity(Map.class)
			.getStatusCode()
			.value()).isEqualTo(200);
	}

}
