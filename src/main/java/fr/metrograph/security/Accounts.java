package fr.metrograph.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The configured accounts ({@code app.security.users}), checked once at start-up: every
 * password must be a bcrypt hash and every role one of {@link Roles}; anything else stops
 * the service with the account's name, since a typo there would silently lock people out
 * or, worse, store a clear-text password.
 */
public class Accounts {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

	private final Map<String, SecurityProperties.User> users = new LinkedHashMap<>();

	Accounts(SecurityProperties properties) {
		for (SecurityProperties.User user : properties.users()) {
			String hash = hash(user.password());
			if (!BCRYPT.matcher(hash).matches()) {
				throw new IllegalStateException("app.security.users: the password of '" + user.username()
						+ "' is not a bcrypt hash; make one with the command 'hash-password'.");
			}
			if (user.roles().isEmpty() || !Roles.ALL.containsAll(user.roles())) {
				throw new IllegalStateException("app.security.users: '" + user.username() + "' has roles "
						+ user.roles() + "; each account needs one or more of " + Roles.ALL + ".");
			}
			if (this.users.put(user.username().toLowerCase(Locale.ROOT), user) != null) {
				throw new IllegalStateException(
						"app.security.users: the username '" + user.username() + "' is given twice.");
			}
		}
	}

	/** Whether anybody may log in (when nobody may, every write is off). */
	public boolean writesEnabled() {
		return !this.users.isEmpty();
	}

	/** The accounts, without their hashes. */
	public List<Account> list() {
		return this.users.values().stream().map((u) -> new Account(u.username(), u.displayName(), u.roles())).toList();
	}

	/**
	 * Who is making the current request, for recording a write: the display name and
	 * login, or null when nobody is logged in.
	 */
	public Author current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof UserDetails details)) {
			return null;
		}
		SecurityProperties.User user = this.users.get(details.getUsername().toLowerCase(Locale.ROOT));
		String name = (user != null) ? user.displayName() : details.getUsername();
		return new Author(details.getUsername(), name);
	}

	/** The roles of the current request's user (without the ROLE_ prefix). */
	static List<String> currentRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserDetails)) {
			return List.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a.startsWith("ROLE_"))
			.map((a) -> a.substring(5))
			// An administrator is also a coordinator (the role hierarchy).
			.flatMap((role) -> Roles.ADMIN.equals(role) ? java.util.stream.Stream.of(role, Roles.COORDINATOR)
					: java.util.stream.Stream.of(role))
			.distinct()
			.sorted()
			.toList();
	}

	InMemoryUserDetailsManager userDetailsManager() {
		InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
		for (SecurityProperties.User user : this.users.values()) {
			manager.createUser(User.withUsername(user.username())
				.password(hash(user.password()))
				.roles(user.roles().toArray(String[]::new))
				.build());
		}
		return manager;
	}

	private static String hash(String password) {
		return password.startsWith("{bcrypt}") ? password.substring("{bcrypt}".length()) : password;
	}

	/**
	 * An account as the API shows it.
	 *
	 * @param username the login
	 * @param name the display name
	 * @param roles its roles
	 */
	public record Account(String username, String name, List<String> roles) {
	}

	/**
	 * The author of a write.
	 *
	 * @param username the login
	 * @param name the display name
	 */
	public record Author(String username, String name) {
	}

}
