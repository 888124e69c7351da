package fr.metrograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of the command line. Arguments are parsed first; only a valid command
 * starts Spring, with only what commands use (see {@link #start}), on the embedded store
 * (or on {@code --uri}, given before or after the command's name). Help and usage errors
 * are in French ({@link CliMessages}).
 */
@Command(name = "metrograph", mixinStandardHelpOptions = true, version = "Metrograph 0.1",
		synopsisSubcommandLabel = "[COMMANDE]",
		description = "Outils en ligne de commande de Metrograph. L'aide d'une commande : metrograph COMMANDE --help.",
		subcommands = { IngestCommand.class, RetractCommand.class, BenchIngestCommand.class,
				BenchCopresenceCommand.class, ReportCommand.class, EvaluateExtractionCommand.class,
				ExtractCommand.class, HashPasswordCommand.class, CheckDeterminismCommand.class, LoadTestCommand.class,
				CheckRunawayCommand.class })
public class MetrographCli {

	/** Names of the commands, so that the application's main method can dispatch. */
	public static final Set<String> COMMANDS = Set.of("ingest", "retract", "bench-ingest", "bench-copresence", "report",
			"evaluate-extraction", "extract", "hash-password", "check-determinism", "load-test", "check-runaway",
			"help", "--help", "-h", "--version");

	@Option(names = "--uri", paramLabel = "BOLT_URI", scope = ScopeType.INHERIT,
			description = "Passe par le Bolt d'un service en cours d'exécution ou d'un Neo4j externe "
					+ "(ex. bolt://127.0.0.1:7687) au lieu d'ouvrir la base embarquée ; avant ou après la commande.")
	String uri;

	/**
	 * Whether the arguments ask for the command line rather than the service: a command's
	 * name first, or {@code --uri …} and then a command's name.
	 * @param args the process arguments
	 * @return true to run {@link #run}
	 */
	public static boolean isCommandLine(String... args) {
		if (args.length == 0) {
			return false;
		}
		if (COMMANDS.contains(args[0])) {
			return true;
		}
		if (args[0].equals("--uri")) {
			return args.length > 2 && COMMANDS.contains(args[2]);
		}
		return args[0].startsWith("--uri=") && args.length > 1 && COMMANDS.contains(args[1]);
	}

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
		commandLine.setResourceBundle(new CliMessages());
		ParseResult parsed;
		try {
			parsed = commandLine.parseArgs(helpAsOption(args));
		}
		catch (CommandLine.ParameterException ex) {
			commandLine.getErr().println(CliMessages.usageError(ex));
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
		String uri = parsed.matchedOptionValue("--uri", parsed.subcommand().matchedOptionValue("--uri", null));
		String[] store = { "var/neo4j" };
		try (ConfigurableApplicationContext context = start(applicationClass, uri, command, store)) {
			return command.run(context);
		}
		catch (RuntimeException ex) {
			commandLine.getErr().println("Erreur : " + rootMessage(ex, store[0]));
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

	/**
	 * {@code help} and {@code help COMMAND} are {@code --help} and
	 * {@code COMMAND --help}.
	 */
	private static String[] helpAsOption(String[] args) {
		if (args.length == 0 || !args[0].equals("help")) {
			return args;
		}
		return (args.length > 1) ? new String[] { args[1], "--help" } : new String[] { "--help" };
	}

	/**
	 * Starts Spring for a command, with only what commands use: no web server, only the
	 * auto-configurations {@link CommandLineAutoConfigurations} keeps, every bean created
	 * when a command first asks for it (a report never builds the ingest pipeline, its
	 * reference lists or its language models), and no start-up runner (the service's
	 * start-up load: {@code ingest} and {@code retract} recover interrupted loads
	 * themselves). With {@code uri}, no embedded database is opened.
	 * @param store receives the embedded store's folder as configured, for the message of
	 * a store another process holds
	 */
	private static ConfigurableApplicationContext start(Class<?> applicationClass, String uri, ContextCommand command,
			String[] store) {
		// Spring Boot's own report of a failed start (a stack trace) is left out: the
		// command prints one French sentence instead.
		List<String> properties = new java.util.ArrayList<>(List.of(CommandLineAutoConfigurations.PROPERTY + "=true",
				"spring.main.lazy-initialization=true", "app.ingest.on-startup=false", "app.neo4j.embedded.bolt-port=0",
				"spring.main.banner-mode=off", "logging.level.root=WARN",
				"logging.level.org.springframework.boot.SpringApplication=OFF",
				"logging.level.org.springframework.boot.diagnostics=OFF",
				"logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR"));
		if (uri != null) {
			properties.add("spring.neo4j.uri=" + uri);
		}
		properties.addAll(command.properties());
		// As arguments, so they win over application.yml and the environment.
		return new SpringApplicationBuilder(applicationClass).web(WebApplicationType.NONE)
			.initializers((context) -> context.addBeanFactoryPostProcessor(MetrographCli::withoutRunners))
			.listeners((event) -> {
				if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
					store[0] = prepared.getEnvironment().getProperty("app.neo4j.embedded.directory", store[0]);
					if (uri == null && command.readsStore() && !Files.isDirectory(Path.of(store[0]))) {
						throw new IllegalStateException(noStoreMessage(Path.of(store[0])));
					}
				}
			})
			.run(properties.stream().map((p) -> "--" + p).toArray(String[]::new));
	}

	/**
	 * Removes the application's runners (the service's start-up load) from a command's
	 * context.
	 */
	private static void withoutRunners(ConfigurableListableBeanFactory beanFactory) {
		BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
		for (Class<?> type : List.of(ApplicationRunner.class, CommandLineRunner.class)) {
			for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
				registry.removeBeanDefinition(name);
			}
		}
	}

	/**
	 * The sentence a command that reads the graph prints when the embedded store is not
	 * there, rather than creating an empty one and finding nothing in it (the command run
	 * outside the project's folder).
	 */
	static String noStoreMessage(Path store) {
		return "pas de base embarquée dans " + store.toAbsolutePath() + " : lancez la commande depuis le dossier du "
				+ "projet (celui qui contient var/neo4j), ou passez --uri avec l'adresse Bolt du service en cours "
				+ "d'exécution (ex. --uri bolt://127.0.0.1:7687).";
	}

	private static String rootMessage(Throwable ex, String store) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
			return ServiceBoltAddress.lockedMessage(java.nio.file.Path.of(store));
		}
		if (root instanceof java.nio.file.NoSuchFileException missing) {
			// Its message is the bare path.
			return "fichier ou dossier introuvable : " + missing.getFile() + ".";
		}
		return message;
	}

}
