package fr.metrograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.reference.ReferenceData;

/**
 * Loads the reference lists once, at start-up; a missing or broken list stops the service
 * with the file's name, since nothing can be resolved without it.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	ReferenceSet referenceSet(IngestProperties properties) {
		Path dir = properties.referenceDir();
		try {
			ReferenceData data = ReferenceData.load(dir);
			StringBuilder material = new StringBuilder();
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).sorted().toList()) {
					material.append(DocumentReader.sha256(Files.readAllBytes(file)));
				}
			}
			return new ReferenceSet(data, DocumentReader.sha256(material.toString().getBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the reference lists in " + dir.toAbsolutePath(), ex);
		}
	}

}
