package fr.metrograph.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, and whether writes are on at all: the dashboard shows the login link,
 * the user's name, or how to turn writes on.
 */
@RestController
class SessionController {

	private final Accounts accounts;

	private final SecurityProperties properties;

	SessionController(Accounts accounts, SecurityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@GetMapping("/api/session")
	SessionView session() {
		Accounts.Author author = this.accounts.current();
		boolean enabled = this.accounts.writesEnabled();
		return new SessionView(author != null, (author != null) ? author.username() : null,
				(author != null) ? author.name() : null, Accounts.currentRoles(), enabled, this.properties.readsOpen(),
				enabled ? null : SecurityProblems.HOW_TO_ENABLE);
	}

	@GetMapping("/api/admin/users")
	List<Accounts.Account> users() {
		return this.accounts.list();
	}

	/**
	 * The current session, in French field names like the rest of the dashboard's API.
	 *
	 * @param connecte whether a user is logged in
	 * @param utilisateur the login, or null
	 * @param nom the display name, or null
	 * @param roles the user's roles
	 * @param ecrituresActivees whether any account exists (otherwise every write is off)
	 * @param lecturesOuvertes whether reading needs no login
	 * @param commentActiver how to turn writes on, when they are off
	 */
	record SessionView(boolean connecte, String utilisateur, String nom, List<String> roles, boolean ecrituresActivees,
			boolean lecturesOuvertes, String commentActiver) {
	}

}
