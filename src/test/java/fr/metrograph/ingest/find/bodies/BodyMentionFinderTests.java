package fr.metrograph.ingest.find.bodies;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.people.InlineListFinder;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.MetropolisMention;
import fr.metrograph.ingest.model.Facts.OrganizationMention;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** Bodies named in running text: metropolis, city, organisation. */
class BodyMentionFinderTests {

	@Test
	void aBareCityNameIsTheCityNotItsMetropolis() {
		ExtractedDocument d = found(
				"""
						Grenoble a lancé son budget participatif. La rencontre s'est tenue à Lyon, au siège de la Ville de Nantes.
						""",
				new BodyMentionFinder());
		assertThat(d.metropolises()).isEmpty();
		assertThat(d.organizations()).extracting(OrganizationMention::id)
			.containsExactlyInAnyOrder("ville-de-grenoble", "ville-de-lyon", "ville-de-nantes");
		assertThat(d.organizations()).allMatch((o) -> o.kind().equals("COMMUNE"));
		assertThat(d.organizations()).filteredOn((o) -> o.id().equals("ville-de-grenoble"))
			.singleElement()
			.satisfies((o) -> assertThat(o.evidence().confidence()).isLessThan(0.8));
	}

	@Test
	void aCommuneOfAListedMetropolisIsFoundByItsBareNameWhereItIsAPlace() {
		ExtractedDocument d = found("""
				Bagnolet · Bobigny · Le Pré-Saint-Gervais

				Ils étaient 63, venus de Six-Fours-les-Plages, de La Garde ou des Lilas, à La Seyne-sur-Mer.
				""", new BodyMentionFinder());
		assertThat(d.organizations()).extracting(OrganizationMention::name)
			.containsExactlyInAnyOrder("Ville de Bagnolet", "Ville de Bobigny", "Ville du Pré-Saint-Gervais",
					"Ville de Six-Fours-les-Plages", "Ville de La Garde", "Ville des Lilas",
					"Ville de La Seyne-sur-Mer");
		assertThat(found("La Ville du Pré-Saint-Gervais", new BodyMentionFinder()).organizations())
			.extracting(OrganizationMention::id)
			.containsExactlyElementsOf(d.organizations()
				.stream()
				.filter((o) -> o.name().equals("Ville du Pré-Saint-Gervais"))
				.map(OrganizationMention::id)
				.toList());
		// a surname, a name's particle, a street, a station and a body's name are no
		// commune
		ExtractedDocument none = found("""
				Jean Fontaine et Mme de La Tour se sont retrouvés avenue de Bobigny, près de la gare de Bondy, à
				l'Université de Toulon.
				""", new BodyMentionFinder());
		assertThat(none.organizations()).noneMatch((o) -> o.kind().equals("COMMUNE"));
	}

	@Test
	void aMetropolitanContextOrAFullNameMakesItTheMetropolis() {
		ExtractedDocument d = found("""
				Gaëlle Troadec, vice-présidente de Rennes, et la métropole de Nancy ont rejoint Nantes Métropole.
				""", new BodyMentionFinder());
		assertThat(d.metropolises()).extracting(MetropolisMention::id)
			.containsExactlyInAnyOrder("rennes", "grand-nancy", "nantes");
		assertThat(d.organizations()).isEmpty();
	}

	@Test
	void aBareCityEnumeratedWithMetropolisesIsOne() {
		ExtractedDocument d = found(
				"""
						Le groupe s'ouvrira à de nouvelles métropoles (Lille, Rouen Normandie) et accueillera Brest Métropole, Tours et Dijon Métropole.
						""",
				new BodyMentionFinder());
		assertThat(d.metropolises()).extracting(MetropolisMention::id)
			.containsExactlyInAnyOrder("lille", "rouen-normandie", "brest", "tours", "dijon");
	}

	@Test
	void aTerritorysNameInsideAnOrganisationsNameIsNeitherMetropolisNorCity() {
		ExtractedDocument d = found(
				"""
						Le conseil de développement de Metz Métropole et l'Université Toulouse Capitole ont présenté leurs travaux.
						""",
				new BodyMentionFinder());
		assertThat(d.metropolises()).isEmpty();
		// the council is an organisation of its own (DOMAIN: organisations include
		// councils), and so is the university
		assertThat(d.organizations()).extracting((o) -> o.id())
			.containsExactlyInAnyOrder("conseil-de-developpement-de-metz-metropole", "universite-toulouse-capitole");
	}

	@Test
	void aCouncilOfDevelopmentNamedWithItsTerritoryIsAnOrganisation() {
		ExtractedDocument d = found(
				"""
						Le Conseil de développement de la Métropole du Grand Nancy a reçu le conseil de développement de la Communauté urbaine de Dunkerque, puis le conseil de développement de l'Eurométropole de Strasbourg. Le conseil de développement de la Métropole a conclu avec le Conseil de développement de Rennes Métropole Ghislain Poupard.
						""",
				new BodyMentionFinder());
		assertThat(d.organizations()).extracting((o) -> o.name())
			.containsExactly("Conseil de développement de la Métropole du Grand Nancy",
					"Conseil de développement de la Communauté urbaine de Dunkerque",
					"Conseil de développement de l'Eurométropole de Strasbourg",
					"Conseil de développement de Rennes Métropole");
		assertThat(d.organizations()).allMatch((o) -> o.kind().equals("COUNCIL"));
		assertThat(d.metropolises()).isEmpty();
	}

	@Test
	void aCityInAListIsThePersonsBodyAndNoCommune() {
		ExtractedDocument d = found("""
				Réunion du 7 avril 2023

				Participant·es : Claire MOREL (Rennes), Paul GARNIER (Nantes Métropole).
				""", new InlineListFinder(), new BodyMentionFinder());
		assertThat(d.metropolises()).extracting(MetropolisMention::id).containsExactlyInAnyOrder("rennes", "nantes");
		assertThat(d.organizations()).isEmpty();
	}

	@Test
	void aCommuneNamedAsSuchKeepsItsNameWholeEvenBrokenAtItsHyphen() {
		ExtractedDocument d = found("""
				Elle a travaillé pour la Ville de Saint-
				Herblain, puis pour la mairie d'Orléans.
				""", new BodyMentionFinder());
		assertThat(d.organizations()).extracting(OrganizationMention::name)
			.containsExactlyInAnyOrder("Ville de Saint-Herblain", "Ville d'Orléans");
	}

	@Test
	void aBulletOfARoundOfNewsStartingWithACitySpeaksForItsMetropolis() {
		ExtractedDocument d = found("""
				Tour de table :
				- Rennes (N. Kerhervé) : la fabrique citoyenne entre dans sa deuxième saison.
				- Lyon : un budget participatif en préparation.
				La réunion suivante aura lieu à Dijon.
				""", new BodyMentionFinder());
		assertThat(d.metropolises()).extracting((m) -> m.id()).containsExactlyInAnyOrder("rennes", "lyon");
		assertThat(d.organizations()).extracting((o) -> o.id()).containsExactly("ville-de-dijon");
	}

	@Test
	void aCommuneWhoseNameStartsWithAnArticleKeepsIt() {
		ExtractedDocument d = found("""
				Marie-Ange Santoni, adjointe au maire de La Seyne-sur-Mer, rejoint le groupe.
				""", new BodyMentionFinder());
		assertThat(d.organizations()).extracting((o) -> o.name()).containsExactly("Ville de La Seyne-sur-Mer");
	}

	@Test
	void universitiesSchoolsAndResearchUnitsAreOrganisationsByTheirWholeName() {
		ExtractedDocument d = found("""
				Aloïs Brunet-Saïdi, chercheur au laboratoire PACTE (Université Grenoble Alpes), et une doctorante du
				CERAPS (UMR 8026, Université de Lille) ont rejoint Sciences Po Lyon et l'Université Côte d'Azur.
				L'université d'été de la participation aura lieu à l'Université Toulouse Capitole Présent.
				""", new BodyMentionFinder());
		assertThat(d.organizations()).filteredOn((o) -> o.kind().equals(ResearchBodies.KIND))
			.extracting(OrganizationMention::name)
			.containsExactlyInAnyOrder("PACTE", "Université Grenoble Alpes", "CERAPS", "Université de Lille",
					"Sciences Po Lyon", "Université Côte d'Azur", "Université Toulouse Capitole");
		assertThat(d.metropolises()).isEmpty();
	}

	@Test
	void aSustainableDevelopmentCouncilIsACouncilNotItsMetropolis() {
		ExtractedDocument d = found("Le Conseil de développement durable du Grand Nancy a rendu son avis.",
				new BodyMentionFinder());
		assertThat(d.organizations()).singleElement().satisfies((o) -> {
			assertThat(o.name()).isEqualTo("Conseil de développement durable du Grand Nancy");
			assertThat(o.kind()).isEqualTo(DevelopmentCouncils.KIND);
		});
		assertThat(d.metropolises()).isEmpty();
	}

	@Test
	void citiesListedAsMembersOrAsMetropolisesThatAreNotMembersAreMetropolises() {
		ExtractedDocument d = found("""
				Le réseau souhaite s'ouvrir aux métropoles non membres (Orléans, Metz, Tours).

				De cinq membres fondateurs en 2016 — Rennes, Nantes, Grenoble, Lyon et Lille — il passe à dix-neuf.
				""", new BodyMentionFinder());
		assertThat(d.metropolises()).extracting(MetropolisMention::id)
			.containsExactlyInAnyOrder("orleans", "metz", "tours", "rennes", "nantes", "grenoble-alpes", "lyon",
					"lille");
	}

	@Test
	void citiesEnumeratedAfterTheMembersOfBodiesAreMetropolisesButOneCityAloneIsNot() {
		ExtractedDocument d = found("""
				Élus de Lyon, Grenoble, Rennes ou Toulouse : quinze métropoles étaient représentées.

				Les élus de Nantes ont voté le budget.
				""", new BodyMentionFinder());
		assertThat(d.metropolises()).extracting(MetropolisMention::id)
			.containsExactlyInAnyOrder("lyon", "grenoble-alpes", "rennes", "toulouse");
	}

	@Test
	void aMembersNameInBracketsOrEnumeratedAsSubjectIsTheMetropolisButAVenuesPlaceIsTheCity() {
		ExtractedDocument d = found("""
				Point d'attention soulevé par Hugo (Bordeaux) : la Ville évalue un dispositif communal.

				Faut-il publier les chiffres par métropole ? Brest et Dijon y sont favorables.

				Le forum s'est tenu à la Halle aux Toiles (Rouen), puis à Nantes et Rennes.
				""", new BodyMentionFinder());
		assertThat(d.metropolises()).extracting(MetropolisMention::id)
			.containsExactlyInAnyOrder("bordeaux", "brest", "dijon");
		assertThat(d.organizations()).extracting(OrganizationMention::id)
			.contains("ville-de-rouen", "ville-de-nantes", "ville-de-rennes")
			.doesNotContain("ville-de-bordeaux", "ville-de-brest", "ville-de-dijon");
	}

}
