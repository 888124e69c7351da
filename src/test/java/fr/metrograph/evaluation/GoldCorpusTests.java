package fr.metrograph.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import fr.metrograph.evaluation.GoldDocument.GoldPerson;
import fr.metrograph.evaluation.GoldDocument.GoldRole;
import fr.metrograph.ingest.read.DocumentReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written expectations themselves: they read, they point at real documents, what
 * they quote is in the text, and their bodies are in the reference lists. Runs no
 * extractor.
 */
class GoldCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/corpus");

	static final Path GOLD = Path.of("src/test/resources/gold");

	private final GoldReader reader = new GoldReader();

	private final ReferenceNames reference = ReferenceNames.load(Path.of("data/reference"));

	@Test
	void theGoldCorpusHasThirtyDocumentsInEightShapesAndSomeThatNameNoOne() {
		List<GoldDocument> gold = this.reader.read(GOLD);
		assertThat(gold).hasSizeGreaterThanOrEqualTo(30);
		assertThat(gold.stream().map(GoldDocument::shape).filter(Objects::nonNull).distinct())
			.hasSizeGreaterThanOrEqualTo(8);
		assertThat(gold.stream().filter((d) -> d.people().isEmpty())).hasSizeGreaterThanOrEqualTo(3);
		assertThat(gold.stream().filter((d) -> d.fileName().endsWith(".pdf"))).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.reader.read(CORPUS)).hasSize(12);
	}

	@Test
	void everyMetropolisAndMetropolitanBodyOfAnExpectationIsInTheReferenceList() {
		List<String> unknown = new ArrayList<>();
		for (GoldDocument d : all()) {
			for (String m : d.metropolises()) {
				if (this.reference.metropolis(m).isEmpty()) {
					unknown.add(d.fileName() + ": " + m);
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void variantsAndRoleTitlesAreWrittenInTheirTextDocuments() {
		DocumentReader documents = new DocumentReader(10_000_000);
		List<String> absent = new ArrayList<>();
		for (GoldDocument d : all()) {
			if (d.fileName().endsWith(".pdf")) {
				continue; // a PDF's text layer may split what the page shows
			}
			String text = documents.read(d.document()).text().replaceAll("\\s+", " ");
			for (GoldPerson p : d.people()) {
				p.variants()
					.stream()
					.filter((v) -> !text.contains(v))
					.forEach((v) -> absent.add(d.fileName() + ": " + v));
				p.roles()
					.stream()
					.map(GoldRole::title)
					.filter((t) -> !text.contains(t))
					.forEach((t) -> absent.add(d.fileName() + ": " + t));
			}
		}
		assertThat(absent).isEmpty();
	}

	@Test
	void everyPersonIsListedOnceAndEveryMeetingHasAStartDate() {
		for (GoldDocument d : all()) {
			assertThat(d.people().stream().map(GoldPerson::name)).as(d.fileName()).doesNotHaveDuplicates();
			assertThat(d.meetings()).as(d.fileName()).allSatisfy((m) -> assertThat(m.start()).isNotNull());
		}
	}

	private List<GoldDocument> all() {
		List<GoldDocument> all = new ArrayList<>(this.reader.read(CORPUS));
		all.addAll(this.reader.read(GOLD));
		return all;
	}

}
