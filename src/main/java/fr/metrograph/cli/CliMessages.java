package fr.metrograph.cli;

import java.util.ListResourceBundle;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line's help in French: picocli's headings and the descriptions of its
 * standard {@code --help} and {@code --version} options (a resource bundle picocli
 * reads), and its usage errors reworded.
 */
final class CliMessages extends ListResourceBundle {

	@Override
	protected Object[][] getContents() {
		return new Object[][] { { "usage.synopsisHeading", "Usage : " }, { "usage.descriptionHeading", "%n" },
				{ "usage.parameterListHeading", "%nParamètres :%n" }, { "usage.optionListHeading", "%nOptions :%n" },
				{ "usage.commandListHeading", "%nCommandes :%n" }, { "help", "Affiche cette aide et s'arrête." },
				{ "version", "Affiche la version et s'arrête." } };
	}

	/**
	 * A usage error in French: a missing parameter or option, an unknown argument, or
	 * picocli's own message for the rest (a value of the wrong type names the value).
	 * @param ex what picocli refused
	 * @return one sentence
	 */
	static String usageError(CommandLine.ParameterException ex) {
		if (ex instanceof MissingParameterException missing) {
			String names = missing.getMissing().stream().map(CliMessages::name).collect(Collectors.joining(", "));
			return ((missing.getMissing().size() > 1) ? "Il manque : " : "Il manque ") + names + ".";
		}
		if (ex instanceof UnmatchedArgumentException unmatched) {
			String arguments = unmatched.getUnmatched()
				.stream()
				.map((a) -> "« " + a + " »")
				.collect(Collectors.joining(", "));
			String command = ex.getCommandLine().getCommandName();
			return ((unmatched.getUnmatched().size() > 1) ? "Arguments inconnus" : "Argument inconnu") + " pour "
					+ command + " : " + arguments + ".";
		}
		return "Erreur d'utilisation : " + ex.getMessage();
	}

	private static String name(ArgSpec spec) {
		if (spec instanceof OptionSpec option) {
			return "l'option " + option.longestName() + " " + option.paramLabel();
		}
		return "le paramètre " + spec.paramLabel();
	}

}
