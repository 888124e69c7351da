package fr.metrograph.ingest.split;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractionHints;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a file into documents, and deciding once each one's kind, group and year. */
class DocumentSplitterTests {

	private static final String TWO_SUMMARIES = "Résumé annuel du groupe\n\nQui est dans le groupe en 2025 ?\na\nb\nc\nd\ne\nf\ng\nh\n\nRésumé annuel\n\nEt pour 2025 ?\nx\ny\nz\n";

	@Test
	void aRepeatedReportTitleStartsANewDocumentKeepingFileLineNumbers() {
		List<DocumentPart> parts = DocumentSplitter.parts(TWO_SUMMARIES, ExtractionHints.none());
		assertThat(parts).hasSize(2);
		assertThat(parts.get(1).lines().first()).isEqualTo(13);
		assertThat(parts).extracting(DocumentPart::part).containsExactly(1, 2);
		assertThat(parts).extracting(DocumentPart::kind).containsOnly(DocumentKind.ANNUAL_SUMMARY);
	}

	@Test
	void aReportTitleRepeatedWithAPageNumberIsARunningFooterNotANewDocument() {
		StringBuilder text = new StringBuilder("Rapport d'activité 2023\nConseil de développement\n\n");
		for (int page = 2; page <= 4; page++) {
			for (int k = 0; k < 9; k++) {
				text.append("Ligne ").append(page).append('.').append(k).append(" du rapport.\n");
			}
			text.append("Rapport d'activité 2023 – Conseil de développement de Dijon Métropole          ")
				.append(page)
				.append("\n\n");
		}
		assertThat(DocumentSplitter.parts(text.toString(), ExtractionHints.none())).hasSize(1);
		assertThat(DocumentSplitter.parts(text.toString().replace("Dijon Métropole          ", "Dijon Métropole p. "),
				ExtractionHints.none()))
			.hasSize(1);
	}

	@Test
	void anActivityReportIsAnAnnualSummaryOfItsYearNotAReportOfTheDayItWasPresented() {
		String text = "# Rapport d'activité 2023\n\n> Rapport présenté en commission le 27 février 2024.\n\n"
				+ "## 2023 en chiffres\n\n- 12 réunions publiques\n\nLe 14 mars, le groupe des agent·es s'est réuni à "
				+ "Montreuil.\n\n## Et en 2024 ?\n\n- Une plénière le mardi 30 janvier 2024.\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.kind()).isEqualTo(DocumentKind.ANNUAL_SUMMARY);
		assertThat(part.year()).isEqualTo(2023);
		// a logo above the title is no title
		assertThat(DocumentSplitter.parts("![Est Ensemble](./images/logo.png)\n\n" + text, ExtractionHints.none())
			.get(0)
			.title()).isEqualTo("Rapport d'activité 2023");
	}

	@Test
	void aWebPageIsKnownByItsOneTopLevelHeadingNotByTheSiteHeaderAboveIt() {
		String page = "Aller au contenu\n\nMétropole de Lyon · Participation\n\nAccueil > Agenda\n\n"
				+ "# Atelier des agent·es du réseau à Lyon\n\nLe 14 mars 2024, le groupe des agent·es s'est réuni.\n\n"
				+ "## Programme\n\n- 9 h 30 : accueil\n";
		assertThat(DocumentSplitter.parts(page, ExtractionHints.none()).get(0).title())
			.isEqualTo("Atelier des agent·es du réseau à Lyon");
		// a paper's number over a report is no title
		assertThat(DocumentSplitter.parts("N° 742\n\nSÉNAT\n\nRAPPORT D'INFORMATION\n", ExtractionHints.none())
			.get(0)
			.title()).isEqualTo("SÉNAT");
		// with two top-level headings, neither is the page's own: the first block is
		assertThat(DocumentSplitter
			.parts("Compte rendu\n\n# Partie 1\n\ntexte\n\n# Partie 2\n\ntexte\n", ExtractionHints.none())
			.get(0)
			.title()).isEqualTo("Compte rendu");
	}

	@Test
	void plansForAYearDateTheSummaryTheYearBefore() {
		DocumentPart second = DocumentSplitter.parts(TWO_SUMMARIES, ExtractionHints.none()).get(1);
		assertThat(second.year()).isEqualTo(2024);
	}

	@Test
	void aHeadingThatContradictsTheStrongerSignalsIsAYearConflict() {
		String text = "Résumé annuel\n\nQui est dans le groupe en 2025 ?\n\nEn 2024, nous avons travaillé.\n\nEt pour 2025 ?\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.year()).isEqualTo(2024);
		assertThat(part.conflicts()).singleElement().satisfies((c) -> {
			assertThat(c.type()).isEqualTo("year_conflict");
			assertThat(c.evidence().extractor()).isEqualTo(Years.EXTRACTOR);
			assertThat(c.evidence().confidence()).isLessThan(1.0);
		});
	}

	@Test
	void theCuratorsYearWinsAndIsRecordedAsCurated() {
		String text = "Résumé annuel\n\nEn 2024, nous avons travaillé.\n";
		DocumentPart part = DocumentSplitter.parts(text, new ExtractionHints(Map.of(1, 2023))).get(0);
		assertThat(part.year()).isEqualTo(2023);
		assertThat(part.conflicts()).singleElement().satisfies((c) -> {
			assertThat(c.resolution()).contains("corrigé par la curation");
			assertThat(c.evidence().extractor()).isEqualTo("curation");
			assertThat(c.evidence().confidence()).isEqualTo(1.0);
		});
	}

	@Test
	void aReportsYearIsTheYearOfTheMeetingItReportsNotOfItsPublication() {
		String text = "Compte rendu\nPublié le 2 janvier 2024\n\nRéunion du 5 décembre 2023 en visioconférence\n\nPrésent·es :\nJeanne DUPONT (Rennes Métropole)\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.kind()).isEqualTo(DocumentKind.MEETING_REPORT);
		assertThat(part.aboutMeeting()).isTrue();
		assertThat(part.mainDate().start()).hasToString("2023-12-05");
		assertThat(part.year()).isEqualTo(2023);
	}

	@Test
	void anArticleThatTellsNoMeetingIsDatedByItsPublication() {
		String text = "Par Anne Martin — publié le 3 mars 2021\n\nLa participation progresse. Une réunion aura lieu le 4 mai 2022.\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.kind()).isEqualTo(DocumentKind.PROSE);
		assertThat(part.aboutMeeting()).isFalse();
		assertThat(part.year()).isEqualTo(2021);
	}

	@Test
	void aProgrammeIsTimeSlotsWithoutAttendanceList() {
		String text = "Programme\n\n9h30 Accueil\n10h00 Ouverture\n11h00 Atelier\n";
		assertThat(DocumentSplitter.parts(text, null).get(0).layout().programme()).isTrue();
	}

	@Test
	void theGroupIsTheOneTheDocumentSpeaksOfClearly() {
		assertThat(Groups.detect(TextLines.of("Rencontre des élu·es\nles élus"), 1)).isEqualTo(Groups.ELUS);
		assertThat(Groups.detect(TextLines.of("Rencontres 2025\nTable ronde des élu·es\nAtelier des agent·es"), 1))
			.isNull();
	}

	@Test
	void anEmptyTextIsOneEmptyDocument() {
		assertThat(DocumentSplitter.parts("", null)).singleElement().satisfies((p) -> assertThat(p.year()).isNull());
	}

	@Test
	void anEmailsSendingDateIsWhenItWasWrittenNotItsMeetingsDate() {
		String text = """
				De : Nolwenn Guéguen <nolwenn.gueguen@icpc.fr>
				Envoyé : lundi 3 mars 2025 09:12
				À : reseau-agents@listes.icpc.fr
				Objet : [Réseau] Invitation – séminaire des agent·es à Rennes

				Bonjour à toutes et à tous,

				Le séminaire du groupe des agent·es se tiendra le jeudi 3 avril 2025 de 9h30 à 16h30 à Rennes.

				Présent·es :
				Jeanne DUPONT (Rennes Métropole)
				""";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.mainDate().start()).hasToString("2025-04-03");
		assertThat(part.writtenOn()).hasToString("2025-03-03");
	}

	@Test
	void aForwardedEmailsDateHeaderIsNoMeetingDateEither() {
		String text = """
				De : Lucie PERRIN <lucie.perrin@example.org>
				Date : vendredi 10 octobre 2025 09:15
				Objet : TR: Save the date

				---------- Message transféré ---------
				De : Réseau <reseau@example.org>
				Date : jeu. 9 oct. 2025 à 17:03
				Objet : Save the date

				> Le prochain séminaire du groupe des agent·es des métropoles participatives aura lieu le
				> mardi 25 novembre 2025, de 9h30 à 16h30, à Clermont-Ferrand.

				Présent·es :
				Jeanne DUPONT (Rennes Métropole)
				""";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.mainDate().start()).hasToString("2025-11-25");
		assertThat(part.writtenOn()).hasToString("2025-10-10");
	}

	@Test
	void aNewsPagesBylineAndItsRelatedArticlesDateNoMeeting() {
		String text = """
				# Saint-Étienne. Les élus de la participation de quinze métropoles face à la fatigue démocratique

				Jeudi 16 et vendredi 17 octobre, Saint-Étienne Métropole a accueilli la rencontre des élus du réseau des métropoles participatives.

				Par Damien Ollagnier Le 18/10/2025 à 06:00, mis à jour le 18/10/2025 à 09:41 Temps de lecture : 4 min

				## Sur le même sujet

				- Saint-Étienne Métropole : la convention citoyenne sur l’eau rend ses 24 propositions Le 14/06/2025

				© Le Progrès 2025
				""";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.aboutMeeting()).isTrue();
		assertThat(part.mainDate().start()).hasToString("2025-10-16");
		assertThat(part.mainDate().end()).hasToString("2025-10-17");
		assertThat(part.writtenOn()).hasToString("2025-10-18");
	}

	@Test
	void anEmailIsKnownByItsSubjectNotItsSenderLine() {
		String text = """
				De : BOUCHARD-LEMAIRE Perrine <p.bouchard-lemaire@tours-metropole.fr>
				Envoyé : mardi 4 mars 2025 18:02
				À : reseau-agents@listes.icpc.fr
				Objet : RE: TR: [Réseau] Séminaire des agent·es à Tours – logistique

				Bonjour à toutes et à tous,
				""";
		assertThat(DocumentSplitter.parts(text, ExtractionHints.none()).get(0).title())
			.isEqualTo("[Réseau] Séminaire des agent·es à Tours – logistique");
		assertThat(DocumentSplitter.parts("Objet de la réunion\n\nDe : la métropole\n", null).get(0).title())
			.isEqualTo("Objet de la réunion");
		String filed = """
				==== copie pour le dossier de séance – invitation + réponses reçues au 17/09 ====

				De : Ferrand-Okafor Léonie <leonie.ferrand-okafor@i-cpc.org>
				Objet : [Groupe agent·es] Séance de rentrée
				""";
		assertThat(DocumentSplitter.parts(filed, ExtractionHints.none()).get(0).title())
			.isEqualTo("[Groupe agent·es] Séance de rentrée");
	}

	@Test
	void aPressReviewAndAJobOfferReportNoMeetingOfTheirOwn() {
		String review = """
				# REVUE DE PRESSE — Dialogue citoyen & participation

				Semaine 47 — du lundi 20 au dimanche 26 novembre 2023

				Les élus des métropoles participatives ont planché à Nantes. La rencontre s'est tenue les 16 et 17 novembre.
				""";
		DocumentPart part = DocumentSplitter.parts(review, ExtractionHints.none()).get(0);
		assertThat(part.kind()).isEqualTo(DocumentKind.PROSE);
		assertThat(part.mainDate().start()).hasToString("2023-11-16");
		String offer = """
				Accueil > Emploi & carrières > Nos offres d'emploi > Chargé·e de mission participation citoyenne (H/F)

				Publiée le 14/06/2024

				Entretiens prévus la semaine du 9 septembre 2024, au siège de la Métropole, salle 3.
				""";
		DocumentPart job = DocumentSplitter.parts(offer, ExtractionHints.none()).get(0);
		assertThat(job.kind()).isEqualTo(DocumentKind.PROSE);
		assertThat(job.aboutMeeting()).isFalse();
		assertThat(job.title()).isEqualTo("Chargé·e de mission participation citoyenne (H/F)");
	}

	@Test
	void anEventPagesDateLineIsItsMeetingsDate() {
		// "Date :" on an event page is the event's, not a sending date
		String text = "ATELIER EN LIGNE\nConcerter en temps de crise\n\nMis à jour le 3 novembre 2020\n\n"
				+ "Date : mardi 17 novembre 2020 de 14h à 16h30\nLieu : en visio\n\n"
				+ "Depuis le 30 octobre, les réunions publiques sont impossibles. La réunion s'est tenue en ligne.\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.mainDate().start()).hasToString("2020-11-17");
		assertThat(part.writtenOn()).hasToString("2020-11-03");
	}

	@Test
	void aNewslettersMastheadSaysWhenItWasWritten() {
		String text = "LA LETTRE DU RÉSEAU — n° 14 — décembre 2023\n\nUne année dense s'achève. Merci à toutes et à tous.\n";
		assertThat(DocumentSplitter.parts(text, null).get(0).writtenOn()).hasToString("2023-12-01");
		String plain = "Réunion du groupe\nOrléans, jeudi 22 septembre 2022\n\nLe groupe s'est réuni.\n";
		assertThat(DocumentSplitter.parts(plain, null).get(0).writtenOn()).isNull();
	}

	@Test
	void anArticleWithoutPublicationDateTakesTheYearOfItsDatesNotOfABareYear() {
		String dated = "FORUM DE LA DÉMOCRATIE PERMANENTE\n\nClément Ribes\n13/06/2025\n\nUn élu suédois était "
				+ "l'invité du forum, jeudi 12 juin 2025, salle Pétrarque. La première édition remonte à 2023.\n";
		assertThat(DocumentSplitter.parts(dated, null).get(0).year()).isEqualTo(2025);
		String bare = "Participer, oui, mais à quelle échelle ?\n\nLe Grand Débat national de 2019 a montré "
				+ "l'appétit des citoyens pour la discussion.\n";
		assertThat(DocumentSplitter.parts(bare, null).get(0).year()).isNull();
	}

	@Test
	void aCouncilsDeliberationReportsNoMeetingOfTheNetworkButKeepsItsYear() {
		String text = "MÉTROPOLE DU GRAND NANCY\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE LA MÉTROPOLE\n\n"
				+ "Objet : DÉMOCRATIE PARTICIPATIVE - Désignation des représentants au réseau\n\n"
				+ "Séance du jeudi 23 juin 2022\n\nÉtaient présents : M. Émeric VAUTRIN, Président, Mme Sonia ABDELLI.\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.aboutMeeting()).isFalse();
		assertThat(part.mainDate()).isNull();
		assertThat(part.year()).isEqualTo(2022);
		assertThat(part.title()).isEqualTo("DÉMOCRATIE PARTICIPATIVE - Désignation des représentants au réseau");
		String letter = "RÉPUBLIQUE FRANÇAISE\nLiberté Égalité Fraternité\nPréfecture de la Loire\n\nUn courrier.\n";
		assertThat(DocumentSplitter.parts(letter, ExtractionHints.none()).get(0).title())
			.isEqualTo("Préfecture de la Loire");
	}

	@Test
	void aPaperWithItsAbstractAndCitationsIsProseAndAYearNamingAnEventOutweighsAPastOne() {
		String paper = "Working papers — n° 12\n\nRésumé\nDepuis 2016, des agent·es se réunissent. La création, en 2021, "
				+ "d'un groupe d'élu·es change la donne (Blondiaux, 2008 ; Gourgues, 2013).\n\nMots-clés : participation ; "
				+ "métropoles.\n\nLe réseau a retracé son histoire (Mazeaud et Nonjon, 2018).\n";
		assertThat(DocumentSplitter.parts(paper, ExtractionHints.none()).get(0).kind()).isEqualTo(DocumentKind.PROSE);
		// a date in parentheses is no citation: a magazine's portrait stays a report of
		// its meeting
		String portrait = "Le 20 mars 2025, elle accueillait la rencontre des agent·es des métropoles.\n\n"
				+ "Présent·es :\nJeanne DUPONT (Rennes Métropole)\n\nÀ lire (mai-juin 2025) ; (janvier 2025) ; "
				+ "(mars 2025) ; (avril 2025).\n";
		assertThat(DocumentSplitter.parts(portrait, ExtractionHints.none()).get(0).kind())
			.isEqualTo(DocumentKind.MEETING_REPORT);
		assertThat(Years.mostFrequentYear("J'ai participé au premier atelier 2025 du groupe des agent·es. "
				+ "Le bus de la participation a fait 41 haltes en 2024."))
			.isEqualTo(2025);
	}

}
