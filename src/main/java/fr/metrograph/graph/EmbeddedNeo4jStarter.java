package fr.metrograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the application context's
 * configuration is read (a bean-factory post-processor runs before any bean is made), so
 * that its start (seconds: store recovery, indexes, Bolt) overlaps the rest of Spring's
 * start-up instead of following it; the {@link DatabaseManagementService} bean then waits
 * for it. The service starts it earlier still ({@link EarlyNeo4jStart}); the starter then
 * adopts that start. Whether the store existed before this start is kept
 * ({@link #freshStore()}): other start-up work may depend on it.
 */
public final class EmbeddedNeo4jStarter implements BeanFactoryPostProcessor, EnvironmentAware, Ordered, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jStarter.class);

	private final Function<EmbeddedNeo4jProperties, DatabaseManagementService> start;

	private Environment environment;

	private volatile Launch launch;

	private volatile DatabaseManagementService restarted;

	EmbeddedNeo4jStarter(Function<EmbeddedNeo4jProperties, DatabaseManagementService> start) {
		this.start = start;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		this.launch = beanFactory.containsSingleton(EarlyNeo4jStart.BEAN_NAME)
				? beanFactory.getBean(EarlyNeo4jStart.BEAN_NAME, EarlyNeo4jStart.class).adopt()
				: Launch.begin(this.start, this.environment);
	}

	/**
	 * A start of the embedded database on a thread of its own: the settings it was bound
	 * with, whether the store was new, the database once it accepts transactions, and the
	 * end of the first start's schema step (true when it applied the schema).
	 */
	record Launch(EmbeddedNeo4jProperties properties, boolean fresh,
			CompletableFuture<DatabaseManagementService> started, CompletableFuture<Boolean> schema) {

		/**
		 * Binds the settings, then starts the database on a thread of its own, applies
		 * the schema there when the store is new ({@link FreshStoreSchema}) and warms
		 * Cypher up (see {@link EmbeddedNeo4jStarter#warmUp}).
		 */
		static Launch begin(Function<EmbeddedNeo4jProperties, DatabaseManagementService> start,
				Environment environment) {
			EmbeddedNeo4jProperties properties = Binder.get(environment)
				.bindOrCreate("app.neo4j.embedded", EmbeddedNeo4jProperties.class);
			String cypher = Binder.get(environment)
				.bind("app.cypher.location", String.class)
				.orElse("classpath:cypher/");
			boolean fresh = !Files.exists(properties.directory());
			CompletableFuture<DatabaseManagementService> future = new CompletableFuture<>();
			CompletableFuture<Boolean> schema = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					DatabaseManagementService dbms = start.apply(properties);
					future.complete(dbms);
					GraphDatabaseService database = fresh ? defaultDatabase(dbms) : null;
					schema.complete(database != null && FreshStoreSchema.apply(database, cypher));
					warmUp(dbms);
				}
				catch (Throwable ex) {
					future.completeExceptionally(ex);
				}
				finally {
					schema.complete(false);
				}
			}, "neo4j-start");
			thread.setDaemon(true);
			thread.start();
			return new Launch(properties, fresh, future, schema);
		}

	}

	/**
	 * The read-only queries a start where nothing changed sends first, in that order (the
	 * schema's version, the interrupted loads, the reference lists' hash, the graph's
	 * counts, an unchanged file's fingerprint), with parameters of the types the service
	 * sends: planned here they are in Neo4j's query cache (one per database, whatever the
	 * client) when the service sends them over Bolt.
	 */
	private static final Map<String, Map<String, Object>> WARM_UP = warmUpQueries();

	private static Map<String, Map<String, Object>> warmUpQueries() {
		Map<String, Map<String, Object>> queries = new LinkedHashMap<>();
		queries.put("graph/schema_version", Map.of());
		queries.put("ingest/pending_loads", Map.of("staleSeconds", 0L));
		queries.put("ingest/reference_hash", Map.of());
		queries.put("ingest/count_graph", Map.of());
		queries.put("ingest/document_fingerprints", Map.of("path", ""));
		return queries;
	}

	/**
	 * Runs the start-up's first queries (see {@link #WARM_UP}) in-process, on this
	 * thread, while Spring is still starting: Neo4j's Cypher compiler then loads its
	 * classes and plans them here rather than when the service sends them over Bolt
	 * (seconds on a loaded machine). Nothing depends on it: a failure is only logged.
	 */
	private static void warmUp(DatabaseManagementService dbms) {
		long start = System.nanoTime();
		GraphDatabaseService database = defaultDatabase(dbms);
		if (database == null) {
			log.debug("Cypher warm-up skipped: no default database");
			return;
		}
		int planned = 0;
		for (Map.Entry<String, Map<String, Object>> query : WARM_UP.entrySet()) {
			try (InputStream in = EmbeddedNeo4jStarter.class.getClassLoader()
				.getResourceAsStream("cypher/queries/" + query.getKey() + ".cypher")) {
				if (in == null) {
					continue;
				}
				database.executeTransactionally(new String(in.readAllBytes(), StandardCharsets.UTF_8),
						query.getValue());
				planned++;
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Cypher warm-up of {} failed", query.getKey(), ex);
			}
		}
		log.info("Start-up phase: Cypher compiler loaded and {} start-up queries planned (in-process) in {} ms",
				planned, (System.nanoTime() - start) / 1_000_000);
	}

	private static GraphDatabaseService defaultDatabase(DatabaseManagementService dbms) {
		try {
			return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Waits for the first start's schema step on the database's start thread (at once on
	 * any other start).
	 * @return whether that step applied the schema
	 */
	public boolean awaitFreshSchema() {
		Launch current = this.launch;
		if (current == null || !current.fresh()) {
			return false;
		}
		try {
			return current.schema().join() && this.restarted == null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * @return whether the store directory did not exist when this start began (a first
	 * start: every document will be loaded)
	 */
	public boolean freshStore() {
		return this.launch.fresh();
	}

	/**
	 * The database started early, once ready; if the validated properties differ from
	 * those bound early (they should not), that one is shut down and a database started
	 * with {@code validated}.
	 */
	DatabaseManagementService await(EmbeddedNeo4jProperties validated) {
		DatabaseManagementService dbms = join();
		if (!validated.equals(this.launch.properties())) {
			log.warn("Embedded Neo4j settings changed during start-up; restarting it with the validated ones");
			dbms.shutdown();
			dbms = this.start.apply(validated);
			this.restarted = dbms;
		}
		return dbms;
	}

	private DatabaseManagementService join() {
		try {
			return this.launch.started().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Stops the database. The starter, made before every other bean, is destroyed after
	 * them all (the driver included), so this is the last step of the shutdown; it says
	 * how long it took (a checkpoint, then Bolt and the open transactions, each given
	 * {@link EmbeddedNeo4jConfiguration#SHUTDOWN_WAIT}).
	 */
	@Override
	public void destroy() {
		Launch current = this.launch;
		if (current == null) {
			return;
		}
		CompletableFuture<DatabaseManagementService> future = current.started();
		DatabaseManagementService dbms;
		try {
			dbms = (this.restarted != null) ? this.restarted : future.join();
		}
		catch (RuntimeException ex) {
			log.debug("The embedded Neo4j had failed to start", ex);
			return;
		}
		long start = System.nanoTime();
		dbms.shutdown();
		log.info("Shutdown phase: embedded Neo4j stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

}
