package fr.metrograph.graph;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service's reads live with loads that switch in.
 *
 * @param switchWait how long a read waits for a load that is switching in before it is
 * answered 503 "chargement en cours" (and how long a switch waits for the reads already
 * running); default 30 s
 */
@Validated
@ConfigurationProperties("app.graph")
public record GraphProperties(@NotNull @DefaultValue("30s") Duration switchWait) {

}
