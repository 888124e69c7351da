package fr.metrograph.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what, and the headers of every response (web service only: the command line
 * has no HTTP side).
 * <ul>
 * <li>Reads (GET, and the researchers' {@code /api/cypher} and {@code /api/queries/**},
 * which are read-only whatever the role) are open, unless
 * {@code app.security.read-open=false}.</li>
 * <li>Every other request (upload, review actions, corrections) needs the role
 * {@code coordinateur}; {@code /api/admin/**} and retraction ({@code DELETE
 * /api/documents/…}) need {@code admin}, which includes {@code coordinateur}.</li>
 * <li>Logging in: the French form at {@code /connexion.html} (posted to
 * {@code /connexion}, session cookie), or HTTP Basic on each API request.</li>
 * <li>CSRF: the token is in the cookie {@code XSRF-TOKEN}, readable by the dashboard's
 * scripts, which send it back in the header {@code X-XSRF-TOKEN}. Requests that carry
 * their own {@code Authorization: Basic} header need no token: a cross-site form cannot
 * add that header, and the service never asks a browser for Basic credentials (no
 * {@code WWW-Authenticate} challenge), so a browser never replays them by itself.</li>
 * <li>Headers: a Content-Security-Policy that allows scripts only from the service's own
 * files (no inline script, no {@code on…=} attribute, no {@code javascript:} URL; inline
 * styles allowed), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * same-origin}, and {@code X-Frame-Options: DENY} with
 * {@code frame-ancestors 'none'}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The Content-Security-Policy of every response. {@code blob:} in
	 * {@code connect-src}: the dashboard reads back the network exports it makes in the
	 * browser (PNG, SVG) as blob URLs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String[] RESEARCH_READS = { "/api/cypher", "/api/queries", "/api/queries/**" };

	private static final String[] ALWAYS_OPEN = { "/connexion.html", "/connexion.js", "/connexion.css", "/tableau.css",
			"/api/session", "/actuator/health", "/actuator/health/**", "/error" };

	@Bean
	Accounts accounts(SecurityProperties properties) {
		return new Accounts(properties);
	}

	@Bean
	InMemoryUserDetailsManager userDetailsService(Accounts accounts) {
		return accounts.userDetailsManager();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Roles.ADMIN).implies(Roles.COORDINATOR).build();
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, Accounts accounts) {
		SecurityProblems problems = new SecurityProblems(accounts);
		JsonMapper json = JsonMapper.builder().build();
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(ALWAYS_OPEN).permitAll();
			reads(requests.requestMatchers(RESEARCH_READS), properties);
			requests.requestMatchers("/api/admin/**").hasRole(Roles.ADMIN);
			requests.requestMatchers(HttpMethod.DELETE, "/api/documents/**").hasRole(Roles.ADMIN);
			reads(requests.requestMatchers(HttpMethod.GET, "/**"), properties);
			reads(requests.requestMatchers(HttpMethod.HEAD, "/**"), properties);
			requests.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
			requests.anyRequest().hasRole(Roles.COORDINATOR);
		});
		http.csrf((csrf) -> csrf.spa()
			.ignoringRequestMatchers(RESEARCH_READS)
			.ignoringRequestMatchers((request) -> hasBasicCredentials(request)));
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		http.formLogin((form) -> form.loginPage("/connexion.html")
			.loginProcessingUrl("/connexion")
			.successHandler((request, response, authentication) -> {
				if (wantsJson(request)) {
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					response.setCharacterEncoding("UTF-8");
					response.getWriter()
						.write(json.writeValueAsString(
								Map.of("utilisateur", authentication.getName(), "roles", Accounts.currentRoles())));
				}
				else {
					response.sendRedirect(request.getContextPath() + safeTarget(request.getParameter("continuer")));
				}
			})
			.failureHandler((request, response, exception) -> {
				if (wantsJson(request)) {
					problems.badCredentials(request, response);
				}
				else {
					response.sendRedirect(request.getContextPath() + "/connexion.html?erreur");
				}
			})
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/deconnexion")
			.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler())
			.permitAll());
		http.httpBasic((basic) -> basic.authenticationEntryPoint(problems));
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	private static void reads(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url,
			SecurityProperties properties) {
		if (properties.readsOpen()) {
			url.permitAll();
		}
		else {
			url.authenticated();
		}
	}

	private static boolean hasBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json");
	}

	/** Only a path on this site (never {@code //host} or a scheme): no open redirect. */
	static String safeTarget(String target) {
		if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
				|| target.contains("\r") || target.contains("\n")) {
			return "/";
		}
		return target;
	}

	/**
	 * Writes the {@code XSRF-TOKEN} cookie on every response that lacks it: Spring
	 * Security defers loading the token until something asks for it, and the dashboard's
	 * static pages never do, so without this the first write of a session would have no
	 * token to send.
	 */
	static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			filterChain.doFilter(request, response);
		}

	}

}
