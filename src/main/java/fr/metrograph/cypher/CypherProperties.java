package fr.metrograph.cypher;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the named Cypher statements live, and the limits of the researchers' read-only
 * Cypher endpoint.
 *
 * @param location base location of the {@code cypher/} tree ({@code classpath:} or
 * {@code file:}); queries are under {@code queries/}, the schema under {@code schema/}
 * @param timeout transaction timeout of a researcher's query; default 10 s
 * @param maxRows at most this many rows are returned, the answer says
 * {@code truncated: true} when there were more; default 10 000
 * @param allowedProcedures the procedures a researcher's query may call (exact names);
 * every other procedure, and any {@code dbms.*} one, is refused; default: the read-only
 * introspection procedures {@code db.labels}, {@code db.relationshipTypes},
 * {@code db.propertyKeys}, {@code db.schema.visualization},
 * {@code db.schema.nodeTypeProperties}, {@code db.schema.relTypeProperties}
 */
@Validated
@ConfigurationProperties("app.cypher")
public record CypherProperties(@NotBlank @DefaultValue("classpath:cypher/") String location,
		@NotNull @DefaultValue("10s") Duration timeout, @Min(1) @DefaultValue("10000") int maxRows,
		@NotNull @DefaultValue( {
				"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
				"db.schema.nodeTypeProperties", "db.schema.relTypeProperties" }) List<String> allowedProcedures){

}
