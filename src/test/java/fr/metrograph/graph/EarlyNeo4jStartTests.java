package fr.metrograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * The service's early start: Neo4j starts when the environment is prepared, the starter
 * adopts that start (no second one) and stops it at the end; nothing starts when an
 * external Neo4j is configured; a context that fails before the adoption stops it.
 */
class EarlyNeo4jStartTests {

	@TempDir
	Path dir;

	private final SpringApplication application = new SpringApplication(EarlyNeo4jStartTests.class);

	@Test
	void theStarterAdoptsTheEarlyStartAndStopsItAtTheEnd() {
		AtomicInteger shutdowns = new AtomicInteger();
		List<String> starts = new CopyOnWriteArrayList<>();
		EarlyNeo4jStart early = new EarlyNeo4jStart((properties) -> {
			starts.add("early " + properties.directory().getFileName());
			return FakeDatabases.countingShutdowns(shutdowns);
		});
		MockEnvironment environment = new MockEnvironment().withProperty("app.neo4j.embedded.directory",
				this.dir.resolve("neo4j").toString());
		early.onApplicationEvent(environmentPrepared(environment));
		GenericApplicationContext context = new GenericApplicationContext();
		early.onApplicationEvent(new ApplicationPreparedEvent(this.application, new String[0], context));

		EmbeddedNeo4jStarter starter = new EmbeddedNeo4jStarter((properties) -> {
			starts.add("starter");
			return FakeDatabases.countingShutdowns(shutdowns);
		});
		starter.setEnvironment(environment);
		starter.postProcessBeanFactory(context.getBeanFactory());
		assertThat(starter.freshStore()).isTrue();
		DatabaseManagementService dbms = starter
			.await(Binder.get(environment).bindOrCreate("app.neo4j.embedded", EmbeddedNeo4jProperties.class));
		assertThat(dbms).isNotNull();
		assertThat(starts).containsExactly("early neo4j");
		starter.destroy();
		assertThat(shutdowns).hasValue(1);
	}

	@Test
	void nothingStartsWithAnExternalNeo4j() {
		List<String> starts = new CopyOnWriteArrayList<>();
		EarlyNeo4jStart early = new EarlyNeo4jStart((properties) -> {
			starts.add("early");
			return FakeDatabases.countingShutdowns(new AtomicInteger());
		});
		early.onApplicationEvent(environmentPrepared(
				new MockEnvironment().withProperty("app.neo4j.embedded.directory", this.dir.resolve("neo4j").toString())
					.withProperty("spring.neo4j.uri", "bolt://db.example:7687")));
		GenericApplicationContext context = new GenericApplicationContext();
		early.onApplicationEvent(new ApplicationPreparedEvent(this.application, new String[0], context));
		assertThat(context.getBeanFactory().containsSingleton(EarlyNeo4jStart.BEAN_NAME)).isFalse();
		assertThat(starts).isEmpty();
	}

	@Test
	void aContextThatFailsBeforeTheAdoptionStopsTheDatabase() throws Exception {
		AtomicInteger shutdowns = new AtomicInteger();
		EarlyNeo4jStart early = new EarlyNeo4jStart((properties) -> FakeDatabases.countingShutdowns(shutdowns));
		early.onApplicationEvent(environmentPrepared(new MockEnvironment().withProperty("app.neo4j.embedded.directory",
				this.dir.resolve("neo4j").toString())));
		early.onApplicationEvent(new ApplicationFailedEvent(this.application, new String[0],
				new GenericApplicationContext(), new IllegalStateException("échec")));
		early.adopt().started().get(10, TimeUnit.SECONDS);
		// The shutdown runs right after the start completes, on the start's thread.
		for (int i = 0; i < 200 && shutdowns.get() == 0; i++) {
			Thread.sleep(50);
		}
		assertThat(shutdowns).hasValue(1);
	}

	private ApplicationEnvironmentPreparedEvent environmentPrepared(MockEnvironment environment) {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), this.application, new String[0],
				environment);
	}

}
