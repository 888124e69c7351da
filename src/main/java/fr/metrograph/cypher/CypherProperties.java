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
 * @param maxLength longest query text accepted, in characters; default 10 000
 * @param maxExpressionDepth deepest expression accepted, estimated from brackets and
 * chained operators before planning ({@link QueryShape#expressionDepth()}); default 100
 * (Neo4j 2026.08 stops answering past a few hundred, whatever the timeout)
 * @param maxRangeValues most values the {@code range()} calls of one query may enumerate
 * when their bounds are known (product of their sizes); default 100 000
 * @param concurrency researchers' queries running at once on the server; the others wait
 * up to {@code queueWait}, then get a 503; default 2
 * @param queueWait how long a query waits for a free slot; default 2 s
 * @param grace how long after its timeout a query is abandoned (its transaction
 * terminated, a 400 answered) when the server has not stopped it; default 2 s
 */
@Validated
@ConfigurationProperties("app.cypher")
public record CypherProperties(@NotBlank @DefaultValue("classpath:cypher/") String location,
		@NotNull @DefaultValue("10s") Duration timeout, @Min(1) @DefaultValue("10000") int maxRows,
		@NotNull @DefaultValue( {
				"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
				"db.schema.nodeTypeProperties", "db.schema.relTypeProperties" }) List<String> allowedProcedures,
		@Min(100) @DefaultValue("10000") int maxLength, @Min(10) @DefaultValue("100") int maxExpressionDepth,
		@Min(1) @DefaultValue("100000") long maxRangeValues, @Min(1) @DefaultValue("2") int concurrency,
		@NotNull @DefaultValue("2s") Duration queueWait, @NotNull @DefaultValue("2s") Duration grace){

}
