package fr.metrograph.graph;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded Neo4j the service runs on when {@code spring.neo4j.uri} is not set.
 *
 * @param directory the persistent store (git-ignored); default {@code var/neo4j}
 * @param boltEnabled whether to open a Bolt connector for researchers' clients
 * @param boltHost the address Bolt listens on; default loopback only
 * @param boltPort the Bolt port; default 7687, {@code 0} picks a free port
 * @param authEnabled whether Bolt clients must authenticate; required when
 * {@code boltHost} is not a loopback address
 * @param username the user clients authenticate as, when authentication is on
 * @param password its password (at least 8 characters), when authentication is on
 * @param transactionMemoryMax the most memory one transaction may take (Neo4j's
 * {@code db.memory.transaction.max}): a researcher's query that needs more is stopped
 * with an error instead of exhausting the heap; default 1 GB. On an external server, set
 * {@code db.memory.transaction.max} in its {@code neo4j.conf}.
 */
@Validated
@ConfigurationProperties("app.neo4j.embedded")
public record EmbeddedNeo4jProperties(@NotNull @DefaultValue("var/neo4j") Path directory,
		@DefaultValue("true") boolean boltEnabled, @NotBlank @DefaultValue("127.0.0.1") String boltHost,
		@Min(0) @Max(65535) @DefaultValue("7687") int boltPort, @DefaultValue("false") boolean authEnabled,
		@DefaultValue("neo4j") String username, String password,
		@NotNull @DefaultValue("1GB") DataSize transactionMemoryMax) {

}
