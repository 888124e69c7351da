package fr.metrograph.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French pipeline on real-looking sentences. The models load once for the whole test
 * JVM (the other prose tests share them).
 */
class FrenchNlpTests {

	private final FrenchNlp nlp = FrenchNlp.shared();

	@Test
	void wordsPointIntoTheTextAsWrittenAndInclusiveWritingStaysOneWord() {
		String text = "Les élu·es de Nantes Métropole ont accueilli\nGaëlle Troadec au Conseil.";
		AnnotatedText a = this.nlp.annotate(text, (s) -> true);
		List<String> covered = new ArrayList<>();
		for (Sentence s : a.sentences()) {
			for (Token t : s.tokens()) {
				covered.add(text.substring(t.begin(), t.end()));
			}
		}
		assertThat(covered).contains("élu·es", "Gaëlle", "Troadec", "au");
		assertThat(a.sentences()).hasSize(1);
	}

	@Test
	void recognisesPeopleAndParsesOnlyTheSentencesAskedFor() {
		AnnotatedText a = this.nlp.annotate("Le groupe s'est réuni trois fois. Gaëlle Troadec a présenté le bilan.");
		assertThat(a.sentences()).extracting(Sentence::parsed).containsExactly(false, true);
		Sentence second = a.sentences().get(1);
		assertThat(second.entities("PER")).singleElement()
			.satisfies(
					(span) -> assertThat(a.text().substring(second.token(span[0]).begin(), second.token(span[1]).end()))
						.isEqualTo("Gaëlle Troadec"));
		Token gaelle = second.token(second.entities("PER").get(0)[0]);
		assertThat(second.head(gaelle).word()).isEqualTo("présenté");
		assertThat(gaelle.relation("nsubj")).isTrue();
		assertThat(this.nlp.loadTimes().tagger()).isNotNull();
	}

	@Test
	void givesTheSameAnswersFromSeveralThreadsAtOnce() throws Exception {
		List<String> texts = List.of(
				"Thierry Obermann, vice-président de l'Eurométropole de Strasbourg, a ouvert la séance.",
				"Le maire de Brest, François Cuillandre, a accueilli les participants.",
				"Sabine Lemoine, Kévin Ballot et Ibrahima Dossou, élus de Nantes Métropole, ont présenté le projet.",
				"La table ronde aura lieu le 12 janvier 2021 au Quai des Savoirs, à Toulouse.");
		List<AnnotatedText> sequential = new ArrayList<>();
		for (String t : texts) {
			sequential.add(this.nlp.annotate(t, (s) -> true));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<AnnotatedText>> futures = new ArrayList<>();
			for (int round = 0; round < 5; round++) {
				for (String t : texts) {
					futures.add(pool.submit(() -> this.nlp.annotate(t, (s) -> true)));
				}
			}
			for (int i = 0; i < futures.size(); i++) {
				assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
