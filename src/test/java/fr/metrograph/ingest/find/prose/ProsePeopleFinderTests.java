package fr.metrograph.ingest.find.prose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.annotate.FrenchNlp;
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

}
