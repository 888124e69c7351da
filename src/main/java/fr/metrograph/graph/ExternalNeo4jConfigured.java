package fr.metrograph.graph;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external Neo4j is configured ({@code spring.neo4j.uri} unset): then the
 * service starts its own embedded database.
 */
class ExternalNeo4jConfigured implements Condition {

	static final String URI_PROPERTY = "spring.neo4j.uri";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !isSet(context.getEnvironment());
	}

	/** Whether an external Neo4j is configured ({@code spring.neo4j.uri} set). */
	static boolean isSet(Environment environment) {
		String uri = environment.getProperty(URI_PROPERTY);
		return uri != null && !uri.isBlank();
	}

}
