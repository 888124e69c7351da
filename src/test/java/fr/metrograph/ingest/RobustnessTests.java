package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes no corpus document has, written inline: each pins one general rule of the
 * extractor.
 */
class RobustnessTests {

	private static DocumentExtractor extractor;

	@BeforeAll
	static void load() throws IOException {
		extractor = new DocumentExtractor(ReferenceData.load(Path.of("data/reference")));
	}

	private static ExtractedDocument extract(String text) {
		List<ExtractedDocument> docs = extractor.extract("inline.txt", text, ExtractionHints.none());
		assertThat(docs).hasSize(1);
		return docs.get(0);
	}

	private static List<String> names(ExtractedDocument d) {
		return d.people().stream().map(PersonMention::name).toList();
	}

	private static MeetingFact main(ExtractedDocument d) {
		return d.meetings().stream().filter((m) -> m.partOfId() == null).findFirst().orElseThrow();
	}

	private static Status status(ExtractedDocument d, String name) {
		PersonMention p = d.people().stream().filter((x) -> x.name().equals(name)).findFirst().orElseThrow();
		return d.attendance()
			.stream()
			.filter((a) -> a.personId().equals(p.id()) && a.meetingId().equals(main(d).id()))
			.map(AttendanceFact::status)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static List<Capacity> capacities(ExtractedDocument d, String name) {
		PersonMention p = d.people().stream().filter((x) -> x.name().equals(name)).findFirst().orElseThrow();
		return d.attendance()
			.stream()
			.filter((a) -> a.personId().equals(p.id()) && a.meetingId().equals(main(d).id()))
			.map(AttendanceFact::capacity)
			.toList();
	}

	@Test
	void readsSurnameFirstAttendeeLinesWithFunctionAndBody() {
		ExtractedDocument d = extract("""
				COMPTE RENDU
				Réunion des agent·es, mardi 12/03/2024, en visioconférence

				Participants :
				DUPONT Jeanne, chargée de mission participation (Rennes Métropole)
				LE GOFF Yann, directeur de la concertation (Nantes Métropole)

				ORDRE DU JOUR
				1. Tour de table
				""");
		assertThat(names(d)).containsExactlyInAnyOrder("Jeanne Dupont", "Yann Le Goff");
		assertThat(main(d).startDate()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(main(d).format()).isEqualTo(Format.REMOTE);
		assertThat(status(d, "Jeanne Dupont")).isEqualTo(Status.PRESENT);
		assertThat(d.people()).filteredOn((p) -> p.name().equals("Yann Le Goff"))
			.extracting(PersonMention::affiliationId)
			.containsExactly("nantes");
	}

	@Test
	void readsAnInlineParticipantListJoinedByCommasAndEt() {
		ExtractedDocument d = extract("""
				Réunion du groupe des agent·es — le 1er juillet 2023 à Lyon (présentiel)

				Participant·es : Claire Morel (Lyon), Paul Garnier (Métropole de Lyon) et Anne Lucas (Nantes Métropole).
				""");
		assertThat(names(d)).containsExactlyInAnyOrder("Claire Morel", "Paul Garnier", "Anne Lucas");
		assertThat(main(d).startDate()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(status(d, "Anne Lucas")).isEqualTo(Status.PRESENT);
		assertThat(d.people()).filteredOn((p) -> p.name().equals("Anne Lucas"))
			.extracting(PersonMention::affiliationId)
			.containsExactly("nantes");
	}

	@Test
	void readsADateRangeWithinOneMonth() {
		ExtractedDocument d = extract("""
				Séminaire des métropoles participatives
				du 3 au 5 juin 2024, en présentiel à Grenoble

				Présent·es :
				- Mme Hélène DU PLESSIS, Grenoble Alpes Métropole
				- M. Karim DE LA TOUR, Rennes Métropole
				""");
		MeetingFact m = main(d);
		assertThat(m.startDate()).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(m.endDate()).isEqualTo(LocalDate.of(2024, 6, 5));
		assertThat(m.format()).isEqualTo(Format.IN_PERSON);
		assertThat(names(d)).hasSize(2);
		assertThat(d.people()).allSatisfy((p) -> assertThat(p.affiliationId()).isNotNull());
	}

	@Test
	void leavesTheYearEmptyWhenTheDocumentHasNone() {
		ExtractedDocument d = extract("""
				Note sur la participation citoyenne

				Les habitant·es sont associé·es aux projets d'aménagement dès leur conception.
				Madame la Présidente a rappelé l'importance du débat public.
				""");
		assertThat(d.year()).isNull();
		assertThat(d.people()).isEmpty();
		assertThat(d.meetings()).isEmpty();
	}

	@Test
	void readsAPersonNamedInlineInProseWithTitleAndBody() {
		ExtractedDocument d = extract(
				"""
						Publié le 4 avril 2024

						« La participation doit s'évaluer », a déclaré Jeanne DUPONT, conseillère métropolitaine déléguée à la démocratie locale de Rennes Métropole.
						Selon Dr Marc Le Bihan, de Nantes Métropole, les résultats sont encourageants.
						""");
		assertThat(names(d)).contains("Jeanne Dupont");
		assertThat(d.people()).filteredOn((p) -> p.name().equals("Jeanne Dupont"))
			.extracting(PersonMention::affiliationId)
			.containsExactly("rennes");
		assertThat(d.roles()).anySatisfy((r) -> assertThat(r.title()).startsWith("Conseillère métropolitaine"));
		assertThat(d.year()).isEqualTo(2024);
	}

	@Test
	void neverReadsCapitalHeadingsAsPeople() {
		ExtractedDocument d = extract("""
				RELEVÉ DE DÉCISIONS
				Rencontre des élu·es, jeudi 10 octobre 2024, Nantes

				ORDRE DU JOUR
				COMPTE RENDU DÉTAILLÉ
				Étaient présent·es :
				- Monsieur Paul MARTIN, vice-président de Nantes Métropole
				- Madame Léa DURAND, vice-présidente de Rennes Métropole

				DÉCISIONS
				Le groupe adopte sa feuille de route.
				""");
		assertThat(names(d)).containsExactlyInAnyOrder("Paul Martin", "Léa Durand");
		assertThat(status(d, "Léa Durand")).isEqualTo(Status.PRESENT);
		assertThat(capacities(d, "Paul Martin")).containsExactly(Capacity.PARTICIPANT);
	}

	@Test
	void aRemoteSubListMakesAnInPersonMeetingHybrid() {
		ExtractedDocument d = extract("""
				Réunion des agent·es — jeudi 7 novembre 2024, en présentiel à Lille

				Présent·es :
				- Anne MOREAU, Métropole Européenne de Lille

				En visio :
				- Luc PERRET, Toulouse Métropole
				""");
		assertThat(main(d).format()).isEqualTo(Format.HYBRID);
		assertThat(status(d, "Luc Perret")).isEqualTo(Status.PRESENT);
	}

}
