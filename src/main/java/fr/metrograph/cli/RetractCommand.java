package fr.metrograph.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.ingest.IngestService;

/**
 * {@code retract PATH…}: removes what documents loaded from these files contributed. Exit
 * status 0 when something was removed for every path, 1 otherwise.
 */
@Command(name = "retract", mixinStandardHelpOptions = true,
		description = "Retire du graphe ce que des fichiers déjà chargés y ont apporté.")
class RetractCommand implements ContextCommand {

	@Parameters(arity = "1..*", paramLabel = "CHEMIN", description = "Fichiers dont retirer les documents.")
	List<Path> paths;

	@Mixin
	ReferenceOption reference;

	@Spec
	CommandSpec spec;

	@Override
	public List<String> properties() {
		return this.reference.properties();
	}

	@Override
	public boolean readsStore() {
		return true;
	}

	@Override
	public int run(ApplicationContext context) {
		IngestService ingest = context.getBean(IngestService.class);
		int status = 0;
		for (Path path : this.paths) {
			String stored = Path.of("")
				.toAbsolutePath()
				.relativize(path.toAbsolutePath().normalize())
				.toString()
				.replace('\\', '/');
			int removed = ingest.retract(stored.startsWith("..") ? path.toAbsolutePath().toString() : stored);
			this.spec.commandLine().getOut().println(removed + " document(s) retiré(s) pour " + stored);
			if (removed == 0) {
				status = 1;
			}
		}
		this.spec.commandLine().getOut().flush();
		return status;
	}

}
