package fr.metrograph.upload;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where uploaded documents go.
 *
 * @param directory the folder uploaded files are stored in; default
 * {@code data/documents} (the input folder, so that a restart reloads them); must be the
 * input folder or inside it
 * @param maxFiles most files in one request; default 20
 * @param retractedDirectory where a retracted uploaded file is moved (out of the input
 * folder, so it is not loaded again); default {@code data/retires}
 */
@Validated
@ConfigurationProperties("app.upload")
public record UploadProperties(@NotNull @DefaultValue("data/documents") Path directory,
		@Min(1) @DefaultValue("20") int maxFiles, @NotNull @DefaultValue("data/retires") Path retractedDirectory) {

}
