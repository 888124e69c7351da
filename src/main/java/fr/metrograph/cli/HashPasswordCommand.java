package fr.metrograph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: reads a password (typed without echo, or one line on standard
 * input) and prints its bcrypt hash for {@code app.security.users}. Runs without starting
 * the service or opening the store. Exit status 2 when the password is empty or shorter
 * than 8 characters.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
		description = "Affiche l'empreinte bcrypt d'un mot de passe, à mettre dans app.security.users.")
class HashPasswordCommand implements StandaloneCommand {

	@Option(names = "--cout", defaultValue = "10", description = "Coût bcrypt (4 à 31 ; ${DEFAULT-VALUE} par défaut).")
	int strength;

	@Spec
	CommandSpec spec;

	@Override
	public int run() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		String password;
		try {
			password = readPassword(err);
		}
		catch (IOException ex) {
			err.println("Erreur : lecture du mot de passe impossible (" + ex.getMessage() + ").");
			err.flush();
			return 1;
		}
		if (password == null || password.length() < 8) {
			err.println("Mot de passe trop court : 8 caractères au moins.");
			err.flush();
			return 2;
		}
		out.println(new BCryptPasswordEncoder(this.strength).encode(password));
		out.flush();
		return 0;
	}

	private static String readPassword(PrintWriter err) throws IOException {
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("Mot de passe : ");
			return (typed != null) ? new String(typed) : null;
		}
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		return in.readLine();
	}

}
