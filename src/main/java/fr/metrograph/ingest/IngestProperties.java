package fr.metrograph.ingest;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import fr.metrograph.reference.ReferenceFolder;

/**
 * Where documents, reference lists and curation come from, and how they are loaded.
 *
 * @param inputDir the documents loaded at start-up; default {@code data/documents}
 * @param referenceDir the reference lists (metropolises, organisations, given names);
 * default {@code data/reference}, or the lists packaged in the jar when that folder is
 * not there ({@link ReferenceFolder}: a folder that lacks them is refused in French)
 * @param curationFile the reviewed curation file; default {@code data/curation.yml}
 * @param curationFolder the corrections made from the dashboard or the API, one file
 * each; default {@code data/curation}
 * @param maxFileSize files larger than this are rejected; default 20MB
 * @param onStartup whether the service loads new and changed documents of
 * {@code inputDir} when it starts; default true
 * @param retractMissing whether documents loaded from {@code inputDir} whose file is gone
 * are retracted at start-up; default true
 * @param batchSize the most rows (facts) one write transaction holds; a file with more
 * (counting its previous version's) is staged and switched in by bounded transactions,
 * still all or nothing for the service's users; default 10,000
 * @param staleLoadAfter on an external Neo4j shared by several processes, how long a
 * staged load must have been silent before a start-up takes it as interrupted and cleans
 * it up (on the embedded store, which one process owns, every pending load is); default
 * 10 minutes
 */
@Validated
@ConfigurationProperties("app.ingest")
public record IngestProperties(@NotNull @DefaultValue("data/documents") Path inputDir,
		@NotNull @DefaultValue("data/reference") Path referenceDir,
		@NotNull @DefaultValue("data/curation.yml") Path curationFile,
		@NotNull @DefaultValue("data/curation") Path curationFolder,
		@NotNull @DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("true") boolean onStartup,
		@DefaultValue("true") boolean retractMissing, @Min(1) @DefaultValue("10000") int batchSize,
		@NotNull @DefaultValue("10m") Duration staleLoadAfter) {

	public IngestProperties {
		referenceDir = ReferenceFolder.resolve(referenceDir);
	}

}
