package fr.metrograph.cypher;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs researchers' queries outside the request threads, a bounded number at a time, and
 * stops waiting for one when its time is up. A query takes a slot
 * ({@code app.cypher.concurrency}) or waits {@code app.cypher.queue-wait} for one, then
 * is refused ({@link CypherBusyException}, 503): the other endpoints never wait behind
 * researchers. The request thread waits at most the timeout plus
 * {@code app.cypher.grace}; then a watchdog terminates the query's transaction on the
 * server ({@code TERMINATE TRANSACTION}, found by the id in its metadata) and the
 * researcher gets a {@link CypherTimeoutException} (400). Neo4j cannot interrupt some
 * computations (a {@code reduce} or a list comprehension over a huge list, planning a
 * pathological expression): the slot stays taken until the server is really done, so at
 * most {@code concurrency} of them ever run, whatever researchers send. Worker threads
 * are daemons and the pool is shut down with the context, so a runaway query never keeps
 * the service from stopping.
 */
@Component
public class ResearchSlots implements DisposableBean {

	/** Key of the transaction metadata that names a researcher's query. */
	static final String METADATA_KEY = "metrographQuery";

	private static final Logger log = LoggerFactory.getLogger(ResearchSlots.class);

	private final Driver driver;

	private final CypherProperties properties;

	private final Semaphore slots;

	private final ExecutorService workers;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	ResearchSlots(Driver driver, CypherProperties properties) {
		this.driver = driver;
		this.properties = properties;
		this.slots = new Semaphore(properties.concurrency(), true);
		AtomicInteger count = new AtomicInteger();
		this.workers = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "research-query-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Runs one query's work in a slot and waits for it, at most its timeout plus the
	 * grace period.
	 * @param <T> the result
	 * @param work the work, given the id to put in its transactions' metadata
	 * ({@link #METADATA_KEY})
	 * @return its result
	 * @throws CypherBusyException when no slot frees up in time
	 * @throws CypherTimeoutException when the time is up
	 */
	public <T> T run(Function<String, T> work) {
		Duration timeout = this.properties.timeout();
		try {
			if (!this.slots.tryAcquire(this.properties.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CypherBusyException(this.properties.concurrency(), this.properties.queueWait());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CypherBusyException(this.properties.concurrency(), this.properties.queueWait());
		}
		String id = UUID.randomUUID().toString();
		Future<T> future;
		try {
			future = this.workers.submit(() -> {
				this.running.add(id);
				try {
					return work.apply(id);
				}
				finally {
					this.running.remove(id);
					this.slots.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.slots.release();
			throw ex;
		}
		try {
			return future.get(timeout.plus(this.properties.grace()).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("Research query {} still running {} after its start: terminating its transaction", id,
					timeout.plus(this.properties.grace()));
			this.workers.execute(() -> terminate(Set.of(id)));
			throw new CypherTimeoutException(timeout);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.workers.execute(() -> terminate(Set.of(id)));
			throw new CypherTimeoutException(timeout);
		}
	}

	/** Number of slots taken now (running queries, runaway ones included). */
	public int busy() {
		return this.properties.concurrency() - this.slots.availablePermits();
	}

	/**
	 * Terminates, on the server, the transactions whose metadata carries one of these
	 * ids. Best effort: failures are logged.
	 */
	void terminate(Set<String> ids) {
		try (var session = this.driver.session()) {
			for (Record record : session
				.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData[$key] IN $ids "
						+ "RETURN collect(transactionId) AS ids", Map.of("key", METADATA_KEY, "ids", ids))
				.list()) {
				var transactions = record.get("ids").asList();
				if (!transactions.isEmpty()) {
					session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", transactions)).consume();
					log.warn("Terminated research transaction(s) {}", transactions);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not terminate research transactions {}: {}", ids, ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		if (!this.running.isEmpty()) {
			terminate(Set.copyOf(this.running));
		}
		this.workers.shutdownNow();
	}

}
