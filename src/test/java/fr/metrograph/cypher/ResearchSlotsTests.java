package fr.metrograph.cypher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class ResearchSlotsTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private final ResearchSlots slots = new ResearchSlots(mock(Driver.class),
			new CypherProperties("classpath:cypher/", Duration.ofMillis(300), 10, List.of(), 10_000, 100, 100_000, 1,
					Duration.ofMillis(200), Duration.ofMillis(100)));

	@AfterEach
	void finish() {
		this.release.countDown();
		this.slots.destroy();
	}

	@Test
	void answersATimeoutAfterTheGracePeriodAndKeepsTheSlotUntilTheServerIsDone() throws Exception {
		long start = System.nanoTime();
		assertThatThrownBy(() -> this.slots.run((id) -> block())).isInstanceOf(CypherTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
		assertThat(this.slots.busy()).isEqualTo(1);
		assertThatThrownBy(() -> this.slots.run((id) -> "vite")).isInstanceOf(CypherBusyException.class)
			.hasMessageContaining("1 au plus à la fois");
		this.release.countDown();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.slots.busy() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.slots.<String>run((id) -> "vite")).isEqualTo("vite");
	}

	@Test
	void passesResultsAndExceptionsThroughWithAnIdForTheTransactionMetadata() {
		assertThat(this.slots.<String>run((id) -> id)).hasSize(36);
		assertThatThrownBy(() -> this.slots.run((id) -> {
			throw new QueryRefusedException("write", "CREATE", "non");
		})).isInstanceOf(QueryRefusedException.class);
		assertThat(this.slots.busy()).isZero();
	}

	@Test
	void letsAWaitingQueryRunWhenASlotFreesUpInTime() throws Exception {
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> this.slots.run((id) -> {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "premier";
		}));
		Thread.sleep(10);
		String second = this.slots.run((id) -> "second");
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("premier");
		assertThat(second).isEqualTo("second");
	}

	private String block() {
		try {
			this.release.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "fini";
	}

}
