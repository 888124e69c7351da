package fr.metrograph.review;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The review queue.
 *
 * @param confidenceThreshold facts whose finder's confidence is below this are listed for
 * review; default 0.7
 */
@Validated
@ConfigurationProperties("app.review")
public record ReviewProperties(@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.7") double confidenceThreshold) {

}
