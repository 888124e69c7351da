package fr.metrograph.cypher;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the named Cypher statements live.
 *
 * @param location base location of the {@code cypher/} tree ({@code classpath:} or
 * {@code file:}); queries are under {@code queries/}, the schema under {@code schema/}
 */
@Validated
@ConfigurationProperties("app.cypher")
public record CypherProperties(@NotBlank @DefaultValue("classpath:cypher/") String location) {

}
