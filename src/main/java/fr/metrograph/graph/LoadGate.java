package fr.metrograph.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;

/**
 * Keeps the service's reads away from a load while it switches in. A file too large for
 * one transaction is staged out of sight, then switched in by several bounded
 * transactions (see {@code ingest/write/FileLoader}); in between, the graph holds part of
 * the new version. The switch is announced in the graph itself
 * ({@code GraphState.switching}, so that a load made by another process through Bolt is
 * seen too) and, for a load made by this process, here at once. Every read the service
 * makes for a user goes through {@link #read}: it waits while a switch is under way (up
 * to {@code maxWait}, then {@link LoadSwitchingException}, which the API answers with a
 * French 503 and {@code Retry-After}), and a switch started by this process waits for the
 * reads already running to end before it writes.
 * <p>
 * The graph's marker is read at most every {@link #MARKER_TTL}; a load made by another
 * process waits {@link #grace()} after setting it before it writes, so no read that
 * checked before misses it (a read running longer than that may still see the start of
 * such a switch: researchers are told so in {@code cypher/README.md}).
 */
@Component
public class LoadGate {

	/** How long a read of the graph's marker is trusted. */
	static final Duration MARKER_TTL = Duration.ofMillis(250);

	private static final Logger log = LoggerFactory.getLogger(LoadGate.class);

	private final Driver driver;

	private final String markerQuery;

	private final Duration maxWait;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** The load this process is switching in, or null. */
	private String localSwitch;

	private int readers;

	private final AtomicReference<String> marker = new AtomicReference<>();

	private final AtomicLong markerReadAt = new AtomicLong(Long.MIN_VALUE);

	LoadGate(Driver driver, CypherQueries queries, GraphProperties properties) {
		this.driver = driver;
		this.markerQuery = queries.get("graph/load_switching");
		this.maxWait = properties.switchWait();
	}

	/** A read in progress; close it when the read is done. */
	public interface Permit extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Waits until no load is switching in, then counts a read in progress.
	 * @return the permit to close when the read is done
	 * @throws LoadSwitchingException when a switch lasts longer than the configured wait
	 */
	public Permit read() {
		long deadline = System.nanoTime() + this.maxWait.toNanos();
		while (true) {
			String remote = switchingInGraph();
			this.lock.lock();
			try {
				if (this.localSwitch == null && remote == null) {
					this.readers++;
					return this::release;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new LoadSwitchingException((this.localSwitch != null) ? this.localSwitch : remote,
							this.maxWait);
				}
				this.changed.await(Math.min(left, MARKER_TTL.toNanos()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LoadSwitchingException(this.localSwitch, this.maxWait);
			}
			finally {
				this.lock.unlock();
			}
		}
	}

	/**
	 * Stops new reads and waits (at most {@code maxWait}) for the running ones to end.
	 * @param loadId the load about to switch in
	 */
	public void beginSwitch(String loadId) {
		this.lock.lock();
		try {
			this.localSwitch = loadId;
			long left = this.maxWait.toNanos();
			while (this.readers > 0 && left > 0) {
				left = this.changed.awaitNanos(left);
			}
			if (this.readers > 0) {
				log.warn("Switching load {} in while {} read(s) still run", loadId, this.readers);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The switch is over (done or abandoned): reads go on. */
	public void endSwitch() {
		this.lock.lock();
		try {
			this.localSwitch = null;
			this.markerReadAt.set(Long.MIN_VALUE);
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How long a load made by another process waits after setting the marker. */
	public static Duration grace() {
		return MARKER_TTL.multipliedBy(2);
	}

	private void release() {
		this.lock.lock();
		try {
			this.readers--;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private String switchingInGraph() {
		long now = System.nanoTime();
		long readAt = this.markerReadAt.get();
		if (readAt != Long.MIN_VALUE && now - readAt < MARKER_TTL.toNanos()) {
			return this.marker.get();
		}
		try (var session = this.driver.session()) {
			String value = session
				.executeRead((tx) -> tx.run(this.markerQuery).single().get("switching").asString(null));
			this.marker.set(value);
			this.markerReadAt.set(now);
			return value;
		}
	}

}
