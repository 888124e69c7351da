package fr.metrograph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database starts on its own thread when the bean factory is post-processed,
 * with the bound settings; the bean gets that database, a failed start fails the bean,
 * and the starter stops the database at the end.
 */
class EmbeddedNeo4jStarterTests {

	@TempDir
	Path dir;

	@Test
	void startsEarlyWithTheBoundSettingsAndStopsAtTheEnd() throws Exception {
		AtomicInteger shutdowns = new AtomicInteger();
		List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
		EmbeddedNeo4jStarter starter = new EmbeddedNeo4jStarter((properties) -> {
			threads.add(Thread.currentThread().getName());
			return FakeDatabases.countingShutdowns(shutdowns);
		});
		Path store = this.dir.resolve("neo4j");
		starter.setEnvironment(new MockEnvironment().withProperty("app.neo4j.embedded.directory", store.toString())
			.withProperty("app.neo4j.embedded.bolt-port", "0"));
		starter.postProcessBeanFactory(new DefaultListableBeanFactory());
		assertThat(starter.freshStore()).isTrue();
		// What the validated configuration properties bean holds for these settings.
		EmbeddedNeo4jProperties validated = new EmbeddedNeo4jProperties(store, true, "127.0.0.1", 0, false, "neo4j",
				null, org.springframework.util.unit.DataSize.ofGigabytes(1));
		DatabaseManagementService dbms = starter.await(validated);
		// One start, on the starter's thread, with the same settings (no restart).
		assertThat(threads).containsExactly("neo4j-start");
		assertThat(shutdowns).hasValue(0);
		starter.destroy();
		assertThat(shutdowns).hasValue(1);
		assertThat(dbms).isNotNull();
	}

	@Test
	void aStoreThatExistsIsNotFresh() throws Exception {
		Path store = Files.createDirectories(this.dir.resolve("neo4j"));
		EmbeddedNeo4jStarter starter = new EmbeddedNeo4jStarter(
				(properties) -> FakeDatabases.countingShutdowns(new AtomicInteger()));
		starter.setEnvironment(new MockEnvironment().withProperty("app.neo4j.embedded.directory", store.toString()));
		starter.postProcessBeanFactory(new DefaultListableBeanFactory());
		assertThat(starter.freshStore()).isFalse();
		starter.destroy();
	}

	@Test
	void aFailedStartFailsTheBeanWithItsCause() {
		EmbeddedNeo4jStarter starter = new EmbeddedNeo4jStarter((properties) -> {
			throw new EmbeddedNeo4jException("Adresse Bolt inconnue : nulle-part", null);
		});
		starter.setEnvironment(
				new MockEnvironment().withProperty("app.neo4j.embedded.directory", this.dir.resolve("x").toString()));
		starter.postProcessBeanFactory(new DefaultListableBeanFactory());
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(this.dir.resolve("x"), true, "127.0.0.1", 7687,
				false, "neo4j", null, org.springframework.util.unit.DataSize.ofGigabytes(1));
		assertThatThrownBy(() -> starter.await(properties)).isInstanceOf(EmbeddedNeo4jException.class)
			.hasMessageContaining("nulle-part");
		starter.destroy();
	}

	@Test
	void settingsThatDifferFromTheValidatedOnesRestartTheDatabase() {
		AtomicInteger shutdowns = new AtomicInteger();
		AtomicInteger starts = new AtomicInteger();
		EmbeddedNeo4jStarter starter = new EmbeddedNeo4jStarter((properties) -> {
			starts.incrementAndGet();
			return FakeDatabases.countingShutdowns(shutdowns);
		});
		starter.setEnvironment(
				new MockEnvironment().withProperty("app.neo4j.embedded.directory", this.dir.resolve("a").toString()));
		starter.postProcessBeanFactory(new DefaultListableBeanFactory());
		EmbeddedNeo4jProperties other = new EmbeddedNeo4jProperties(this.dir.resolve("b"), true, "127.0.0.1", 7687,
				false, "neo4j", null, org.springframework.util.unit.DataSize.ofGigabytes(1));
		starter.await(other);
		assertThat(starts).hasValue(2);
		assertThat(shutdowns).hasValue(1);
		starter.destroy();
		assertThat(shutdowns).hasValue(2);
	}

}
