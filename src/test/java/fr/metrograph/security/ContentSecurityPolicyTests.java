package fr.metrograph.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy itself allows only the service's own scripts. That every page and script
 * keeps to it is {@code DashboardSourcesTests}' job; the browser tests see the console
 * errors a violation would cause.
 */
class ContentSecurityPolicyTests {

	@Test
	void thePolicyAllowsOnlyTheServicesOwnScripts() {
		String policy = SecurityConfiguration.CONTENT_SECURITY_POLICY;
		assertThat(policy).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'self'", "form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'", "*");
	}

}
