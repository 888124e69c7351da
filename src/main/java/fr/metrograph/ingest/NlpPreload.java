package fr.metrograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import fr.metrograph.graph.EmbeddedNeo4jStarter;
import fr.metrograph.ingest.annotate.FrenchNlp;
import fr.metrograph.ingest.sheets.AttendanceSheetParser;

/**
 * On a first start (the embedded store did not exist) that will load the input folder and
 * finds prose in it (any accepted file but a CSV sheet), loads the French NLP models on a
 * thread of their own while Spring and Neo4j start, since that start's load needs them
 * anyway. Any other start loads them lazily, on the first prose segment (a start with the
 * store present and nothing changed never loads them).
 */
final class NlpPreload implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

	private static final Logger log = LoggerFactory.getLogger(NlpPreload.class);

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		EmbeddedNeo4jStarter starter = beanFactory.getBeanProvider(EmbeddedNeo4jStarter.class).getIfAvailable();
		if (starter == null || !starter.freshStore()) {
			return;
		}
		Binder binder = Binder.get(this.environment);
		boolean onStartup = binder.bind("app.ingest.on-startup", Boolean.class).orElse(true);
		Path inputDir = binder.bind("app.ingest.input-dir", Path.class).orElse(Path.of("data/documents"));
		if (onStartup && hasProse(inputDir)) {
			Thread thread = new Thread(() -> {
				try {
					FrenchNlp.shared().load();
				}
				catch (RuntimeException ex) {
					// The first prose segment loads them again, and reports the failure.
					log.warn("French NLP models could not be preloaded", ex);
				}
			}, "nlp-preload");
			thread.setDaemon(true);
			thread.start();
			log.info("Start-up phase: first start with prose in {}, French NLP models loading meanwhile", inputDir);
		}
	}

	static boolean hasProse(Path dir) {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter(fr.metrograph.ingest.read.DocumentReader::accepts)
				.anyMatch((f) -> !AttendanceSheetParser.isSheet(f.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
