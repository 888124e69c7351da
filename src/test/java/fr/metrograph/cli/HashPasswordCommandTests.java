package fr.metrograph.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import fr.metrograph.MetrographApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hash-password} prints a bcrypt hash that matches the password read from standard
 * input, without starting the service.
 */
class HashPasswordCommandTests {

	private final InputStream in = System.in;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

	@BeforeEach
	void capture() {
		System.setOut(new PrintStream(this.printed, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.errors, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setIn(this.in);
		System.setOut(this.out);
		System.setErr(this.err);
	}

	@Test
	void printsABcryptHashOfThePasswordReadFromStandardInput() {
		System.setIn(new ByteArrayInputStream("un mot de passe solide\n".getBytes(StandardCharsets.UTF_8)));
		int status = MetrographCli.run(MetrographApplication.class, "hash-password", "--cout", "4");
		String hash = this.printed.toString(StandardCharsets.UTF_8).strip();
		assertThat(status).isZero();
		assertThat(hash).startsWith("$2a$04$");
		assertThat(new BCryptPasswordEncoder().matches("un mot de passe solide", hash)).isTrue();
	}

	@Test
	void refusesAShortPasswordWithExitStatusTwo() {
		System.setIn(new ByteArrayInputStream("court\n".getBytes(StandardCharsets.UTF_8)));
		int status = MetrographCli.run(MetrographApplication.class, "hash-password");
		assertThat(status).isEqualTo(2);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(this.errors.toString(StandardCharsets.UTF_8)).contains("8 caractères");
	}

}
