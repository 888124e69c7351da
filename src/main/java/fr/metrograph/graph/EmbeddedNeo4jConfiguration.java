package fr.metrograph.graph;

import java.net.InetAddress;
import java.time.Duration;
import java.net.UnknownHostException;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the service, with a persistent store and a Bolt connector, when no
 * external server is configured. The Spring Data Neo4j {@link Driver} then talks to it
 * over Bolt like to any server, so the rest of the code does not know the difference.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalNeo4jConfigured.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * How long shutdown waits for running transactions and Bolt's threads and
	 * connections: Neo4j's defaults (10 s and more) made every stop of the service take
	 * over 10 s. A transaction cut short is rolled back, and the loads' recovery finishes
	 * or cleans what a stopped load had staged.
	 */
	static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(1);

	/**
	 * Starts the database as soon as the configuration is read (see
	 * {@link EmbeddedNeo4jStarter}); static, as a bean-factory post-processor must be.
	 */
	@Bean
	static EmbeddedNeo4jStarter embeddedNeo4jStarter() {
		return new EmbeddedNeo4jStarter(EmbeddedNeo4jConfiguration::start);
	}

	/**
	 * Stopped by the starter, after every other bean (see
	 * {@link EmbeddedNeo4jStarter#destroy}).
	 */
	@Bean(destroyMethod = "")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jStarter starter, EmbeddedNeo4jProperties properties) {
		return starter.await(properties);
	}

	static DatabaseManagementService start(EmbeddedNeo4jProperties properties) {
		checkExposure(properties);
		long start = System.nanoTime();
		log.info("Starting embedded Neo4j in {} (Bolt {}:{})", properties.directory().toAbsolutePath(),
				properties.boltHost(), properties.boltPort());
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(properties.directory())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			// Per-transaction memory limit: a runaway research query fails alone (#12).
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemoryMax().toBytes())
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, SHUTDOWN_WAIT)
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
			// Bolt's Netty event loops: no quiet period (Netty's graceful shutdown
			// otherwise
			// waits seconds for tasks that never come, once per loop group).
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, SHUTDOWN_WAIT)
			.build();
		log.info("Start-up phase: embedded Neo4j started in {} ms", (System.nanoTime() - start) / 1_000_000);
		if (properties.authEnabled()) {
			// Embedded calls bypass authentication, so this is how the initial password
			// is set.
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally(
						"ALTER USER " + safeName(properties.username())
								+ " IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
						java.util.Map.of("password", properties.password()));
		}
		return dbms;
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService dbms, EmbeddedNeo4jProperties properties) {
		GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		String host = properties.boltHost().equals("0.0.0.0") ? "127.0.0.1" : properties.boltHost();
		String uri = "bolt://" + host + ":" + address.getPort();
		log.info("Embedded Neo4j ready; Bolt clients connect to {}", uri);
		AuthToken auth = properties.authEnabled() ? AuthTokens.basic(properties.username(), properties.password())
				: AuthTokens.none();
		// SLF4J logging checks the level before formatting: the driver's default
		// (System.Logger) formats every Bolt message at DEBUG even when nobody listens,
		// parameters included (a staged batch of an attendance sheet is megabytes of rows
		// and bytes, printed as hex).
		return GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.slf4j()).build());
	}

	/**
	 * Refuses an unauthenticated Bolt connector that anything but this machine can reach.
	 */
	static void checkExposure(EmbeddedNeo4jProperties properties) {
		boolean loopback;
		try {
			loopback = InetAddress.getByName(properties.boltHost()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new EmbeddedNeo4jException("Adresse Bolt inconnue : " + properties.boltHost(), ex);
		}
		if (!loopback && !properties.authEnabled()) {
			throw new EmbeddedNeo4jException("Bolt est configuré pour écouter sur " + properties.boltHost()
					+ ", hors de la boucle locale, sans authentification. Activez app.neo4j.embedded.auth-enabled "
					+ "et définissez app.neo4j.embedded.password, ou gardez app.neo4j.embedded.bolt-host=127.0.0.1.");
		}
		if (properties.authEnabled() && (properties.password() == null || properties.password().length() < 8)) {
			throw new EmbeddedNeo4jException(
					"L'authentification Bolt est activée : app.neo4j.embedded.password doit faire au moins 8 caractères.");
		}
	}

	private static String safeName(String username) {
		if (!username.matches("[A-Za-z][A-Za-z0-9_]*")) {
			throw new EmbeddedNeo4jException("Nom d'utilisateur Neo4j invalide : " + username);
		}
		return username;
	}

}
