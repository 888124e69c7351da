package fr.metrograph.cli;

import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of the command line. Arguments are parsed first; only a valid command
 * starts Spring, without the web server, on the embedded store (or on {@code --uri}).
 */
@Command(name = "metrograph", mixinStandardHelpOptions = true, version = "Metrograph 0.1",
		description = "Outils en ligne de commande de Metrograph.",
		subcommands = { IngestCommand.class, RetractCommand.class, BenchIngestCommand.class,
				BenchCopresenceCommand.class, ReportCommand.class, EvaluateExtractionCommand.class,
				HashPasswordCommand.class, CheckDeterminismCommand.class, LoadTestCommand.class,
				CheckRunawayCommand.class })
public class MetrographCli {

	/** Names of the commands, so that the application's main method can dispatch. */
	public static final Set<String> COMMANDS = Set.of("ingest", "retract", "bench-ingest", "bench-copresence", "report",
			"evaluate-extraction", "hash-password", "check-determinism", "load-test", "check-runaway", "help", "--help",
			"-h", "--version");

	@Option(names = "--uri", paramLabel = "BOLT_URI",
			description = "Neo4j externe ou service en cours d'exécution (ex. bolt://127.0.0.1:7687) "
					+ "au lieu de la base embarquée.")
	String uri;

	/**
	 * Runs a command and returns its exit status: 0 on success, 1 when the command
	 * failed, 2 on a usage error.
	 * @param applicationClass the Spring Boot application to start
	 * @param args the command line
	 * @return the exit status
	 */
	public static int run(Class<?> applicationClass, String... args) {
		MetrographCli top = new MetrographCli();
		CommandLine commandLine = new CommandLine(top);
		ParseResult parsed;
		try {
			parsed = commandLine.parseArgs(args);
		}
		catch (CommandLine.ParameterException ex) {
			commandLine.getErr().println(ex.getMessage());
			ex.getCommandLine().usage(commandLine.getErr());
			return 2;
		}
		Integer help = CommandLine.executeHelpRequest(parsed);
		if (help != null) {
			return help;
		}
		if (!parsed.hasSubcommand()) {
			commandLine.usage(commandLine.getErr());
			return 2;
		}
		if (parsed.subcommand().commandSpec().userObject() instanceof StandaloneCommand standalone) {
			return standalone.run();
		}
		ContextCommand command = (ContextCommand) parsed.subcommand().commandSpec().userObject();
		try (ConfigurableApplicationContext context = start(applicationClass, top.uri, command.properties())) {
			return command.run(context);
		}
		catch (RuntimeException ex) {
			commandLine.getErr().println("Erreur : " + rootMessage(ex));
			return 1;
		}
		finally {
			command.cleanUp();
			awaitDriverThreads();
		}
	}

	/**
	 * The Neo4j driver's I/O threads finish shutting down after the driver is closed; if
	 * the JVM exits meanwhile, the packaged jar is already closed and they fail loading
	 * classes (noisy NoClassDefFoundError traces). Wait for them, at most a few seconds.
	 */
	private static void awaitDriverThreads() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("Neo4jDriverIO")) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return;
				}
				try {
					thread.join(java.time.Duration.ofNanos(left));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static ConfigurableApplicationContext start(Class<?> applicationClass, String uri, List<String> extra) {
		List<String> properties = new java.util.ArrayList<>(List.of("app.ingest.on-startup=false",
				"app.neo4j.embedded.bolt-port=0", "spring.main.banner-mode=off", "logging.level.root=WARN"));
		if (uri != null) {
			properties.add("spring.neo4j.uri=" + uri);
		}
		properties.addAll(extra);
		// As arguments, so they win over application.yml and the environment.
		return new SpringApplicationBuilder(applicationClass).web(WebApplicationType.NONE)
			.run(properties.stream().map((p) -> "--" + p).toArray(String[]::new));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
			return "la base embarquée est déjà ouverte par un autre processus (le service tourne-t-il ?). "
					+ "Arrêtez-le, ou passez --uri bolt://127.0.0.1:7687 pour passer par lui. (" + message + ")";
		}
		return message;
	}

}
