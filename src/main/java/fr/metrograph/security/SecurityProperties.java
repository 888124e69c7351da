package fr.metrograph.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read and who may write.
 *
 * @param readsOpen whether reads (every GET, researchers' queries) are open to anyone;
 * default true. When false, reading needs a login too (the login page, its assets and the
 * health endpoint stay open)
 * @param users the accounts that may log in; none by default, which turns every write off
 * (the dashboard says how to turn them on)
 */
@Validated
@ConfigurationProperties("app.security")
public record SecurityProperties(@DefaultValue("true") boolean readsOpen, List<@Valid User> users) {

	public SecurityProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * One account.
	 *
	 * @param username the login
	 * @param password the password's bcrypt hash ({@code $2a$…}, optionally prefixed with
	 * {@code {bcrypt}}); {@code hash-password} on the command line makes one. Never a
	 * clear-text password
	 * @param roles {@code coordinateur} (upload, review, corrections) and/or
	 * {@code admin} (everything a coordinator does, plus users and retraction)
	 * @param name the display name recorded with the account's corrections (default: the
	 * username)
	 */
	public record User(@NotBlank String username, @NotBlank String password, List<String> roles, String name) {

		public User {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

		/** The name shown in history and recorded with corrections. */
		public String displayName() {
			return (this.name != null && !this.name.isBlank()) ? this.name : this.username;
		}

	}

}
