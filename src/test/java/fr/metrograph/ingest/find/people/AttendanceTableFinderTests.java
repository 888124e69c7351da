package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Attendance tables, with pipes (Markdown, HTML converted) and without (PDF text). */
class AttendanceTableFinderTests {

	@Test
	void aMarkdownTableGivesNameRoleBodyAndPresenceInAnyColumnOrder() {
		ExtractedDocument d = found("""
				Compte rendu — réunion du 3 juin 2024

				| Structure | Nom | Fonction | Présence |
				|---|---|---|---|
				| Nantes Métropole | Claire MOREL | Chargée de mission | Présente |
				| Ville de Grenoble | Paul GARNIER | Adjoint au maire | Excusé |
				| Rennes Métropole | Anne LUCAS | Directrice | Présente (visio) |
				| Brest Métropole | Marc DURAND | Chargé de mission | — |
				""", new MeetingHeaderFinder(), new AttendanceTableFinder());
		assertThat(names(d)).containsExactly("Claire Morel", "Paul Garnier", "Anne Lucas", "Marc Durand");
		assertThat(attendance(d, "Claire Morel")).containsExactly("present/participant");
		assertThat(attendance(d, "Paul Garnier")).containsExactly("excused/null");
		assertThat(attendance(d, "Anne Lucas")).containsExactly("present/participant");
		assertThat(d.attendance()).noneMatch((a) -> a.personId().equals("marc-durand"));
		assertThat(person(d, "Paul Garnier").affiliationId()).isEqualTo("ville-de-grenoble");
		assertThat(d.organizations()).anyMatch((o) -> o.id().equals("ville-de-grenoble") && o.kind().equals("COMMUNE"));
		assertThat(person(d, "Claire Morel").evidence().extractor()).isEqualTo("attendance-table");
	}

	@Test
	void aPageThatReportsNoMeetingListsMembersWithTheirRolesAndNoPresence() {
		ExtractedDocument d = found(
				"""
						Les groupes de travail du réseau

						| Métropole | Membre | Fonction |
						|---|---|---|
						| Nantes Métropole | Maëlle Quéré | Cheffe de projet dialogue citoyen |
						| Bordeaux Métropole | Hippolyte Dumas-Ekwueme ; Thaïs Gonzalez-Keller | Chargé de mission évaluation ; Chargée de mission participation |
						| Grenoble-Alpes Métropole | Amaya Etxeberria | Chargée de concertation |
						| Prestataire invité | Open Source Politics (sur invitation) |
						""",
				AttendanceTableFinder.PEOPLE);
		assertThat(names(d)).containsExactly("Maëlle Quéré", "Hippolyte Dumas-Ekwueme", "Thaïs Gonzalez-Keller",
				"Amaya Etxeberria");
		assertThat(person(d, "Thaïs Gonzalez-Keller").affiliationId()).isEqualTo("bordeaux");
		assertThat(person(d, "Amaya Etxeberria").affiliationId()).isEqualTo("grenoble-alpes");
		assertThat(person(d, "Maëlle Quéré").evidence().extractor()).isEqualTo("people-table");
		assertThat(d.attendance()).isEmpty();
	}

	@Test
	void aTableWithoutANameColumnIsNoAttendanceTable() {
		ExtractedDocument d = found("""
				Réunion du 3 juin 2024

				| Année | Réunions |
				|---|---|
				| 2023 | 4 |
				""", new MeetingHeaderFinder(), new AttendanceTableFinder());
		assertThat(d.people()).isEmpty();
	}

	@Test
	void aPdfTableWithoutPipesIsReadRowByRowWithWrappedCells() {
		ExtractedDocument d = found("""
				Rencontres 2025 — 2 octobre 2025

				Nom Fonction Structure Statut
				FERRIER Amandine Vice-présidente déléguée à la
				participation citoyenne Toulouse Métropole Présente
				MARTIN Paul Chargé de mission Nantes Métropole Excusé
				""", new MeetingHeaderFinder(), new TextTableFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Amandine Ferrier", "Paul Martin");
		assertThat(person(d, "Amandine Ferrier").affiliationId()).isEqualTo("toulouse");
		assertThat(attendance(d, "Amandine Ferrier")).containsExactly("present/participant");
		assertThat(attendance(d, "Paul Martin")).containsExactly("excused/null");
		assertThat(d.roles()).anyMatch((r) -> r.title().startsWith("Vice-présidente déléguée à la participation"));
		assertThat(person(d, "Paul Martin").evidence().extractor()).isEqualTo("text-table");
	}

	@Test
	void aCapacityWordInTheFunctionColumnIsACapacityNotARole() {
		ExtractedDocument d = found("""
				Compte rendu — réunion du 14 janvier 2025

				| Nom | Structure | Fonction | Présence |
				|---|---|---|---|
				| Mme Ludivine VAN DER MEULEN | Métropole Européenne de Lille | Conseillère métropolitaine | Présente |
				| Mme Fanny DELORME | ICPC | Animation | Présente |
				""", new MeetingHeaderFinder(), new AttendanceTableFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Ludivine van Der Meulen", "Fanny Delorme");
		assertThat(attendance(d, "Fanny Delorme")).containsExactly("present/facilitator");
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.title()).isEqualTo("Conseillère métropolitaine"));
	}

	@Test
	void aSurnameColumnAndAFirstNameColumnMakeOneName() {
		ExtractedDocument d = found("""
				Compte rendu — réunion du 14 janvier 2025

				| Nom | Prénom | Structure | Fonction |
				|---|---|---|---|
				| BOUZID | Nawel | Saint-Étienne Métropole | Cheffe de projet démocratie participative |
				| FERREIRA DA SILVA | João | Saint-Étienne Métropole | Chargé de mission concertation |
				| DIALLO | Mamadou Lamine | Toulouse Métropole | Chef du service dialogue citoyen |
				""", new MeetingHeaderFinder(), new AttendanceTableFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Nawel Bouzid", "João Ferreira da Silva", "Mamadou Lamine Diallo");
		assertThat(person(d, "Mamadou Lamine Diallo").affiliationId()).isEqualTo("toulouse");
		assertThat(d.roles()).extracting((r) -> r.title())
			.contains("Cheffe de projet démocratie participative", "Chef du service dialogue citoyen");
	}

	@Test
	void aFullNameAfterTheInitialsIsTheSamePersonUnderTheFullName() {
		ExtractedDocument d = found("""
				Compte rendu — réunion du 14 janvier 2025

				Présent·es : M.-L. Diallo, J. MARTIN, P. MARTIN.

				| Nom | Prénom | Structure | Fonction |
				|---|---|---|---|
				| DIALLO | Mamadou Lamine | Toulouse Métropole | Chef du service dialogue citoyen |
				| MARTIN | Jean-Pierre | Nantes Métropole | Chargé de mission |
				""", new MeetingHeaderFinder(), new InlineListFinder(), new AttendanceTableFinder(),
				new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Mamadou Lamine Diallo", "Jean-Pierre Martin", "P. Martin");
		assertThat(person(d, "Mamadou Lamine Diallo").variants()).contains("M.-L. Diallo", "Mamadou Lamine DIALLO");
		assertThat(d.roles()).filteredOn((r) -> r.title().equals("Chef du service dialogue citoyen"))
			.singleElement()
			.satisfies((r) -> assertThat(r.personId()).isEqualTo("mamadou-lamine-diallo"));
		assertThat(attendance(d, "Mamadou Lamine Diallo")).containsExactly("present/participant");
	}

	@Test
	void aConflictRecordedUnderTheInitialsNamesThePersonUnderTheFullName() {
		ExtractedDocument d = found("""
				Compte rendu — réunion du 14 janvier 2025

				Présent·es : M.-L. Diallo, M.-L. Dialo.

				| Nom | Prénom | Structure | Fonction |
				|---|---|---|---|
				| DIALLO | Mamadou Lamine | Toulouse Métropole | Chef du service dialogue citoyen |
				""", new MeetingHeaderFinder(), new InlineListFinder(), new AttendanceTableFinder());
		assertThat(names(d)).containsExactly("Mamadou Lamine Diallo");
		assertThat(d.conflicts()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.subject()).isEqualTo("mamadou-lamine-diallo"));
	}

	@Test
	void initialsAfterTheFullNameAreTheSamePerson() {
		ExtractedDocument d = found("""
				Compte rendu — réunion du 14 janvier 2025

				| Nom | Prénom | Structure | Fonction |
				|---|---|---|---|
				| DIALLO | Mamadou Lamine | Toulouse Métropole | Chef du service dialogue citoyen |
				| MARTIN | Jean-Pierre | Nantes Métropole | Chargé de mission |
				| MARTIN | Julie | Rennes Métropole | Chargée de mission |

				Présent·es : M.-L. Diallo, J.-P. Martin, J. MARTIN.
				""", new MeetingHeaderFinder(), new AttendanceTableFinder(), new InlineListFinder());
		assertThat(names(d)).containsExactly("Mamadou Lamine Diallo", "Jean-Pierre Martin", "Julie Martin",
				"J. Martin");
		assertThat(person(d, "Mamadou Lamine Diallo").variants()).contains("M.-L. Diallo");
		assertThat(person(d, "Jean-Pierre Martin").variants()).contains("J.-P. Martin");
	}

}
