package fr.metrograph.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import fr.metrograph.curation.CurationService;
import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.ingest.IngestProperties;
import fr.metrograph.ingest.IngestReport;
import fr.metrograph.ingest.IngestService;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.resolve.Correction;
import fr.metrograph.security.Accounts.Author;

/**
 * Stores uploaded files and loads them in the background, one at a time and never while a
 * correction is being applied (both go through the curation lock). Every file of a
 * request is checked before any is stored ({@link UploadChecks}); a refusal stores
 * nothing. Each upload and retraction is recorded in the curation journal with its
 * author.
 */
@Service
public class UploadService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UploadService.class);

	private static final int KEPT_JOBS = 200;

	private final UploadProperties properties;

	private final IngestProperties ingestProperties;

	private final IngestService ingest;

	private final CurationService curation;

	private final UploadChecks checks;

	private final Driver driver;

	private final CypherQueries queries;

	private final ExecutorService loader = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "metrograph-upload");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, UploadJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, UploadJob> eldest) {
			return size() > KEPT_JOBS;
		}
	};

	UploadService(UploadProperties properties, IngestProperties ingestProperties, IngestService ingest,
			CurationService curation, Driver driver, CypherQueries queries) {
		this.properties = properties;
		this.ingestProperties = ingestProperties;
		this.ingest = ingest;
		this.curation = curation;
		this.driver = driver;
		this.queries = queries;
		this.checks = new UploadChecks(properties.directory(), ingestProperties.maxFileSize().toBytes(),
				properties.maxFiles(), this::loadedWithHash);
		Path input = ingestProperties.inputDir().toAbsolutePath().normalize();
		if (!properties.directory().toAbsolutePath().normalize().startsWith(input)) {
			throw new IllegalStateException("app.upload.directory (" + properties.directory()
					+ ") must be app.ingest.input-dir (" + ingestProperties.inputDir()
					+ ") or inside it, so that a restart reloads the uploaded documents.");
		}
		List.of("upload/find_by_file_hash", "upload/document_file").forEach(queries::get);
	}

	/**
	 * Checks every file, stores them all, and queues their load.
	 * @param files name and bytes of each file
	 * @param replace whether a file may replace one of the same name (a new version)
	 * @param author who uploads
	 * @return one job per file, in the order given
	 */
	public List<UploadJob.View> upload(List<UploadChecks.Upload> files, boolean replace, Author author) {
		List<Path> targets = this.checks.check(files, replace);
		String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		List<UploadJob> created = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			UploadChecks.Upload file = files.get(i);
			Path target = targets.get(i);
			store(file.bytes(), target);
			String stored = storedPath(target);
			String hash = DocumentReader.sha256(file.bytes());
			String id = at.replaceAll("[^0-9]", "").substring(0, 14) + "-upload-" + hash.substring(0, 12);
			this.curation.journal(new Correction(id, Correction.Action.UPLOAD.code(), author.username(), author.name(),
					at, null, null, null, null, null, null, stored, null, null, file.bytes().length + " octets", null,
					null, null, null, null, null));
			UploadJob job = new UploadJob(id, file.name(), stored, author.name(), at);
			synchronized (this.jobs) {
				this.jobs.put(id, job);
			}
			created.add(job);
			log.info("{} uploaded {} ({} bytes)", author.username(), stored, file.bytes().length);
		}
		for (UploadJob job : created) {
			this.loader.submit(() -> load(job, Path.of(job.path())));
		}
		return created.stream().map(UploadJob::view).toList();
	}

	/** One job's progress. */
	public UploadJob.View job(String id) {
		synchronized (this.jobs) {
			UploadJob job = this.jobs.get(id);
			if (job == null) {
				throw new EntityNotFoundException("dépôt", id);
			}
			return job.view();
		}
	}

	/** The recent uploads of this run, newest first. */
	public List<UploadJob.View> jobs() {
		synchronized (this.jobs) {
			List<UploadJob.View> views = new ArrayList<>(this.jobs.values().stream().map(UploadJob::view).toList());
			java.util.Collections.reverse(views);
			return views;
		}
	}

	/**
	 * Retracts the file a document was loaded from, and moves the file out of the input
	 * folder so that a restart does not load it again.
	 * @return the file's stored path, how many documents were removed, where it went
	 */
	public Map<String, Object> retract(String documentId, Author author) {
		Record row = read("upload/document_file", Map.of("id", documentId)).stream()
			.findFirst()
			.orElseThrow(() -> new EntityNotFoundException("document", documentId));
		String path = row.get("path").asString();
		int removed = this.curation.exclusive(() -> this.ingest.retract(path));
		String movedTo = moveAside(Path.of(path));
		String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		this.curation.journal(
				new Correction(at.replaceAll("[^0-9]", "").substring(0, 14) + "-retract-" + documentId.toLowerCase(),
						Correction.Action.RETRACT.code(), author.username(), author.name(), at, null, null, null, null,
						null, null, path, null, null, movedTo, null, null, null, null, null, null));
		log.info("{} retracted {} ({} document(s))", author.username(), path, removed);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("fichier", path);
		result.put("documentsRetires", removed);
		result.put("deplaceVers", movedTo);
		return result;
	}

	private void load(UploadJob job, Path file) {
		try {
			IngestReport report = this.curation
				.exclusive(() -> this.ingest.ingest(List.of(file), job::outcome, (path, stage) -> job
					.reached((stage == IngestService.Stage.READ) ? UploadJob.State.LU : UploadJob.State.EXTRAIT)));
			job.finished(report.summary());
		}
		catch (RuntimeException ex) {
			log.warn("Upload {} failed to load", file, ex);
			job.failed("Erreur pendant le chargement : " + ex.getMessage());
		}
	}

	private String moveAside(Path file) {
		Path input = this.ingestProperties.inputDir().toAbsolutePath().normalize();
		if (!Files.isRegularFile(file) || !file.toAbsolutePath().normalize().startsWith(input)) {
			return null;
		}
		try {
			Files.createDirectories(this.properties.retractedDirectory());
			Path target = this.properties.retractedDirectory()
				.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName());
			Files.move(file, target);
			return storedPath(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + file + " out of the input folder", ex);
		}
	}

	private static void store(byte[] bytes, Path target) {
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".depot-", ".tmp");
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the uploaded file " + target, ex);
		}
	}

	/** The path as ingest stores it: relative to the working directory when under it. */
	private static String storedPath(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString().replace('\\', '/');
	}

	private List<String> loadedWithHash(String hash) {
		return read("upload/find_by_file_hash", Map.of("hash", hash)).stream()
			.map((r) -> "« " + r.get("title").asString("sans titre") + " » (" + r.get("path").asString() + ")")
			.toList();
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.queries.get(query), parameters).list());
		}
	}

	@Override
	public void destroy() {
		this.loader.shutdownNow();
	}

}
