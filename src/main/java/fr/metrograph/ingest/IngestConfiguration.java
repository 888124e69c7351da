package fr.metrograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.LoadGate;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.write.FileLoader;
import fr.metrograph.reference.ReferenceData;

/**
 * Loads the reference lists once, at start-up (a missing or broken list stops the service
 * with the file's name, since nothing can be resolved without it), and makes the file
 * loader.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	/**
	 * The writer of files: on the embedded store this process is the only one using the
	 * database, so any load left pending at start-up was interrupted by a crash.
	 */
	@Bean
	FileLoader fileLoader(Driver driver, CypherQueries queries, GraphVersion version, LoadGate gate,
			IngestProperties properties, ObjectProvider<DatabaseManagementService> embedded) {
		return new FileLoader(driver, queries, version, gate, properties.batchSize(), embedded.getIfAvailable() != null,
				properties.staleLoadAfter());
	}

	/** See {@link NlpPreload}; static, as a bean-factory post-processor must be. */
	@Bean
	static NlpPreload nlpPreload() {
		return new NlpPreload();
	}

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
