package fr.metrograph.ingest;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where documents, reference lists and curation come from, and how they are loaded.
 *
 * @param inputDir the documents loaded at start-up; default {@code data/documents}
 * @param referenceDir the reference lists (metropolises, organisations); default
 * {@code data/reference}
 * @param curationFile the reviewed curation file; default {@code data/curation.yml}
 * @param curationFolder the corrections made from the dashboard or the API, one file
 * each; default {@code data/curation}
 * @param maxFileSize files larger than this are rejected; default 20MB
 * @param onStartup whether the service loads new and changed documents of
 * {@code inputDir} when it starts; default true
 * @param retractMissing whether documents loaded from {@code inputDir} whose file is gone
 * are retracted at start-up; default true
 * @param batched whether facts are written with one UNWIND statement per kind (true, the
 * default) or one statement per fact (for the benchmark only)
 */
@Validated
@ConfigurationProperties("app.ingest")
public record IngestProperties(@NotNull @DefaultValue("data/documents") Path inputDir,
		@NotNull @DefaultValue("data/reference") Path referenceDir,
		@NotNull @DefaultValue("data/curation.yml") Path curationFile,
		@NotNull @DefaultValue("data/curation") Path curationFolder,
		@NotNull @DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("true") boolean onStartup,
		@DefaultValue("true") boolean retractMissing, @DefaultValue("true") boolean batched) {

}
