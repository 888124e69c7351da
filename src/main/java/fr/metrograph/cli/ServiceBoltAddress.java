package fr.metrograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the command line where the running service's Bolt connector is: once the service
 * (not a command) is up on the embedded store, it writes its Bolt address to
 * {@value #FILE} in the store's folder, and removes it when it stops. A command that
 * finds the store held by another process then says which {@code --uri} to pass, with the
 * right port, in one French sentence.
 */
@Component
class ServiceBoltAddress {

	static final String FILE = "bolt-du-service.txt";

	private static final Logger log = LoggerFactory.getLogger(ServiceBoltAddress.class);

	private final ObjectProvider<DatabaseManagementService> embedded;

	private final Path store;

	private final String host;

	ServiceBoltAddress(ObjectProvider<DatabaseManagementService> embedded, Environment environment) {
		this.embedded = embedded;
		this.store = Path.of(environment.getProperty("app.neo4j.embedded.directory", "var/neo4j"));
		String host = environment.getProperty("app.neo4j.embedded.bolt-host", "127.0.0.1");
		this.host = host.equals("0.0.0.0") ? "127.0.0.1" : host;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		DatabaseManagementService dbms = this.embedded.getIfAvailable();
		if (dbms == null || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
			return;
		}
		GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		try {
			Files.writeString(this.store.resolve(FILE), "bolt://" + this.host + ":" + address.getPort() + "\n",
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("Cannot write the Bolt address to {}: {}", this.store.resolve(FILE), ex.getMessage());
		}
	}

	@EventListener
	void closed(ContextClosedEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			try {
				Files.deleteIfExists(this.store.resolve(FILE));
			}
			catch (IOException ex) {
				log.warn("Cannot remove {}: {}", this.store.resolve(FILE), ex.getMessage());
			}
		}
	}

	/**
	 * The sentence a command prints when the embedded store is held by another process.
	 * @param store the store's folder
	 * @return one French sentence, with the service's Bolt address when it wrote it
	 */
	static String lockedMessage(Path store) {
		String uri = null;
		try {
			uri = Files.readString(store.resolve(FILE), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			// No address written: the holder is not a service, or an older one.
		}
		if (uri != null && !uri.isEmpty()) {
			return "la base embarquée (" + store + ") est ouverte par le service en cours d'exécution : arrêtez-le, "
					+ "ou passez --uri " + uri + " pour passer par lui.";
		}
		return "la base embarquée (" + store + ") est ouverte par un autre processus : arrêtez-le, ou, si c'est le "
				+ "service, passez --uri avec l'adresse Bolt que son journal donne au démarrage "
				+ "(« Bolt clients connect to … »).";
	}

}
