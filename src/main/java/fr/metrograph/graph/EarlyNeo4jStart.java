package fr.metrograph.graph;

import java.util.function.Function;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the service's embedded Neo4j as soon as its configuration is known (Spring's
 * environment is prepared), before Spring reads the application's classes and
 * auto-configurations: on a 2-core machine that is about 2 s earlier than
 * {@link EmbeddedNeo4jStarter} alone, which starts it once the bean definitions are read.
 * The starter then adopts this start instead of making its own.
 * <p>
 * Registered by {@code MetrographApplication.main} only, so only the service starts this
 * way: tests (whose Neo4j may be configured after the environment is prepared) and the
 * command line (some of whose commands open no database) keep the starter's own start.
 * Nothing starts when an external Neo4j is configured ({@code spring.neo4j.uri}).
 */
public final class EarlyNeo4jStart implements ApplicationListener<ApplicationEvent> {

	static final String BEAN_NAME = "earlyNeo4jStart";

	private final Function<EmbeddedNeo4jProperties, DatabaseManagementService> start;

	private volatile EmbeddedNeo4jStarter.Launch launch;

	private volatile boolean adopted;

	/** Starts the real embedded Neo4j. */
	public EarlyNeo4jStart() {
		this(EmbeddedNeo4jConfiguration::start);
	}

	EarlyNeo4jStart(Function<EmbeddedNeo4jProperties, DatabaseManagementService> start) {
		this.start = start;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent contextReady && this.launch != null) {
			contextReady.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
		}
		else if (event instanceof ApplicationFailedEvent && this.launch != null && !this.adopted) {
			// The context failed before the starter took the database over: stop it here,
			// or its threads would keep the process alive.
			this.launch.started().thenAccept(DatabaseManagementService::shutdown);
		}
	}

	private void start(Environment environment) {
		if (this.launch == null && !ExternalNeo4jConfigured.isSet(environment)) {
			this.launch = EmbeddedNeo4jStarter.Launch.begin(this.start, environment);
		}
	}

	/** Hands the start over to the starter, which stops the database at shutdown. */
	EmbeddedNeo4jStarter.Launch adopt() {
		this.adopted = true;
		return this.launch;
	}

}
