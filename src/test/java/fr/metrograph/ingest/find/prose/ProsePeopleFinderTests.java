package fr.metrograph.ingest.find.prose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.annotate.FrenchNlp;
import fr.metrograph.ingest.annotate.GivenNames;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People in prose, on sentences written the way news articles, event pages and minutes
 * write them; each expected answer was written before the finder ran.
 */
class ProsePeopleFinderTests {

	private static ProsePeopleFinder finder;

	@BeforeAll
	static void load() throws IOException {
		Path dir = Path.of("data/reference");
		finder = new ProsePeopleFinder(ReferenceData.load(dir), GivenNames.load(dir));
	}

	private static List<ProsePerson> people(String text) {
		return finder.find(FrenchNlp.shared().annotate(text));
	}

	private static ProsePerson person(List<ProsePerson> people, String name) {
		return people.stream()
			.filter((p) -> p.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not found in " + people));
	}

	@Test
	void readsTheRoleAndTheMetropolisOfAnApposition() {
		List<ProsePerson> found = people(
				"Gaëlle Troadec, vice-présidente de Rennes Métropole en charge de la participation citoyenne, a ouvert la rencontre.");
		ProsePerson p = person(found, "Gaëlle Troadec");
		assertThat(p.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title())
				.isEqualTo("vice-présidente de Rennes Métropole en charge de la participation citoyenne");
			assertThat(r.body()).isEqualTo(new BodyRef("rennes", BodyKind.METROPOLIS, "Rennes Métropole"));
		});
		assertThat(p.extractor()).isEqualTo("prose-apposition");
		assertThat(found).hasSize(1);
	}

	@Test
	void aNameDoesNotRunIntoTheNextLinesFirstWord() {
		List<ProsePerson> found = people(
				"Texte : Clémentine Aubanel-Rossi\nIls étaient 63 à avoir répondu à l'invitation.");
		assertThat(found).extracting(ProsePerson::name).containsExactly("Clémentine Aubanel-Rossi");
	}

	@Test
	void readsATitleWrittenBeforeTheName() {
		ProsePerson mayor = person(people("Le maire de Brest, François Cuillandre, a accueilli les participants."),
				"François Cuillandre");
		assertThat(mayor.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("maire de Brest");
			assertThat(r.body()).isEqualTo(new BodyRef("ville-de-brest", BodyKind.COMMUNE, "Ville de Brest"));
		});
		ProsePerson vp = person(people("La vice-présidente Nathalie Appéré a rappelé l'importance du dialogue."),
				"Nathalie Appéré");
		assertThat(vp.roles()).extracting(ProseRole::title).containsExactly("vice-présidente");
	}

	@Test
	void givesTheRoleOfAnEnumerationToEachOfItsMembers() {
		List<ProsePerson> found = people(
				"Sabine Lemoine, Kévin Ballot et Ibrahima Dossou, élus de Nantes Métropole, ont présenté le budget participatif.");
		assertThat(found).extracting(ProsePerson::name)
			.containsExactly("Sabine Lemoine", "Kévin Ballot", "Ibrahima Dossou");
		for (ProsePerson p : found) {
			assertThat(p.roles()).as(p.name()).singleElement().satisfies((r) -> {
				assertThat(r.title()).isEqualTo("élus de Nantes Métropole");
				assertThat(r.body().id()).isEqualTo("nantes");
			});
		}
	}

	@Test
	void aDeputyMayorIsAtTheCityAndAVicePresidentAtTheMetropolis() {
		ProsePerson deputy = person(people(
				"« Ce n'est pas si simple », a objecté Paul Durand, adjoint au maire de Lyon délégué à la démocratie locale."),
				"Paul Durand");
		assertThat(deputy.roles()).singleElement()
			.satisfies((r) -> assertThat(r.body())
				.isEqualTo(new BodyRef("ville-de-lyon", BodyKind.COMMUNE, "Ville de Lyon")));
		ProsePerson vp = person(people(
				"Thomas Berthelot, vice-président de Rennes chargé de la démocratie locale, a présenté la charte."),
				"Thomas Berthelot");
		assertThat(vp.roles()).singleElement().satisfies((r) -> assertThat(r.body().id()).isEqualTo("rennes"));
	}

	@Test
	void keepsANameOutsideTheGivenNamesListWhenARoleSaysItIsAPerson() {
		ProsePerson p = person(
				people("Anouchka Varga, directrice de la participation à Nantes Métropole, a présenté le bilan."),
				"Anouchka Varga");
		assertThat(p.roles()).extracting((r) -> r.body().id()).containsExactly("nantes");
	}

	@Test
	void keepsASurnameAfterAnHonorificAsASurnameOnly() {
		ProsePerson p = person(people("Pour Mme Troadec, l'enjeu est de rendre des comptes."), "Troadec");
		assertThat(p.surnameOnly()).isTrue();
		assertThat(p.honorific()).isEqualTo("Mme");
	}

	@Test
	void aWordInCapitalsBeforeAnHonorificIsNotTheNames() {
		List<ProsePerson> found = people(
				"Article 3 : de DÉSIGNER M. Erwan LE GUENNEC (titulaire) et Mme Nadia CHERKAOUI (suppléante) pour représenter la Métropole.");
		assertThat(found).extracting(ProsePerson::name)
			.contains("Erwan LE GUENNEC")
			.noneMatch((n) -> n.contains("DÉSIGNER"));
	}

	@Test
	void findsNoPersonInNavigationStreetsOrBuildings() {
		assertThat(people("Accueil > Actualités > Partager. Lire la suite.")).isEmpty();
		assertThat(people("La réunion a lieu au 3 rue Jules Verne, salle Jean Monnet, à Nantes.")).isEmpty();
		assertThat(people("Les élus ont visité l'Hôtel de Rennes Métropole et le Conseil de développement.")).isEmpty();
		assertThat(people("La métropole a lancé un budget participatif doté de 3 millions d'euros.")).isEmpty();
	}

	@Test
	void anEnumerationTheRecogniserPartlyMissesStillGivesEveryMember() {
		List<ProsePerson> found = people(
				"Nolwenn Le Goff, Yannick Tessier et Ousmane Diallo, conseillers métropolitains, ont porté le projet.");
		assertThat(found).extracting(ProsePerson::name)
			.containsExactly("Nolwenn Le Goff", "Yannick Tessier", "Ousmane Diallo");
		assertThat(found).allSatisfy((p) -> assertThat(p.roles()).extracting(ProseRole::title)
			.containsExactly("conseillers métropolitains"));
	}

	@Test
	void twoRolesInARowAreBothRead() {
		ProsePerson p = person(people(
				"Martine Aubry, ancienne ministre, maire de Lille, a accueilli la délégation à l'hôtel de ville."),
				"Martine Aubry");
		assertThat(p.roles()).extracting(ProseRole::title).containsExactly("ancienne ministre", "maire de Lille");
		assertThat(p.roles().get(1).body())
			.isEqualTo(new BodyRef("ville-de-lille", BodyKind.COMMUNE, "Ville de Lille"));
	}

	@Test
	void buttonsAddressedToTheReaderAndFormsOfAddressAreNoPeople() {
		assertThat(people("Inscrivez-vous. Télécharger le programme. Partager Imprimer Envoyer à un ami.")).isEmpty();
		assertThat(people("Madame la Présidente, Mesdames et Messieurs les élus, chers collègues, bienvenue."))
			.isEmpty();
	}

	@Test
	void aSurnameInCapitalsIsReadAsASurname() {
		ProsePerson p = person(people(
				"Soizic LE BIHAN, vice-présidente de Brest métropole chargée de la démocratie locale, est venue conclure les travaux."),
				"Soizic LE BIHAN");
		assertThat(p.roles()).singleElement().satisfies((r) -> assertThat(r.body().id()).isEqualTo("brest"));
	}

	@Test
	void theBodyWrittenAfterANameIsItsAffiliationAndMakesItAPerson() {
		List<ProsePerson> found = people(
				"Youna Kerhervé (Rennes Métropole), Dragomir Petrov (Grenoble-Alpes Métropole) "
						+ "ou encore Bleuenn Cadiou, de la Ville de Quimper, ont présenté leurs démarches.");
		assertThat(found).extracting(ProsePerson::name)
			.containsExactly("Youna Kerhervé", "Dragomir Petrov", "Bleuenn Cadiou");
		assertThat(found).extracting((p) -> p.affiliation().id())
			.containsExactly("rennes", "grenoble-alpes", "ville-de-quimper");
	}

	@Test
	void namesSetOffByDashesAfterABodyAreReadApart() {
		assertThat(people(
				"Les agents de Plaine Commune - Yannick Moreau et Aïssatou Diop - ont témoigné de leurs difficultés."))
			.extracting(ProsePerson::name)
			.containsExactly("Yannick Moreau", "Aïssatou Diop");
	}

	@Test
	void aCityInsideAnInstitutionsNameIsNotTheMetropolis() {
		ProsePerson p = person(people(
				"Camille Roux, politiste à l'Université de Montpellier, a présenté une enquête sur les jurys citoyens."),
				"Camille Roux");
		assertThat(p.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("politiste à l'Université de Montpellier");
			assertThat(r.body()).isNull();
		});
	}

	@Test
	void anEnumerationOfGivenNamesNoListHoldsAfterEtaientPresents() {
		assertThat(people("Étaient présents Fulvio Bertolucci, Yaël Cohen-Solal, Mathurin Kerjean ainsi que "
				+ "Sélim Benali, chargé de mission à l'ICPC."))
			.extracting(ProsePerson::name)
			.containsExactly("Fulvio Bertolucci", "Yaël Cohen-Solal", "Mathurin Kerjean", "Sélim Benali");
	}

	@Test
	void aTitleBeforeAnHonorificAndANameWithAParticle() {
		ProsePerson p = person(
				people("Selon la vice-présidente de Grenoble-Alpes Métropole, Mme Anne-Sophie de Lavergne, "
						+ "la concertation doit précéder la décision."),
				"Anne-Sophie de Lavergne");
		assertThat(p.honorific()).isEqualTo("Mme");
		assertThat(p.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("vice-présidente de Grenoble-Alpes Métropole");
			assertThat(r.body().id()).isEqualTo("grenoble-alpes");
		});
	}

	@Test
	void particlesAndApostrophesBelongToTheName() {
		assertThat(people(
				"L'atelier a été animé par Jean-Baptiste d'Albret et Hélène Van der Berg, consultants chez Espelia. "
						+ "Tanguy Le Floc'h, directeur de projet à Brest métropole, en a tiré les conclusions."))
			.extracting(ProsePerson::name)
			.containsExactly("Jean-Baptiste d'Albret", "Hélène Van der Berg", "Tanguy Le Floc'h");
	}

	@Test
	void aTitleBeforeTheNameWithoutAComma() {
		ProsePerson p = person(
				people("Le président de Brest métropole François Cuillandre a ouvert la séance plénière."),
				"François Cuillandre");
		assertThat(p.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("président de Brest métropole");
			assertThat(r.body().id()).isEqualTo("brest");
		});
	}

	@Test
	void aPluralTitleBeforeAnEnumerationIsEachMembersRole() {
		List<ProsePerson> found = people(
				"Les adjointes au maire de Bordeaux Perrine Lavaud et Awa Traoré ont rencontré les habitants du quartier.");
		assertThat(found).extracting(ProsePerson::name).containsExactly("Perrine Lavaud", "Awa Traoré");
		assertThat(found).allSatisfy((p) -> assertThat(p.roles()).as(p.name()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("adjointes au maire de Bordeaux");
			assertThat(r.body().id()).isEqualTo("ville-de-bordeaux");
		}));
	}

	@Test
	void surnamesInCapitalsAfterGivenNamesNoListHolds() {
		assertThat(people("Le débat était animé par Wenceslas DUPUY-MARCHAL et Kouadio N'GUESSAN."))
			.extracting(ProsePerson::name)
			.containsExactly("Wenceslas DUPUY-MARCHAL", "Kouadio N'GUESSAN");
	}

	@Test
	void aSpeakerNamedAfterTheirQuoteWithTheirRole() {
		ProsePerson p = person(people("« Nous voulons associer les habitants dès l'amont », explique Ségolène Mabille, "
				+ "directrice du dialogue citoyen de Toulouse Métropole."), "Ségolène Mabille");
		assertThat(p.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("directrice du dialogue citoyen de Toulouse Métropole");
			assertThat(r.body().id()).isEqualTo("toulouse");
		});
	}

	@Test
	void findsNoPersonInSchoolsLawsSquaresOrHeadlines() {
		assertThat(people(
				"Le lycée Victor Hugo et le collège Jean Moulin accueillent les ateliers du budget participatif."))
			.isEmpty();
		assertThat(people("La loi Engagement et proximité de 2019 a renforcé les conseils de développement."))
			.isEmpty();
		assertThat(people("Le tramway relie désormais la place Charles de Gaulle au quartier Saint-Michel.")).isEmpty();
		assertThat(people("Lire aussi : Budget participatif, Rennes voit grand pour sa troisième édition.")).isEmpty();
	}

	@Test
	void aMayorWhoAlsoPresidesTheMetropolisHoldsBothRoles() {
		ProsePerson p = person(people("M. Jean-Luc Moudenc, maire de Toulouse et président de Toulouse Métropole, "
				+ "a inauguré la Maison de la citoyenneté."), "Jean-Luc Moudenc");
		assertThat(p.honorific()).isEqualTo("M.");
		assertThat(p.roles()).extracting((r) -> r.body().id()).containsExactly("ville-de-toulouse", "toulouse");
	}

	@Test
	void speakersListedAfterAColonWithTheirBodiesInParentheses() {
		List<ProsePerson> found = people("Intervenants : Clémence Vautrin (Métropole de Lyon), Hugo Petitjean "
				+ "(Eurométropole de Strasbourg) et Mme. Christelle SCUOTTO-CALVEZ (Plaine Commune).");
		assertThat(found).extracting(ProsePerson::name)
			.containsExactly("Clémence Vautrin", "Hugo Petitjean", "Christelle SCUOTTO-CALVEZ");
		assertThat(found).extracting((p) -> p.affiliation().id())
			.containsExactly("lyon", "strasbourg", "plaine-commune");
	}

	@Test
	void aPageThatNamesNoOneGivesNoOne() {
		assertThat(people("Accueil Actualités Agenda Contact Mentions légales Plan du site. "
				+ "Les Rencontres Nationales de la Participation reviennent à Lille. "
				+ "Rendez-vous place de la République puis boulevard Gambetta, station Jean Jaurès. "
				+ "La Fabrique Citoyenne de Rennes et le Grand Débat National ont inspiré la Convention Citoyenne pour le Climat. "
				+ "La région Nouvelle-Aquitaine et l'Île-de-France soutiennent le dispositif."))
			.isEmpty();
	}

	@Test
	void aScholarNamedAfterHerDisciplineIsAPersonAtNoMetropolis() {
		ProsePerson p = person(people("Pour la politiste Alice Mazeaud, maîtresse de conférences à l'université de "
				+ "La Rochelle, la participation reste « un art de gouverner »."), "Alice Mazeaud");
		assertThat(p.roles()).isNotEmpty()
			.allSatisfy((r) -> assertThat(r.body() == null || r.body().kind() != BodyKind.METROPOLIS).as(r.title())
				.isTrue());
	}

	@Test
	void anInterviewLeadAndASurnameWrittenFirstInMinutes() {
		ProsePerson lead = person(people("Rencontre avec Nadia Belaïd, cheffe de projet participation à Est Ensemble."),
				"Nadia Belaïd");
		assertThat(lead.roles()).singleElement().satisfies((r) -> assertThat(r.body().id()).isEqualTo("est-ensemble"));
		ProsePerson minutes = person(people("Mme DUPONT Marie a présenté le bilan du conseil de développement."),
				"DUPONT Marie");
		assertThat(minutes.honorific()).isEqualTo("Mme");
	}

	@Test
	void anHonorificFollowedByATitleAndTheName() {
		List<ProsePerson> found = people("La séance a été ouverte par M. le Vice-Président Octave Lemoine, puis par "
				+ "Mme la Présidente Solène Marchal.");
		assertThat(found).extracting(ProsePerson::name, ProsePerson::honorific)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Octave Lemoine", "M."),
					org.assertj.core.groups.Tuple.tuple("Solène Marchal", "Mme"));
		assertThat(found.get(0).roles()).extracting(ProseRole::title).containsExactly("Vice-Président");
	}

	@Test
	void compoundNamesWithParticlesTheRecogniserCutsShort() {
		assertThat(people("Le témoignage de Mme Nour El Houda Benkirane, sociologue, a clos la matinée."))
			.extracting(ProsePerson::name)
			.containsExactly("Nour El Houda Benkirane");
		assertThat(people("Mathilde de La Villemarqué, cheffe de projet, a présenté la démarche."))
			.extracting(ProsePerson::name)
			.containsExactly("Mathilde de La Villemarqué");
	}

	@Test
	void aRoleStopsAtTheDateOfTheNextLine() {
		ProsePerson p = person(people("Solène Marchal, chargée de mission à la Ville de Nîmes\n"
				+ "Jeudi 7 octobre 2021, atelier de restitution."), "Solène Marchal");
		assertThat(p.roles()).extracting(ProseRole::title).containsExactly("chargée de mission à la Ville de Nîmes");
	}

	@Test
	void aCitationOrAnAnonymisedNameIsNoPerson() {
		assertThat(people("Bherer L., Gauthier M., Simard L. (dir.) (2017), The Professionalization of Public "
				+ "Participation, Routledge. Une agente, Sophie M., a témoigné."))
			.isEmpty();
	}

	@Test
	void aNameStopsAtALineBreakWhenWholeUnlessItsSurnameEndsTheNextLinesFirstWord() {
		assertThat(people("Crédits photos : Codev / Rémi Jacquot\nRapport d'activité 2023 – Conseil de développement"))
			.extracting(ProsePerson::name)
			.containsExactly("Rémi Jacquot");
		assertThat(people(
				"Bérénice Vo\nThanh, responsable de la mission participation citoyenne, a présenté la démarche."))
			.extracting((p) -> p.name().replaceAll("\\s+", " "))
			.containsExactly("Bérénice Vo Thanh");
		assertThat(
				people("Étaient présents : Ronan Guillou\nMarie-Thérèse N'Diaye-Lambert, adjointe au maire de Rezé."))
			.extracting((p) -> p.name().replaceAll("\\s+", " "))
			.doesNotContain("Ronan Guillou Marie-Thérèse N'Diaye-Lambert");
	}

	@Test
	void aTablesInitialsBeforeANameAreNotItsStart() {
		assertThat(
				people("SLD  Soraya Lemonnier Diallo – vice-présidente de la Métropole Rouen Normandie, ARa  Anselme "
						+ "Rakotomalala – Grenoble-Alpes Métropole, référent du groupe des agent·es\nJAM  Joël Abadie-Mercadier – "
						+ "conseiller métropolitain délégué à la démocratie participative, Montpellier Méditerranée Métropole"))
			.extracting(ProsePerson::name)
			.contains("Joël Abadie-Mercadier")
			.noneMatch((n) -> n.matches("(?i)(?:ara|jam|sld) .*"));
	}

	@Test
	void theBodyWrittenAfterATitleThatNamesNoneIsTheAffiliation() {
		ProsePerson p = person(people(
				"– Bachir Hamidou, vice-président délégué à la participation citoyenne, Métropole Européenne de Lille"),
				"Bachir Hamidou");
		assertThat(p.affiliation()).isNotNull();
		assertThat(p.affiliation().id()).isEqualTo("lille");
	}

}
