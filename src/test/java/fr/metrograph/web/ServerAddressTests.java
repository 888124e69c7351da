package fr.metrograph.web;

import java.io.IOException;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP server listens on loopback unless told otherwise, like Bolt. */
class ServerAddressTests {

	@Test
	void theDefaultConfigurationBindsTheHttpServerToLoopbackOnly() throws IOException {
		var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
		Object address = sources.stream()
			.map((source) -> source.getProperty("server.address"))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		assertThat(address).as("server.address").isNotNull();
		assertThat(InetAddress.getByName(address.toString()).isLoopbackAddress()).isTrue();
	}

}
