package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** People named in running text, by rules. */
class ProseNameFinderTests {

	private static ExtractedDocument read(String text) {
		return found(text, new MeetingHeaderFinder(), new ProseNameFinder(), new RoleAffiliationFinder());
	}

	@Test
	void aNameWithItsRoleAndBodyGivesTheRoleTheAffiliationAndTheCapacity() {
		ExtractedDocument d = read(
				"""
						La rencontre des élu·es s'est tenue le 12 octobre 2023 à Rennes.

						Gaëlle TROADEC, vice-présidente de Rennes Métropole, a présenté la démarche. Paul MARTIN a souligné l'enjeu.
						""");
		assertThat(names(d)).containsExactly("Gaëlle Troadec", "Paul Martin");
		assertThat(person(d, "Gaëlle Troadec").affiliationId()).isEqualTo("rennes");
		assertThat(d.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("Vice-présidente de Rennes Métropole");
			assertThat(r.atId()).isEqualTo("rennes");
		});
		assertThat(attendance(d, "Gaëlle Troadec")).containsExactly("present/speaker");
		assertThat(attendance(d, "Paul Martin")).containsExactly("present/participant");
		assertThat(person(d, "Paul Martin").evidence().extractor()).isEqualTo("prose-name");
		assertThat(person(d, "Paul Martin").evidence().confidence()).isLessThan(0.8);
	}

	@Test
	void aBodyHeadingAboveAListIsTheEmployerButAMetropolisASentenceAboveNamesIsNot() {
		ExtractedDocument heading = read("""
				Nantes Métropole

				- Sandra RATAUD, directrice du dialogue citoyen
				""");
		assertThat(person(heading, "Sandra Rataud").affiliationId()).isEqualTo("nantes");
		ExtractedDocument organisation = read("""
				Coordination (ICPC) :
				  – Mai-Linh PHAN, chargée de mission, coordinatrice du réseau
				""");
		assertThat(person(organisation, "Mai-Linh Phan").affiliationId()).isEqualTo("icpc");
		ExtractedDocument sentence = read(
				"""
						Le 3 octobre, notre vice-président a participé à la rencontre accueillie par l'Eurométropole de Strasbourg.

						## L'équipe

						- Sixtine THAO, chargée de concertation
						""");
		assertThat(person(sentence, "Sixtine Thao").affiliationId()).isNull();
		// a metropolitan title that names no body: the only metropolis of the document
		ExtractedDocument only = read("""
				La Métropole Nice Côte d'Azur ouvre un forum le 18 janvier 2024.

				Le lendemain, Gérald CASTELLANI, conseiller métropolitain délégué, a salué la méthode.
				""");
		assertThat(person(only, "Gérald Castellani").affiliationId()).isEqualTo("nice-cote-d-azur");
	}

	@Test
	void theBylineOfAnArticleIsAPersonButNoAttendee() {
		ExtractedDocument d = read("""
				Par Anne LUCAS — publié le 14 octobre 2023

				La rencontre des élu·es s'est tenue le 12 octobre 2023. Paul MARTIN a souligné l'enjeu.
				""");
		assertThat(names(d)).contains("Anne Lucas");
		assertThat(d.attendance()).noneMatch((a) -> a.personId().equals("anne-lucas"));
	}

	@Test
	void navigationDebrisAndPlacesNamedAfterPeopleAreNoPeople() {
		ExtractedDocument d = read("""
				Accueil | Actualités | Agenda | Nous contacter | Mentions légales
				Menu Rechercher Se connecter

				Réunion publique salle Jean Monnet, rue Victor Hugo
				Plan du site Politique Cookies Partager Imprimer
				""");
		assertThat(names(d)).isEmpty();
	}

	@Test
	void anInvitationEmailNamesOnlyItsSignatory() {
		ExtractedDocument d = read(
				"""
						Objet : Invitation — rencontre du groupe des agent·es
						De : secretariat@icpc.fr

						Madame, Monsieur,

						Nous avons le plaisir de vous inviter à la prochaine rencontre du groupe. Merci de confirmer votre présence.

						Bien cordialement,
						Fanny DELORME
						Chargée de mission, ICPC
						""");
		assertThat(names(d)).containsExactly("Fanny Delorme");
		assertThat(d.attendance()).isEmpty();
	}

	@Test
	void aRoleAtACommuneIsHeldAtTheCityNotTheMetropolis() {
		ExtractedDocument d = read("""
				Céline PAPIN, adjointe au maire de Bordeaux, a rappelé les enjeux.
				""");
		assertThat(d.roles()).singleElement().satisfies((r) -> assertThat(r.atId()).isEqualTo("ville-de-bordeaux"));
		assertThat(person(d, "Céline Papin").affiliationId()).isEqualTo("ville-de-bordeaux");
	}

	@Test
	void aNameWholeOnItsLineDoesNotTakeTheNextLinesHeadingAsASurname() {
		ExtractedDocument d = found("""
				Institut de la Concertation et de la Participation Citoyenne
				RAPPORT D'ACTIVITÉ 2021
				""", new ProseNameFinder());
		assertThat(names(d)).isEmpty();
		assertThat(names(found("""
				Bordeaux Métropole — Mission participation citoyenne, avec la Direction générale Mobilités
				ÉLUE RÉFÉRENTE
				Joëlle Nkemdirim-Barthe, vice-présidente
				""", new ProseNameFinder()))).doesNotContain("Mobilités Élue Référente");
	}

	@Test
	void aTitleAsTheLabelOfANameIsItsRole() {
		ExtractedDocument d = found("""
				Directrice de la publication : Hélène Morvan-Diakité – Rédaction : Lucie Martin
				Secrétaire de séance : M. Bastien OBERLÉ
				""", new ProseNameFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).extracting((r) -> r.title().toLowerCase())
			.containsExactlyInAnyOrder("directrice de la publication", "secrétaire de séance");
	}

	@Test
	void theStartOfALongerNameAnotherFinderReadThereIsNoOtherPerson() {
		// the NLP layer read "Hélène Vo Martin"; the rules stop at "Vo", "Martin" being
		// also a given name
		Finder nlp = new Finder() {
			@Override
			public String name() {
				return "prose-ner";
			}

			@Override
			public double confidence() {
				return 0.8;
			}

			@Override
			public void find(ExtractionContext context) {
				context.findings()
					.person(new ParsedName("Hélène Vo Martin", "Hélène Vo Martin", false, ParsedName.Strength.STRONG, 0,
							16), context.lines().evidence(1, 1), true);
			}
		};
		ExtractedDocument d = found("""
				Hélène Vo Martin, responsable de la mission participation, a présenté la démarche.
				""", nlp, new ProseNameFinder());
		assertThat(names(d)).containsExactly("Hélène Vo Martin");
	}

}
