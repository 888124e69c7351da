package fr.metrograph.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what a request may send.
 *
 * @param maxJsonBody largest body of a JSON request (researchers' queries and their
 * parameters); larger ones get a French 413; default 1 MB. File uploads have their own
 * limit ({@code spring.servlet.multipart.*}).
 */
@Validated
@ConfigurationProperties("app.web")
public record RequestLimitsProperties(@NotNull @DefaultValue("1MB") DataSize maxJsonBody) {

}
