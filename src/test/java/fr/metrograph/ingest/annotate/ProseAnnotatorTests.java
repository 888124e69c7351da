package fr.metrograph.ingest.annotate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseAnnotatorTests {

	private final ProseAnnotator annotator = new ProseAnnotator(FrenchNlp.shared(),
			(t) -> t.replace("Rennes Métropole", "rennes metropole").replace("Nantes Métropole", "nantes metropole"));

	@Test
	void onlyProseThatMayNameSomeoneGoesThroughThePipeline() {
		assertThat(
				this.annotator.mayNameSomeone("Le conseil de Rennes Métropole a voté la charte de la participation."))
			.isFalse();
		assertThat(this.annotator.mayNameSomeone("Pour Mme Troadec, la charte de la participation est une étape."))
			.isTrue();
		assertThat(this.annotator.mayNameSomeone("La charte a été présentée par Gaëlle Troadec au conseil.")).isTrue();
		assertThat(this.annotator.mayNameSomeone("La charte a été présentée par Gaëlle TROADEC au conseil.")).isTrue();
	}

	@Test
	void aNameThatStartsASentenceMayNameSomeoneAndADeterminerDoesNot() {
		assertThat(this.annotator.mayNameSomeone(
				"La séance a eu lieu à Nantes. Wenceslas Perrichon, chargé de mission, " + "a présenté le bilan."))
			.isTrue();
		assertThat(this.annotator.mayNameSomeone("Wenceslas Perrichon a présenté le bilan de la troisième édition."))
			.isTrue();
		assertThat(
				this.annotator.mayNameSomeone("Le Conseil de développement a présenté le bilan. La Fabrique a suivi."))
			.isFalse();
	}

	@Test
	void cutsParagraphsIntoSegmentsAndAnnotatesTheProseOnes() {
		List<AnnotatedSegment> segments = this.annotator.annotate(List.of("AGENDA",
				"- Mardi 4 juin 2024 : séminaire des agent·es, à Lille et en ligne.\n- Jeudi 13 juin 2024 : rencontre des élu·es.",
				"Le 12 mars 2023, Gaëlle Troadec, vice-présidente de Rennes Métropole, a ouvert la rencontre des élu·es."));
		assertThat(segments).extracting(AnnotatedSegment::paragraph, AnnotatedSegment::prose)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, false),
					org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(1, false),
					org.assertj.core.groups.Tuple.tuple(2, true));
		assertThat(segments.get(2).offset()).isEqualTo(67);
		assertThat(segments.get(1).text().sentences()).hasSize(1);
		assertThat(segments.get(1).text().sentences().get(0).tokens()).isEmpty();
		assertThat(segments.get(3).text().sentences().get(0).tokens()).isNotEmpty();
	}

}
