package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.OrganizationMention;

import static fr.metrograph.ingest.find.FinderHarness.extract;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** Roles made from the titles the people finders read. */
class RoleAffiliationFinderTests {

	@Test
	void aTitleFollowedByAnEmailAddressKeepsTheTitleOnly() {
		ExtractedDocument d = found("""
				Compte rendu de la réunion du 14 mars 2024

				Présent·es :
				- Paul MARTIN, chargé de mission participation - paul.martin@example.org
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.title()).isEqualToIgnoringCase("chargé de mission participation"));
	}

	@Test
	void aCouncilOfficeTheSentenceTiesToTheCouncilIsHeldThereNotAtTheMetropolis() {
		ExtractedDocument d = found(
				"""
						Le Conseil de développement d'Est Ensemble a été renouvelé. Au Conseil, Maryse OYELARAN-PETIT, co-présidente, a présenté l'avis.

						Pour Est Ensemble, Paul MARTIN, vice-président, a salué le travail accompli.
						""",
				new ProseNameFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).filteredOn((r) -> r.personId().contains("oyelaran"))
			.singleElement()
			.satisfies((r) -> assertThat(r.atId()).isEqualTo("conseil-de-developpement-d-est-ensemble"));
		// a vice-president the sentence does not tie to the council keeps the affiliation
		assertThat(d.roles()).filteredOn((r) -> r.personId().contains("martin"))
			.allSatisfy((r) -> assertThat(r.atId()).isNotEqualTo("conseil-de-developpement-d-est-ensemble"));
	}

	@Test
	void theSameRoleRewordedByASecondFinderIsKeptOnce() {
		ExtractedDocument d = found(
				"""
						Compte rendu de la réunion du 14 mars 2024

						Présent·es :
						- Mme Gaëlle TROADEC, Vice-présidente, Rennes Métropole

						Mme Gaëlle TROADEC, vice-présidente de Rennes Métropole chargée de la démocratie locale, a ouvert la séance.
						""",
				new MeetingHeaderFinder(), new ListBlockFinder(), new ProseNameFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("Vice-présidente");
			assertThat(r.atId()).isEqualTo("rennes");
		});
	}

	@Test
	void aPostInAServiceNamingNoBodyOnAMetropolissPaperIsTheMetropoliss() {
		ExtractedDocument d = found("""
				MONTPELLIER MÉDITERRANÉE MÉTROPOLE
				Direction de la participation citoyenne

				Offre d'emploi : chargé·e de mission participation citoyenne

				Contact :

				Sandrine Oliveira-Maurin
				Chargée de recrutement
				04 67 00 00 00
				""", new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).extracting((r) -> r.title() + " @ " + r.atId())
			.containsExactly("Chargée de recrutement @ montpellier");
	}

	@Test
	void twoMandatesInOneTitleAreTwoRolesEachAtItsBody() {
		ExtractedDocument d = found("""
				Compte rendu de la réunion du 14 mars 2024

				Présent·es :
				- Jean-Pierre SANTUCCI, président de Toulon Provence Méditerranée et maire de Six-Fours-les-Plages
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).extracting((r) -> r.title() + " @ " + r.atId())
			.containsExactlyInAnyOrder("Président de Toulon Provence Méditerranée @ toulon",
					"Maire de Six-Fours-les-Plages @ ville-de-six-fours-les-plages");
	}

	@Test
	void aTitleHoldingSomeoneElsesFullNameIsNoRoleButAnHonorificAndSurnameMayStandInIt() {
		ExtractedDocument d = found("""
				Compte rendu de la réunion du 14 mars 2024

				Présent·es :
				- Paul MARTIN, chargé de mission, Mme Claire BERNARD (Bordeaux Métropole)
				- Ysé DARRAS, chargée de mission participation (accompagne Mme Haddou)
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).extracting((r) -> r.title())
			.contains("Chargée de mission participation (accompagne Mme Haddou)")
			.noneMatch((t) -> t.contains("BERNARD"));
	}

	@Test
	void anOfficeThatNamesNoBodyIsHeldAtTheMetropolisWhosePaperTheDocumentIs() {
		ExtractedDocument d = found("""
				MÉTROPOLE DU GRAND NANCY

				EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE LA MÉTROPOLE

				Le Conseil s'est réuni sous la présidence de M. Émeric VAUTRIN, Président.

				Secrétaire de séance : M. Bastien OBERLÉ

				La Métropole de Lyon et Rennes Métropole ont accueilli les rencontres du réseau.
				""", new ProseNameFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).filteredOn((r) -> r.personId().contains("oberle")).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualToIgnoringCase("Secrétaire de séance");
			assertThat(r.atId()).isEqualTo("grand-nancy");
		});
		assertThat(d.roles()).filteredOn((r) -> r.personId().contains("vautrin"))
			.singleElement()
			.satisfies((r) -> assertThat(r.atId()).isEqualTo("grand-nancy"));
	}

	@Test
	void aTitleThatNamesNoBodyIsHeldAtTheBodyThatHeadsItsList() {
		ExtractedDocument d = extract("""
				LISTE DES PERSONNES ENTENDUES PAR LES RAPPORTEURS

				Mardi 14 janvier 2025

				Commission nationale du débat public (CNDP)

				- M. Hervé-Loïc DANTEC, vice-président ;

				- Mme Nour BENSALEM-GIRAUD, cheffe du service des garant·es.

				Table ronde « La participation vue par la recherche »

				- M. Quentin LÊ-DUC, doctorant en science politique.
				""");
		assertThat(d.roles()).filteredOn((r) -> r.personId().contains("dantec") || r.personId().contains("bensalem"))
			.hasSize(2)
			.allSatisfy((r) -> assertThat(r.atId()).isEqualTo("cndp"));
		assertThat(d.roles()).filteredOn((r) -> r.personId().contains("duc"))
			.allSatisfy((r) -> assertThat(r.atId()).isNull());
	}

	@Test
	void aTitleThatNamesAUniversityOrAResearchUnitIsHeldThere() {
		ExtractedDocument d = found("""
				Anne-Claire de Vaulx, géographe à l'Université de Bourgogne, a ouvert la soirée à Dijon Métropole.
				""", new ProseNameFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.atId()).isEqualTo("universite-de-bourgogne"));
		assertThat(d.organizations()).extracting(OrganizationMention::name).contains("Université de Bourgogne");
	}

	@Test
	void aTitleAtTheMetropolisWithoutItsNameIsHeldAtTheMetropolisOfTheLetterhead() {
		ExtractedDocument d = found(
				"""
						Le magazine de la Métropole Toulon Provence Méditerranée, numéro 12, consacré au climat et à la participation.
						Édito
						Sommaire
						Dossier : le plan climat
						Portraits
						Agenda

						Le plan climat s'inspire des assemblées de Rennes Métropole.

						« Nous voulons des propositions concrètes », explique Nicolas Hadj-Ali, chef du projet Plan climat à la Métropole.
						""",
				new ProseNameFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).singleElement().satisfies((r) -> assertThat(r.atId()).isEqualTo("toulon"));
	}

}
