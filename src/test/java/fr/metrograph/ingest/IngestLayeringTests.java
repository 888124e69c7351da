package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest pipeline's steps only depend on earlier steps (read → split → annotate →
 * find → resolve → write; {@code model} is shared by all, and depends on none), so that
 * following a document through the code visits each package once, in order.
 */
class IngestLayeringTests {

	private static final List<String> ORDER = List.of("read", "split", "annotate", "find", "resolve", "write");

	private static final Path ROOT = Path.of("src/main/java/fr/metrograph/ingest");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?fr\\.metrograph\\.ingest\\.([a-z]+)\\.",
			Pattern.MULTILINE);

	@Test
	void noStepOfThePipelineDependsOnALaterStep() throws IOException {
		List<String> violations = new ArrayList<>();
		for (int i = 0; i < ORDER.size(); i++) {
			for (String used : imports(ORDER.get(i))) {
				int j = ORDER.indexOf(used);
				if (j > i) {
					violations.add(ORDER.get(i) + " → " + used);
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theModelDependsOnNoStep() throws IOException {
		assertThat(imports("model")).allMatch((p) -> p.equals("model"));
	}

	private static List<String> imports(String pkg) throws IOException {
		List<String> out = new ArrayList<>();
		try (Stream<Path> files = Files.walk(ROOT.resolve(pkg))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					out.add(m.group(1));
				}
			}
		}
		return out;
	}

}
