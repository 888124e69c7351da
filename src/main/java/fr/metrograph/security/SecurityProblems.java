package fr.metrograph.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as French RFC 9457 problem details. These are decided in the security
 * filters, before any controller, so the {@code web} advice never sees them; the body has
 * the same shape as the advice's problems. No {@code WWW-Authenticate: Basic} challenge
 * is sent: a browser would then offer its own login dialog and replay the credentials on
 * every request, which would bypass the CSRF protection.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final URI LOGIN_REQUIRED = URI.create("https://metrograph.fr/problemes/connexion-requise");

	static final URI FORBIDDEN = URI.create("https://metrograph.fr/problemes/acces-refuse");

	static final URI CSRF = URI.create("https://metrograph.fr/problemes/jeton-csrf");

	static final URI WRITES_OFF = URI.create("https://metrograph.fr/problemes/ecritures-desactivees");

	static final URI BAD_CREDENTIALS = URI.create("https://metrograph.fr/problemes/identifiants-refuses");

	/** How to turn writes on, in French, for the problem details and the dashboard. */
	static final String HOW_TO_ENABLE = "Aucun compte n'est configuré : les modifications sont désactivées. "
			+ "Pour les activer, créez l'empreinte d'un mot de passe avec la commande « hash-password », puis "
			+ "déclarez un compte dans app.security.users (identifiant, empreinte, rôles coordinateur ou admin) "
			+ "et redémarrez le service ; voir le README, « Comptes et droits ».";

	private final Accounts accounts;

	private final JsonMapper json = JsonMapper.builder().build();

	SecurityProblems(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if ("GET".equals(request.getMethod()) && acceptsHtml(request)) {
			// A page (reads closed): the login form, then back here.
			String target = request.getRequestURI()
					+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
			response.sendRedirect(request.getContextPath() + "/connexion.html?continuer="
					+ java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
			return;
		}
		if (!this.accounts.writesEnabled() && !isRead(request)) {
			write(response, HttpStatus.UNAUTHORIZED, WRITES_OFF, "Modifications désactivées", HOW_TO_ENABLE, request);
			return;
		}
		String detail = (request.getHeader("Authorization") != null)
				? "Identifiant ou mot de passe refusé. Connectez-vous à nouveau."
				: "Connectez-vous pour faire cette opération (page /connexion.html, ou HTTP Basic pour l'API).";
		write(response, HttpStatus.UNAUTHORIZED,
				(request.getHeader("Authorization") != null) ? BAD_CREDENTIALS : LOGIN_REQUIRED, "Connexion requise",
				detail, request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			write(response, HttpStatus.FORBIDDEN, CSRF, "Jeton CSRF absent ou invalide",
					"Cette modification doit porter le jeton de protection du cookie XSRF-TOKEN dans l'en-tête "
							+ "X-XSRF-TOKEN. Rechargez la page et réessayez.",
					request);
			return;
		}
		write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "Accès refusé",
				"Votre compte n'a pas le rôle nécessaire pour cette opération "
						+ "(coordinateur pour déposer et corriger, admin pour retirer des documents et gérer les comptes).",
				request);
	}

	/** Answers a failed form login (JSON clients) or a bad Basic login. */
	void badCredentials(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.UNAUTHORIZED, BAD_CREDENTIALS, "Identifiants refusés",
				"Identifiant ou mot de passe incorrect.", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
			HttpServletRequest request) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.toString());
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(body));
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	private static boolean isRead(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
