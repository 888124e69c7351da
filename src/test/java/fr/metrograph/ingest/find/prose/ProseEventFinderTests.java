package fr.metrograph.ingest.find.prose;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.annotate.AnnotatedSegment;
import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.GivenNames;
import fr.metrograph.ingest.annotate.FrenchNlp;
import fr.metrograph.ingest.annotate.ProseAnnotator;
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

	private static List<ProseEvent> document(String text, Integer year) {
		ProseAnnotator annotator = new ProseAnnotator(FrenchNlp.shared(), (t) -> t);
		List<ProseEventFinder.Block> blocks = new ArrayList<>();
		for (AnnotatedSegment s : annotator.annotate(Arrays.asList(text.split("\n\\s*\n")))) {
			blocks.add(new ProseEventFinder.Block(s.text(), people.find(s.text()), s.prose()));
		}
		return events.find(blocks, year);
	}

	@Test
	void anAgendaGivesEachHeadingTheDateWrittenBelowIt() {
		List<ProseEvent> found = document("""
				## Prochains rendez-vous

				### Atelier « Tirage au sort et jurys citoyens »
				**Jeudi 9 mars 2023, de 14h à 17h** — en visio
				Intervenant : Youssef Haddad (Métropole Rouen Normandie). Animé par Claire Fontaine (ICPC).

				### Voyage d'étude à Barcelone
				**Du 15 au 17 mai 2023**, organisé par Bordeaux Métropole.

				### Forum de la participation
				**En octobre 2023** (date à confirmer), à Lille.
				""", 2023);
		assertThat(found).extracting(ProseEvent::title)
			.containsExactly("Atelier « Tirage au sort et jurys citoyens »", "Voyage d'étude à Barcelone",
					"Forum de la participation");
		ProseEvent workshop = found.get(0);
		assertThat(workshop.date().start()).isEqualTo(LocalDate.of(2023, 3, 9));
		assertThat(workshop.date().startTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(workshop.format()).isEqualTo(Format.REMOTE);
		assertThat(workshop.attendance()).extracting((a) -> a.person().name(), ProseAttendance::capacity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Youssef Haddad", Capacity.SPEAKER),
					org.assertj.core.groups.Tuple.tuple("Claire Fontaine", Capacity.FACILITATOR));
		ProseEvent trip = found.get(1);
		assertThat(trip.kind()).isEqualTo("study_trip");
		assertThat(trip.date().end()).isEqualTo(LocalDate.of(2023, 5, 17));
		assertThat(trip.organisers()).extracting(BodyRef::id).containsExactly("bordeaux");
		ProseEvent forum = found.get(2);
		assertThat(forum.date().precision()).isEqualTo(Precision.MONTH);
		assertThat(forum.date().start()).isEqualTo(LocalDate.of(2023, 10, 1));
		assertThat(forum.place()).isEqualTo("Lille");
	}

	@Test
	void anEventNamedAsAPurposeIsNoEventButOneNamedWithItsArticleIs() {
		assertThat(events("Le travail d'instruction a été mené en deux mois pour un débat politique et une remise "
				+ "de la réponse argumentée en janvier 2021.", null))
			.isEmpty();
		assertThat(events("Les services se mobilisent en vue d'une rencontre avec les habitants en mars 2022.", null))
			.isEmpty();
		assertThat(event("Pour la rencontre du 3 février 2021 à Lyon, les élu·es ont préparé trois questions.", null)
			.date()
			.start()).isEqualTo(LocalDate.of(2021, 2, 3));
	}

	@Test
	void aFormerDateIsNotTheEventsDate() {
		ProseEvent e = event(
				"Initialement prévue en mars 2020, la journée aura lieu le jeudi 23 septembre 2021 à Nantes.", null);
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 9, 23));
		assertThat(e.place()).isEqualTo("Nantes");
	}

	@Test
	void aWebinarOnlineWithAQuotedTitleAndATimeSlot() {
		ProseEvent e = event(
				"Le webinaire « Concertation et ZFE » aura lieu le mardi 7 décembre 2021 de 14h à 15h30, en ligne.",
				null);
		assertThat(e.title()).isEqualTo("Webinaire « Concertation et ZFE »");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 12, 7));
		assertThat(e.date().startTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(e.date().endTime()).isEqualTo(LocalTime.of(15, 30));
		assertThat(e.format()).isEqualTo(Format.REMOTE);
		assertThat(e.announced()).isTrue();
	}

	@Test
	void aDeadlineInTheSameSentenceIsNotTheEventsDate() {
		ProseEvent e = event(
				"Les candidatures sont à envoyer avant le 15 janvier 2022 ; le séminaire aura lieu le 3 février 2022 à Rouen.",
				null);
		assertThat(e.kind()).isEqualTo("seminar");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 2, 3));
		assertThat(e.place()).isEqualTo("Rouen");
	}

	@Test
	void aRangeOverTwoMonthsAtAVenueNamingItsCity() {
		ProseEvent e = event(
				"Les rencontres nationales de la participation se dérouleront du 30 juin au 2 juillet 2022 "
						+ "au Palais des Congrès de Lille.",
				null);
		assertThat(e.title()).isEqualTo("Rencontres nationales de la participation");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(e.date().end()).isEqualTo(LocalDate.of(2022, 7, 2));
		assertThat(e.venue()).isEqualTo("Palais des Congrès de Lille");
		assertThat(e.place()).isEqualTo("Lille");
		assertThat(e.format()).isEqualTo(Format.IN_PERSON);
	}

	@Test
	void aSeminarHostedByABodyOverTwoDays() {
		ProseEvent e = event(
				"Accueilli par Toulouse Métropole, le séminaire des agents s'est déroulé les 13 et 14 octobre 2022.",
				null);
		assertThat(e.title()).isEqualTo("Séminaire des agents");
		assertThat(e.host().id()).isEqualTo("toulouse");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 10, 13));
		assertThat(e.date().end()).isEqualTo(LocalDate.of(2022, 10, 14));
		assertThat(e.format()).isEqualTo(Format.IN_PERSON);
		assertThat(e.announced()).isFalse();
	}

	@Test
	void aHybridPlenaryInACityAndByVideo() {
		ProseEvent e = event(
				"La réunion plénière du 5 avril 2022 se tiendra en format hybride, à Nantes et en visioconférence.",
				null);
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 4, 5));
		assertThat(e.format()).isEqualTo(Format.HYBRID);
		assertThat(e.place()).isEqualTo("Nantes");
	}

	@Test
	void anEventPageWithItsNavigationItsPublicationDateAndItsDeadline() {
		List<ProseEvent> found = document(
				"""
						Accueil > Agenda > Conférence

						Partager : Facebook Twitter LinkedIn

						Publié le 12 janvier 2022

						# Conférence « Démocratie et climat »

						La conférence se tiendra le jeudi 10 février 2022 de 18h à 20h à l'Hôtel de Région, à Marseille. Elle est organisée par la Métropole d'Aix-Marseille-Provence.

						Inscriptions jusqu'au 5 février 2022.
						""",
				2022);
		assertThat(found).singleElement().satisfies((e) -> {
			assertThat(e.title()).isEqualTo("Conférence « Démocratie et climat »");
			assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 2, 10));
			assertThat(e.venue()).isEqualTo("Hôtel de Région");
			assertThat(e.place()).isEqualTo("Marseille");
			assertThat(e.organisers()).extracting(BodyRef::id).containsExactly("aix-marseille-provence");
		});
	}

	@Test
	void anAgendaListingOfDatedLines() {
		List<ProseEvent> found = document("""
				Agenda du réseau

				- 12 janvier 2023 — Atelier « Budget participatif », Rennes
				- 2 février 2023 — Webinaire « Jurys citoyens », en ligne
				- 16 mars 2023 — Rencontre des élu·es à Lyon
				""", 2023);
		assertThat(found).extracting(ProseEvent::title, (e) -> e.date().start())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Atelier « Budget participatif »", LocalDate.of(2023, 1, 12)),
					org.assertj.core.groups.Tuple.tuple("Webinaire « Jurys citoyens »", LocalDate.of(2023, 2, 2)),
					org.assertj.core.groups.Tuple.tuple("Rencontre des élu·es", LocalDate.of(2023, 3, 16)));
		assertThat(found.get(0).place()).isEqualTo("Rennes");
		assertThat(found.get(1).format()).isEqualTo(Format.REMOTE);
		assertThat(found.get(2).place()).isEqualTo("Lyon");
	}

	@Test
	void aRegistrationDeadlineNamingTheMeetingIsNoSecondEvent() {
		assertThat(events("Rencontre des agents le 9 mars 2023 à Lyon. Date limite d'inscription à la rencontre : "
				+ "1er mars 2023.", null))
			.singleElement()
			.satisfies((e) -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 9)));
	}

	@Test
	void aTimeSlotWrittenWithADashAndAVideoTool() {
		ProseEvent e = event("Jeudi 3 février 2022, 9h30-12h30 : atelier de co-construction en visioconférence (Zoom).",
				null);
		assertThat(e.kind()).isEqualTo("workshop");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 2, 3));
		assertThat(e.date().startTime()).isEqualTo(LocalTime.of(9, 30));
		assertThat(e.format()).isEqualTo(Format.REMOTE);
	}

	@Test
	void minutesAvailableOnlineAreNoRemoteMeeting() {
		ProseEvent e = event("Le compte rendu de la réunion du 12 janvier 2022 est disponible en ligne.", null);
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 1, 12));
		assertThat(e.format()).isEqualTo(Format.UNKNOWN);
	}

	@Test
	void aRangeWithWeekdaysAndTheNextMeetingInAMonth() {
		ProseEvent school = event(
				"L'université d'été se déroulera du lundi 4 au mercredi 6 juillet 2022 sur le campus de Villeurbanne.",
				null);
		assertThat(school.date().start()).isEqualTo(LocalDate.of(2022, 7, 4));
		assertThat(school.date().end()).isEqualTo(LocalDate.of(2022, 7, 6));
		ProseEvent next = event("La prochaine rencontre aura lieu en juin 2023.", null);
		assertThat(next.date().precision()).isEqualTo(Precision.MONTH);
		assertThat(next.date().start()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(next.announced()).isTrue();
	}

	@Test
	void anUpdateNoteAndARegistrationDeadlineAtTheFootOfAPageAreNoEvents() {
		assertThat(
				events("Inscription obligatoire à l'atelier avant le 28 février 2022. Mis à jour le 18/03/2022.", null))
			.isEmpty();
	}

	@Test
	void aWalkOnADayWithoutItsYearTakesTheDocumentsYear() {
		ProseEvent e = event(
				"Rendez-vous le samedi 14 mai à 10h sur le parvis de l'hôtel de ville pour une balade urbaine.", 2022);
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 5, 14));
		assertThat(e.date().explicitYear()).isFalse();
	}

	@Test
	void aForumAtTheInvitationOfAMetropolis() {
		ProseEvent e = event("Le 2e forum des métropoles participatives s'est tenu le 8 décembre 2022 à Dijon, "
				+ "à l'invitation de Dijon Métropole.", null);
		assertThat(e.title()).isEqualTo("2e forum des métropoles participatives");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 12, 8));
		assertThat(e.place()).isEqualTo("Dijon");
		assertThat(e.organisers()).extracting(BodyRef::id).containsExactly("dijon");
	}

	@Test
	void twoEventsOfOneSentenceEachWithItsDate() {
		List<ProseEvent> found = events(
				"Après un premier atelier le 12 mai, un second atelier aura lieu le 9 juin 2022 à Metz.", 2022);
		assertThat(found).extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2022, 5, 12), LocalDate.of(2022, 6, 9));
		assertThat(found).extracting(ProseEvent::kind).containsOnly("workshop");
	}

	@Test
	void aDeadlineToSubmitProjectsAndTheLaunchMeeting() {
		ProseEvent e = event("Vous avez jusqu'au 30 septembre pour proposer vos projets ; la réunion publique de "
				+ "lancement se tiendra le 2 septembre 2022.", null);
		assertThat(e.title()).isEqualTo("Réunion publique de lancement");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 9, 2));
	}

	@Test
	void aDayLastMonthTakesTheDocumentsYear() {
		ProseEvent e = event("Le 14 juin dernier, les agents ont participé à une journée d'échanges à Grenoble.", 2023);
		assertThat(e.kind()).isEqualTo("study_day");
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 6, 14));
		assertThat(e.place()).isEqualTo("Grenoble");
	}

	private static List<ProseEvent> document(String text, Integer year, LocalDate writtenOn) {
		ProseAnnotator annotator = new ProseAnnotator(FrenchNlp.shared(), (t) -> t);
		List<ProseEventFinder.Block> blocks = new ArrayList<>();
		for (AnnotatedSegment s : annotator.annotate(Arrays.asList(text.split("\n\\s*\n")))) {
			blocks.add(new ProseEventFinder.Block(s.text(), people.find(s.text()), s.prose()));
		}
		return events.find(blocks, year, writtenOn);
	}

	@Test
	void anAgendaWhoseDatesStandAboveTheirTitles() {
		List<ProseEvent> found = document("""
				Agenda 2023

				Jeudi 12 janvier
				Webinaire « Assemblées citoyennes tirées au sort »
				14h-16h30, en ligne

				Jeudi 2 février, 18h
				Conférence-débat « La démocratie locale à l'épreuve de la défiance »
				À Rennes, salle de la Cité. Organisée par Rennes Métropole, entrée libre.

				Mercredi 19 avril — ANNULÉ
				Séminaire « Participation et transition écologique »
				Faute d'un nombre suffisant d'inscrits, le séminaire est annulé.

				Du lundi 3 au mercredi 5 juillet
				Université d'été de la participation, à Strasbourg

				En octobre
				Rencontre annuelle des élu·es (date et lieu à confirmer)

				Le 1er décembre
				Forum des conseils de développement, à Nancy
				""", 2023, LocalDate.of(2023, 1, 9));
		assertThat(found).extracting((e) -> e.date().start(), ProseEvent::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 1, 12), "webinar"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 2, 2), "conference"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 7, 3), "summer_school"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 10, 1), "meeting"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 1), "forum"));
		assertThat(found.get(0).title()).isEqualTo("Webinaire « Assemblées citoyennes tirées au sort »");
		assertThat(found.get(0).format()).isEqualTo(Format.REMOTE);
		assertThat(found.get(1).place()).isEqualTo("Rennes");
		assertThat(found.get(1).organisers()).extracting(BodyRef::id).containsExactly("rennes");
		assertThat(found.get(2).date().end()).isEqualTo(LocalDate.of(2023, 7, 5));
		assertThat(found.get(3).date().precision()).isEqualTo(Precision.MONTH);
		assertThat(found.get(4).place()).isEqualTo("Nancy");
	}

	@Test
	void aSidebarOfEventsWithoutBlankLinesAndAMonthHeadingASection() {
		List<ProseEvent> found = document("""
				AUTRES ÉVÉNEMENTS
				14/05/2024
				Webinaire « Tirage au sort : mode d'emploi »
				En ligne
				Du 5 au 7 juin 2024
				Forum métropolitain de la participation
				Grenoble, Le Forum
				JUIN 2024
				Réunion publique sur le plan de mobilité
				Mardi 18 juin, 18h30
				Saint-Égrève, salle Karl Marx
				""", 2024, null);
		assertThat(found).extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 18));
		assertThat(found.get(2).title()).isEqualTo("Réunion publique sur le plan de mobilité");
	}

	@Test
	void aPostponedEventIsAtItsNewDateAndACancelledOneIsNone() {
		assertThat(event("Le forum, qui devait se tenir le vendredi 26 mars 2021 au centre Prouvé, est reporté au "
				+ "vendredi 14 mai 2021, dans le même lieu.", null)
			.date()
			.start()).isEqualTo(LocalDate.of(2021, 5, 14));
		assertThat(events("La rencontre prévue le jeudi 19 mars 2020 à Rouen est reportée à une date qui sera fixée "
				+ "dès que possible.", null))
			.isEmpty();
		assertThat(events("La journée d'étude « Participation et handicap » du 7 décembre 2023 est annulée.", null))
			.isEmpty();
		assertThat(events("De son côté, la Ville annule les ateliers de quartier prévus en avril 2021.", null))
			.isEmpty();
		// a cancellation in the next clause leaves this one's event
		assertThat(event("Le conseil maintient sa plénière en visio le mardi 23 mars 2021 à 18h. De son côté, la Ville "
				+ "annule les ateliers de quartier prévus en avril.", null)
			.date()
			.start()).isEqualTo(LocalDate.of(2021, 3, 23));
	}

	@Test
	void aDayWithoutItsYearIsPlacedByWhenTheDocumentWasWritten() {
		List<ProseEvent> past = document("Suite à notre rencontre du 14 novembre dernier à Dijon, nous vous invitons.",
				2025, LocalDate.of(2025, 3, 3));
		assertThat(past).extracting((e) -> e.date().start()).containsExactly(LocalDate.of(2024, 11, 14));
		List<ProseEvent> moved = document(
				"Le séminaire des élu·es prévu le 8 février à Toulouse est reporté au 14 mai, " + "même lieu.", 2023,
				LocalDate.of(2023, 12, 1));
		assertThat(moved).extracting((e) -> e.date().start()).containsExactly(LocalDate.of(2024, 5, 14));
		// no writing date: the document's year
		assertThat(document("Suite à notre rencontre du 14 novembre dernier à Dijon, nous vous invitons.", 2025, null))
			.extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2025, 11, 14));
	}

	@Test
	void aPluralNounBeforeAListOfDaysIsOneEventPerDay() {
		List<ProseEvent> found = document("Trois webinaires d'une heure, les mardis 16 janvier, 13 février et 12 mars, "
				+ "de 12h30 à 13h30. Inscription en ligne.", 2023, LocalDate.of(2023, 12, 1));
		assertThat(found).extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2024, 1, 16), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 3, 12));
		assertThat(found).extracting(ProseEvent::kind).containsOnly("webinar");
		// a singular noun with two days is one event and another date
		assertThat(events("Le webinaire du 16 janvier 2024 sera rediffusé le 13 février 2024.", null)).hasSize(1);
	}

	@Test
	void aCountedNounIsOneEventPerDayUpToItsCountEvenWithWordsBetweenTheDays() {
		List<ProseEvent> found = events("L'année s'est achevée par deux réunions en visio : le 25 novembre pour les "
				+ "agent·es (bilan des démarches « climat ») et le 9 décembre pour les élu·es (feuille de route 2022).",
				2021);
		assertThat(found).extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2021, 11, 25), LocalDate.of(2021, 12, 9));
		// no count: the second date is no event of the plural noun
		assertThat(events("Les réunions en visio ont repris le 25 novembre, après une pause qui durait "
				+ "depuis le 9 décembre.", 2021))
			.hasSize(1);
	}

	@Test
	void aKickerAboveATitleIsAHeadingAndAHeadingDatesOnlyALineOpeningWithADate() {
		List<ProseEvent> found = document("""
				ATELIER CITOYEN
				Fabrique citoyenne des mobilités : atelier de restitution

				Publié le 22 avril 2024

				Samedi 25 mai 2024, de 9h30 à 12h
				Maison des habitants, 2 place de la Libération, Échirolles
				""", 2024, LocalDate.of(2024, 4, 22));
		assertThat(found).singleElement().satisfies((e) -> {
			assertThat(e.title()).isEqualTo("Fabrique citoyenne des mobilités : atelier de restitution");
			assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 25));
		});
		assertThat(document(
				"""
						RENCONTRE INTER-RÉSEAUX
						Conseils de développement et métropoles participatives

						Les conseils de développement, rendus obligatoires par la loi NOTRe du 7 août 2015, travaillent à côté des services.
						""",
				2023, null))
			.isEmpty();
	}

	@Test
	void aClosingSessionIsAnEventAndATourDeTableIsNone() {
		assertThat(
				event("La convention citoyenne, dont la séance de clôture s'est tenue le samedi 25 juin 2022, a rendu "
						+ "ses avis.", null)
					.date()
					.start())
			.isEqualTo(LocalDate.of(2022, 6, 25));
		assertThat(document("""
				2. Tour de table

				Sandrine Jacquemin présente le budget participatif, dont le vote s'est clos le 30 juin 2022.
				""", 2022, null)).isEmpty();
		assertThat(event("Un point d'étape en visio est fixé au mardi 11 octobre 2022 de 17h à 18h.", null).format())
			.isEqualTo(Format.REMOTE);
	}

	@Test
	void theDateUnderABylineIsTheArticlesAndAStopIsNoEvent() {
		assertThat(document("""
				FORUM DE LA DÉMOCRATIE PERMANENTE : UN ÉLU SUÉDOIS À MONTPELLIER

				Clément Ribes
				13/06/2025
				""", 2025, null)).isEmpty();
		assertThat(events("Nos rencontres se sont arrêtées net le 16 mars 2020.", null)).isEmpty();
	}

	@Test
	void aPluralHeadingDatesEachListItemBelowIt() {
		List<ProseEvent> found = document("""
				Deux ateliers ouverts à toutes et tous :
				- Samedi 14 octobre 2023, de 10h à 13h, à Rezé (Halles de Rezé)
				- Mercredi 18 octobre 2023, de 18h à 20h, en ligne
				""", 2023, null);
		assertThat(found).extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2023, 10, 14), LocalDate.of(2023, 10, 18));
		assertThat(found.get(0).place()).isEqualTo("Rezé");
		assertThat(found.get(1).format()).isEqualTo(Format.REMOTE);
	}

	@Test
	void aSessionOfAConventionIsAnEvent() {
		ProseEvent e = event("Les candidatures sont ouvertes jusqu'au 30 avril 2021 ; la première session se tiendra "
				+ "les 15 et 16 mai 2021.", null);
		assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 5, 15));
		assertThat(e.date().end()).isEqualTo(LocalDate.of(2021, 5, 16));
	}

	@Test
	void aDateLineAloneAsAListItemDatesTheTitleInTheNextBlock() {
		List<ProseEvent> found = document("""
				AGENDA - PARTICIPATION ET TERRITOIRES

				* JEUDI 21 MARS 2019 - PARIS
				Journée d'étude « Participation et intercommunalité »
				Organisée par l'AdCF.

				MAI 2025
				Réunion publique « Zone à faibles émissions »
				Mardi 20 mai 2025, 18h - 20h
				""", 2019, null);
		assertThat(found).extracting((e) -> e.date().start())
			.containsExactly(LocalDate.of(2019, 3, 21), LocalDate.of(2025, 5, 20));
		assertThat(found.get(0).kind()).isEqualTo("study_day");
	}

	@Test
	void anEventsCalendarDatesTheHeadingUnderItsDateAndHoursWhateverItsWords() {
		List<ProseEvent> found = document("""
				## novembre 2024

				14 novembre 2024 @ 14h00 - 17h00

				### Conseils de développement et métropoles : quelles coopérations ?

				Nantes Métropole – salle 3
				Organisateurs : ICPC, CNCD

				## février 2024

				6 février 2024

				### Les métropoles et leurs communes

				Un article de fond sur la coopération intercommunale.
				""", 2024, null);
		assertThat(found).extracting((e) -> e.date().start()).containsExactly(LocalDate.of(2024, 11, 14));
		assertThat(found.get(0).title()).isEqualTo("Conseils de développement et métropoles : quelles coopérations ?");
	}

	@Test
	void aDeadlineWrittenAfterItsDateIsNoEvent() {
		assertThat(events("- 14 février 2025 · Date limite de candidature : stage « Chef·fe de projet concertation »",
				null))
			.isEmpty();
		assertThat(events("- 30 mai 2025 : clôture des inscriptions au forum de la participation de Lille", null))
			.isEmpty();
	}

	@Test
	void aDateTheTextSaysWasWrongIsNotTheEventsDate() {
		List<ProseEvent> found = events(
				"Une première version de cet article indiquait par erreur que la rencontre s’était tenue le jeudi 5 décembre 2024. "
						+ "La rencontre a bien eu lieu le jeudi 12 décembre 2024 à Nancy.",
				null);
		assertThat(found).extracting((e) -> e.date().start()).containsExactly(LocalDate.of(2024, 12, 12));
		assertThat(events("C’était bien le 12 et non le 5 décembre 2024, la rencontre des élus.", null))
			.extracting((e) -> e.date().start())
			.doesNotContain(LocalDate.of(2024, 12, 5));
	}

	@Test
	void aFileStatusDateIsNoEventsDate() {
		assertThat(events("Dossier de séance « rentrée 2026 » : invitation et réponses reçues au 17/09/2026.", null))
			.isEmpty();
		assertThat(events("Liste des inscrits à la séance de rentrée, état au 10 septembre 2026.", null)).isEmpty();
		assertThat(events("La séance de rentrée aura lieu le 24 septembre 2026.", null)).hasSize(1);
	}

}
