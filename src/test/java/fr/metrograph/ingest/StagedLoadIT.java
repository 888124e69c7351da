package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.ingest.bench.SheetGenerator;
import fr.metrograph.ingest.write.FileLoader;
import fr.metrograph.ingest.write.LoadFaults;
import fr.metrograph.ingest.write.LoadFaults.Stage;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.counts;
import static fr.metrograph.testsupport.GraphQueries.rows;
import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sheet larger than one transaction (here 300 rows) is staged, then switched in by
 * bounded transactions (written in them at once when nothing of the file is stored), and
 * stays all or nothing for the service's users, even when the process dies in the middle
 * (simulated by an {@link Error} thrown from the loader's fault hook, which skips every
 * clean-up as a kill would).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false", "app.ingest.batch-size=300", "app.ingest.stale-load-after=0s",
				"app.graph.switch-wait=1s" })
class StagedLoadIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	/** What a killed process looks like from the inside: nothing catches it. */
	static final class SimulatedCrash extends Error {

		SimulatedCrash(Stage stage, int batch) {
			super("simulated crash after " + stage + " batch " + batch);
		}

	}

	@Autowired
	IngestService ingest;

	@Autowired
	FileLoader loader;

	@Autowired
	StartupIngest startup;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Autowired
	fr.metrograph.cypher.CypherQueries queries;

	@Autowired
	IngestProperties properties;

	@Autowired
	ReferenceSet reference;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	Path sheet;

	@BeforeEach
	void previousVersion() throws IOException {
		TestNeo4j.clear();
		this.sheet = this.dir.resolve("presences.csv");
		new SheetGenerator(1).write(this.sheet, 30, 3);
		load();
		assertThat((long) value("MATCH (d:Document) RETURN d.facts")).as("the previous version fits in one transaction")
			.isLessThanOrEqualTo(this.loader.batchSize());
	}

	@AfterEach
	void noFaults() {
		this.loader.setFaults(LoadFaults.NONE);
		this.ingest.recoverInterruptedLoads();
	}

	@Test
	void aSheetLargerThanOneTransactionLoadsWholeAndLeavesNothingStaged() throws IOException {
		long version = value("MATCH (s:GraphState) RETURN s.version");
		int[] staged = new int[1];
		this.loader.setFaults((stage, batch) -> staged[0] += (stage == Stage.STAGED) ? 1 : 0);
		SheetGenerator.Sheet bigger = new SheetGenerator(2).write(this.sheet, 400, 60);
		IngestReport report = load();
		assertThat(report.count(DocumentOutcome.Status.LOADED)).isEqualTo(1);
		assertThat(staged[0]).isGreaterThan(1);
		assertThat(attendance()).hasSize(bigger.rows());
		assertThat((long) value("MATCH (p:Person) RETURN count(p)")).isEqualTo(bigger.people());
		assertThat((long) value("MATCH (d:Document) RETURN d.facts")).isGreaterThan(2L * this.loader.batchSize());
		assertThat((long) value("MATCH (s:GraphState) RETURN s.version")).isEqualTo(version + 1);
		assertNothingPending();
	}

	@Test
	void aLoadKilledWhileStagingShowsNothingKeepsThePreviousVersionAndIsCleanedUpAtTheNextStart() throws IOException {
		Snapshot before = snapshot();
		new SheetGenerator(2).write(this.sheet, 400, 60);
		this.loader.setFaults(crashAt(Stage.STAGED, 2));
		assertThatThrownBy(this::load).isInstanceOf(SimulatedCrash.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat((long) value("MATCH (b:PendingBatch) RETURN count(b)")).isEqualTo(3);
		assertThat(get("/api/documents").getStatusCode().value()).isEqualTo(200);

		this.loader.setFaults(LoadFaults.NONE);
		List<String> recovered = this.ingest.recoverInterruptedLoads();
		assertThat(recovered).singleElement()
			.asString()
			.contains(this.sheet.toString())
			.contains("avant son activation");
		assertThat(snapshot()).isEqualTo(before);
		assertNothingPending();
	}

	@Test
	void theNextStartCleansUpAKilledLoadAndSaysSoInItsHealthSummary() throws Exception {
		Snapshot before = snapshot();
		new SheetGenerator(2).write(this.sheet, 400, 60);
		this.loader.setFaults(crashAt(Stage.STAGED, 1));
		assertThatThrownBy(this::load).isInstanceOf(SimulatedCrash.class);
		assertThat((long) value("MATCH (b:PendingBatch) RETURN count(b)")).isEqualTo(2);
		this.loader.setFaults(LoadFaults.NONE);

		// What a start runs once the schema is applied (the start-up load is off here).
		this.startup.run(new org.springframework.boot.DefaultApplicationArguments());

		assertThat(snapshot()).isEqualTo(before);
		assertNothingPending();
		ResponseEntity<String> health = get("/actuator/health");
		assertThat(health.getStatusCode().value()).isEqualTo(200);
		assertThat(health.getBody()).contains(this.sheet.getFileName().toString()).contains("avant son activation");
	}

	@Test
	void aLoadKilledWhileSwitchingHoldsTheServiceAndIsFinishedAtTheNextStart() throws IOException {
		Snapshot before = snapshot();
		SheetGenerator.Sheet bigger = new SheetGenerator(2).write(this.sheet, 400, 60);
		this.loader.setFaults(crashAt(Stage.SWITCHED, 1));
		assertThatThrownBy(this::load).isInstanceOf(SimulatedCrash.class);

		// Half-switched: the service answers neither version, it asks to retry.
		assertThat((String) value("MATCH (s:GraphState) RETURN s.switching")).isNotNull();
		ResponseEntity<String> held = get("/api/documents");
		assertThat(held.getStatusCode().value()).isEqualTo(503);
		assertThat(held.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(held.getBody()).contains("en cours d'activation");

		this.loader.setFaults(LoadFaults.NONE);
		assertThat(this.ingest.recoverInterruptedLoads()).singleElement()
			.asString()
			.contains("terminé au démarrage suivant");
		assertThat(attendance()).hasSize(bigger.rows());
		assertThat(rows("MATCH ()-[a:ATTENDED]->() RETURN DISTINCT a.source AS source")).hasSize(1)
			.doesNotContain(Map.of("source", before.documentId()));
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
		assertThat((long) value("MATCH (s:GraphState) RETURN s.version")).isEqualTo(before.version() + 1);
		assertThat(get("/api/documents").getStatusCode().value()).isEqualTo(200);
		assertNothingPending();
	}

	@Test
	void aFirstLoadIsWrittenInBoundedTransactionsWithoutStaging() throws IOException {
		Snapshot before = snapshot();
		Path first = this.dir.resolve("premiere.csv");
		SheetGenerator.Sheet sheet = new SheetGenerator(2).write(first, 400, 60);
		int[] staged = new int[1];
		int[] written = new int[1];
		this.loader.setFaults((stage, batch) -> {
			staged[0] += (stage == Stage.STAGED) ? 1 : 0;
			written[0] += (stage == Stage.SWITCHED) ? 1 : 0;
		});
		IngestReport report = this.ingest.ingest(List.of(first), (o) -> {
		});
		assertThat(report.count(DocumentOutcome.Status.LOADED)).as("%s", report.outcomes()).isEqualTo(1);
		assertThat(staged[0]).isZero();
		assertThat(written[0]).isGreaterThan(2);
		assertThat(attendance()).hasSize(before.attendance().size() + sheet.rows()).containsAll(before.attendance());
		assertThat((long) value("MATCH (s:GraphState) RETURN s.version")).isEqualTo(before.version() + 1);
		assertNothingPending();
	}

	@Test
	void aFirstLoadKilledMidwayHoldsTheServiceAndIsUndoneAtTheNextStart() throws IOException {
		Snapshot before = snapshot();
		Path first = this.dir.resolve("premiere.csv");
		new SheetGenerator(2).write(first, 400, 60);
		this.loader.setFaults(crashAt(Stage.SWITCHED, 1));
		assertThatThrownBy(() -> this.ingest.ingest(List.of(first), (o) -> {
		})).isInstanceOf(SimulatedCrash.class);

		assertThat(attendance()).hasSizeGreaterThan(before.attendance().size());
		assertThat(get("/api/documents").getStatusCode().value()).isEqualTo(503);

		this.loader.setFaults(LoadFaults.NONE);
		assertThat(this.ingest.recoverInterruptedLoads()).singleElement()
			.asString()
			.contains(first.toString())
			.contains("interrompu pendant son écriture");
		Snapshot after = snapshot();
		assertThat(after.counts()).isEqualTo(before.counts());
		assertThat(after.attendance()).isEqualTo(before.attendance());
		assertThat(after.documentId()).isEqualTo(before.documentId());
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(get("/api/documents").getStatusCode().value()).isEqualTo(200);
		assertNothingPending();
	}

	@Test
	void aLargeFileIsRetractedInBoundedTransactions() throws IOException {
		new SheetGenerator(2).write(this.sheet, 400, 60);
		load();
		this.ingest.ingest(List.of(), (o) -> {
		});
		assertThat(this.ingest.retract(this.sheet.toAbsolutePath().toString())).isEqualTo(1);
		assertThat(attendance()).isEmpty();
		assertThat((long) value("MATCH (p:Person) RETURN count(p)")).isZero();
		assertThat((long) value("MATCH (m:Meeting) RETURN count(m)")).isZero();
		assertNothingPending();
	}

	@Test
	void aSmallFileIsToldStoredInItsOwnTransactionNotByTheCallersEarlierRead() {
		// As if another process had stored the file after this one read it: the caller
		// says "nothing stored", the write transaction finds the documents and retracts
		// them (a first load skips the retraction only when that read finds none).
		String path = value("MATCH (d:Document) RETURN d.path");
		FileLoader.Result result = this.loader.replace(path, List.of(), new FileLoader.Stored(0, 0),
				fr.metrograph.ingest.write.FileHooks.NONE);
		assertThat(result.replaced()).isEqualTo(1);
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isZero();
		assertThat(attendance()).isEmpty();
	}

	@Test
	void aLargeFileTheCallerTookForAFirstLoadIsStagedWhenItsClaimFindsItStored() throws IOException {
		// As if another process had stored the file after this one read it: the commit
		// point finds its documents, lets the slot go and stages the load, whose switch
		// then replaces them (written directly, they would stay beside the new version).
		SheetGenerator.Sheet bigger = new SheetGenerator(2).write(this.sheet, 400, 60);
		FilePreparation preparation = new FilePreparation(this.driver, this.queries,
				new IngestReads(this.driver, this.queries), this.properties, this.reference);
		fr.metrograph.ingest.resolve.Curation curation = this.ingest.curation();
		fr.metrograph.ingest.read.SourceText source = preparation.read(this.sheet);
		PreparedFile prepared = preparation.prepare(source, preparation.fingerprint(source, curation), curation,
				preparation.directory(curation, List.of()));
		int[] staged = new int[1];
		this.loader.setFaults((stage, batch) -> staged[0] += (stage == Stage.STAGED) ? 1 : 0);

		FileLoader.Result result = this.loader.replace(source.path(), prepared.plans(), new FileLoader.Stored(0, 0),
				fr.metrograph.ingest.write.FileHooks.NONE);

		assertThat(result.staged()).isTrue();
		assertThat(staged[0]).isGreaterThan(1);
		assertThat(result.replaced()).isEqualTo(1);
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isOne();
		assertThat(attendance()).hasSize(bigger.rows());
		assertNothingPending();
	}

	/** The graph's content as the service shows it. */
	record Snapshot(long[] counts, List<String> attendance, long version, String documentId) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Snapshot s && java.util.Arrays.equals(this.counts, s.counts)
					&& this.attendance.equals(s.attendance) && this.version == s.version
					&& this.documentId.equals(s.documentId);
		}

		@Override
		public int hashCode() {
			return this.attendance.hashCode();
		}

	}

	private Snapshot snapshot() {
		return new Snapshot(counts(), attendance(), value("MATCH (s:GraphState) RETURN s.version"),
				value("MATCH (d:Document) RETURN d.id"));
	}

	private static List<String> attendance() {
		return rows("MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) "
				+ "RETURN p.id + ' @ ' + m.id + ' ' + a.status + ' ' + a.source AS r ORDER BY r")
			.stream()
			.map((row) -> (String) row.get("r"))
			.toList();
	}

	private static void assertNothingPending() {
		assertThat((long) value("MATCH (n) WHERE n:PendingLoad OR n:PendingBatch RETURN count(n)")).isZero();
		assertThat((Object) value("MATCH (s:GraphState) RETURN s.switching")).isNull();
	}

	private static LoadFaults crashAt(Stage at, int batch) {
		return (stage, reached) -> {
			if (stage == at && reached == batch) {
				throw new SimulatedCrash(stage, reached);
			}
		};
	}

	private IngestReport load() {
		IngestReport report = this.ingest.ingest(List.of(this.sheet), (o) -> {
		});
		assertThat(report.hasFailures()).as("%s", report.outcomes()).isFalse();
		return report;
	}

	private ResponseEntity<String> get(String path) {
		return TestHttp.client(this.port).get().uri(path).retrieve().toEntity(String.class);
	}

}
