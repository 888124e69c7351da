package fr.metrograph.ingest.find.prose;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.FrenchNlp;
import fr.metrograph.ingest.split.FrenchDates.Precision;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in prose, on sentences written the way news articles, event pages and agendas
 * write them; each expected answer was written before the finder ran.
 */
class ProseEventFinderTests {

	private static ProsePeopleFinder people;

	private static ProseEventFinder events;

	@BeforeAll
	static void load() throws IOException {
		Path dir = Path.of("data/reference");
		ReferenceData reference = ReferenceData.load(dir);
		people = new ProsePeopleFinder(reference, GivenNames.load(dir));
		events = new ProseEventFinder(reference);
	}

	private static List<ProseEvent> events(String text, Integer year) {
		AnnotatedText a = FrenchNlp.shared().annotate(text);
		return events.find(a, people.find(a), year);
	}

	private static ProseEvent event(String text, Integer year) {
		List<ProseEvent> found = events(text, year);
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	@Test
	void aMeetingHeldOnADayInABodysPremises() {
		ProseEvent e = event(
				"La deuxième rencontre des élu·es des métropoles participatives s'est tenue le jeudi 16 mars 2023 dans les locaux de Rennes Métropole.",
				null);
		assertThat(e.title()).isEqualTo("Deuxième rencontre des élu·es des métropoles participatives");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 16));
		assertThat(e.date().end()).isEqualTo(LocalDate.of(2023, 3, 16));
		assertThat(e.place()).isEqualTo("Rennes");
		assertThat(e.host().id()).isEqualTo("rennes");
		assertThat(e.format()).isEqualTo(Format.IN_PERSON);
		assertThat(e.announced()).isFalse();
		assertThat(e.confidence()).isEqualTo(0.85);
	}

	@Test
	void aTwoDayStudyDayAnnouncedAtAVenueWithItsOrganiser() {
		ProseEvent e = event(
				"La journée d'étude se tiendra les 4 et 5 juin 2019 à la Maison de la Métropole, à Lyon, organisée par l'ICPC.",
				null);
		assertThat(e.title()).isEqualTo("Journée d'étude");
		assertThat(e.kind()).isEqualTo("study_day");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2019, 6, 4));
		assertThat(e.date().end()).isEqualTo(LocalDate.of(2019, 6, 5));
		assertThat(e.venue()).isEqualTo("Maison de la Métropole");
		assertThat(e.place()).isEqualTo("Lyon");
		assertThat(e.organisers()).extracting(BodyRef::id).containsExactly("icpc");
		assertThat(e.announced()).isTrue();
	}

	@Test
	void aRemoteWebinarWithATimeSlotAndASpeaker() {
		ProseEvent e = event(
				"Mardi 12 janvier 2021 de 10h à 12h, webinaire en visio proposé par l'ICPC, avec Thierry Obermann, vice-président de l'Eurométropole de Strasbourg chargé de la participation citoyenne.",
				null);
		assertThat(e.kind()).isEqualTo("webinar");
		assertThat(e.format()).isEqualTo(Format.REMOTE);
		assertThat(e.date().startTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(e.date().endTime()).isEqualTo(LocalTime.of(12, 0));
		assertThat(e.organisers()).extracting(BodyRef::id).containsExactly("icpc");
		assertThat(e.attendance()).singleElement().satisfies((a) -> {
			assertThat(a.person().name()).isEqualTo("Thierry Obermann");
			assertThat(a.capacity()).isEqualTo(Capacity.SPEAKER);
		});
	}

	@Test
	void aStudyTripOverThreeDaysAndARoundTableOnANumericDate() {
		ProseEvent trip = event("Du 2 au 4 octobre 2018, un voyage d'étude a conduit une délégation à Bruxelles.",
				null);
		assertThat(trip.title()).isEqualTo("Voyage d'étude");
		assertThat(trip.kind()).isEqualTo("study_trip");
		assertThat(trip.date().start()).isEqualTo(LocalDate.of(2018, 10, 2));
		assertThat(trip.date().end()).isEqualTo(LocalDate.of(2018, 10, 4));
		assertThat(trip.place()).isEqualTo("Bruxelles");
		ProseEvent table = event(
				"Une table ronde sur les budgets participatifs a eu lieu le 12/01/2021 au Quai des Savoirs, à Toulouse.",
				null);
		assertThat(table.title()).isEqualTo("Table ronde sur les budgets participatifs");
		assertThat(table.date().start()).isEqualTo(LocalDate.of(2021, 1, 12));
		assertThat(table.venue()).isEqualTo("Quai des Savoirs");
		assertThat(table.place()).isEqualTo("Toulouse");
	}

	@Test
	void aMonthAloneAndAYearTakenFromTheDocument() {
		ProseEvent seminar = event("En mars 2020, le séminaire des agent·es s'est tenu à distance.", null);
		assertThat(seminar.title()).isEqualTo("Séminaire des agent·es");
		assertThat(seminar.date().precision()).isEqualTo(Precision.MONTH);
		assertThat(seminar.date().start()).isEqualTo(LocalDate.of(2020, 3, 1));
		assertThat(seminar.format()).isEqualTo(Format.REMOTE);
		assertThat(seminar.confidence()).isEqualTo(0.6);
		ProseEvent school = event(
				"Les 4 & 5 juin, l'université d'été de la participation a réuni 200 personnes à Grenoble.", 2019);
		assertThat(school.title()).isEqualTo("Université d'été de la participation");
		assertThat(school.kind()).isEqualTo("summer_school");
		assertThat(school.date().start()).isEqualTo(LocalDate.of(2019, 6, 4));
		assertThat(school.place()).isEqualTo("Grenoble");
		assertThat(school.confidence()).isEqualTo(0.75);
	}

	@Test
	void peopleNamedAroundTheEventAttendItWithTheirCapacity() {
		ProseEvent e = event("Le 14 mars 2022, la rencontre des élu·es s'est tenue à Nantes. "
				+ "Gaëlle Troadec, vice-présidente de Rennes Métropole, a présenté le budget participatif rennais. "
				+ "Paul Durand, adjoint au maire de Lyon, a objecté que les communes restent compétentes. "
				+ "Excusée, Amandine Ferrier a adressé un message vidéo.", null);
		assertThat(e.attendance())
			.extracting((a) -> a.person().name(), ProseAttendance::status, ProseAttendance::capacity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Gaëlle Troadec", Status.PRESENT, Capacity.SPEAKER),
					org.assertj.core.groups.Tuple.tuple("Paul Durand", Status.PRESENT, Capacity.PARTICIPANT),
					org.assertj.core.groups.Tuple.tuple("Amandine Ferrier", Status.EXCUSED, null));
	}

	@Test
	void severalOrganisersJoinedByEt() {
		ProseEvent e = event(
				"Co-organisé par Nantes Métropole et l'ICPC, le forum du 2 octobre 2024 aura lieu à Nantes.", null);
		assertThat(e.organisers()).extracting(BodyRef::id).containsExactly("nantes", "icpc");
		assertThat(e.title()).isEqualTo("Forum");
		assertThat(e.announced()).isTrue();
	}

	@Test
	void aPublicationDateADeadlineOrAnActIsNoEvent() {
		assertThat(events(
				"Publié le 3 février 2021. Les inscriptions à la rencontre sont ouvertes jusqu'au 12 mars 2021.", null))
			.isEmpty();
		assertThat(events("La délibération du 12 mars 2021 crée un conseil de la participation.", null)).isEmpty();
		assertThat(events("Le budget participatif a été voté le 3 février 2021.", null)).isEmpty();
		assertThat(events("Article mis à jour le 5 février 2021 : le compte rendu de la réunion est en ligne.", null))
			.isEmpty();
	}

}
