package fr.metrograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.metrograph.graph.GraphVersion;
import fr.metrograph.ingest.resolve.Curation;
import fr.metrograph.ingest.resolve.PersonDirectory;

/**
 * What a curation change does at once (no restart): reloads the files it cites through
 * the whole pipeline with the current curation, in ONE write transaction that bumps the
 * graph version. People are resolved against the graph without what these files
 * contributed, so that undoing a merge really separates the people again. A file that is
 * gone is retracted; one that cannot be read any more fails the whole reload, which then
 * changes nothing. One transaction whatever the files' size: corrections touch the few
 * files they cite.
 */
final class CurationReload {

	private static final Logger log = LoggerFactory.getLogger(CurationReload.class);

	private final Driver driver;

	private final IngestReads reads;

	private final FilePreparation preparation;

	private final FileCommits commits;

	private final GraphVersion version;

	CurationReload(Driver driver, IngestReads reads, FilePreparation preparation, FileCommits commits,
			GraphVersion version) {
		this.driver = driver;
		this.reads = reads;
		this.preparation = preparation;
		this.commits = commits;
		this.version = version;
	}

	/**
	 * @param curation the curation in force
	 * @param storedPaths the files' paths as stored on their documents
	 * @param reason recorded with the graph version
	 * @return one outcome per document
	 */
	IngestReport reload(Curation curation, Collection<String> storedPaths, String reason) {
		Instant start = Instant.now();
		this.commits.syncReference(curation);
		long[] before = this.reads.countGraph();
		List<String> paths = storedPaths.stream().distinct().sorted().toList();
		PersonDirectory directory = this.preparation.directory(curation, paths);
		List<PreparedFile> prepared = new ArrayList<>();
		List<String> gone = new ArrayList<>();
		for (String path : paths) {
			Path file = Path.of(path);
			if (!Files.isRegularFile(file)) {
				gone.add(path);
				continue;
			}
			prepared.add(this.preparation.prepare(this.preparation.read(file), curation, directory));
		}
		int[] retracted = { 0 };
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				for (String path : gone) {
					retracted[0] += this.commits.retractIn(tx, path);
				}
				for (PreparedFile file : prepared) {
					this.commits.replaceIn(tx, file);
				}
				this.commits.markMetropolises(tx, curation);
				this.version.bump(tx, reason);
			});
		}
		List<DocumentOutcome> outcomes = new ArrayList<>();
		prepared.forEach((file) -> outcomes.addAll(file.outcomes()));
		long[] after = this.reads.countGraph();
		IngestReport report = new IngestReport(outcomes, retracted[0], before[0], before[1], after[0], after[1],
				Duration.between(start, Instant.now()), List.of());
		log.info("Reloaded {} file(s) for {}: {}", paths.size(), reason, report.summary());
		return report;
	}

}
