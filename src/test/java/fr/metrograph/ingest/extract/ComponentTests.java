package fr.metrograph.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Facts.RoleCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** Small-input tests of the extractor's components. */
class ComponentTests {

	@Test
	void personNamesKeyAndDisplay() {
		assertThat(PersonNames.key("Mme. Christelle SCUOTTO-CALVEZ")).isEqualTo("christelle scuotto calvez");
		assertThat(PersonNames.key("Monsieur Fabrice Roussel")).isEqualTo(PersonNames.key("M. Fabrice ROUSSEL"));
		assertThat(PersonNames.displayName("Mme. Christelle SCUOTTO-CALVEZ")).isEqualTo("Christelle Scuotto-Calvez");
		assertThat(PersonNames.displayName("M. Yohan LE COCQ")).isEqualTo("Yohan Le Cocq");
		assertThat(PersonNames.displayName("Mme Astrid BIDEAULT-LE BRET")).isEqualTo("Astrid Bideault-Le Bret");
		assertThat(PersonNames.displayName("Jean DE LA FONTAINE")).isEqualTo("Jean de La Fontaine");
		assertThat(PersonNames.fromInverted("FERRIER Amandine")).isEqualTo("Amandine FERRIER");
		assertThat(PersonNames.id("Céline Papin")).isEqualTo("celine-papin");
	}

	@Test
	void personNamesLikelySameIsConservative() {
		assertThat(PersonNames.likelySame("Christelle SCUOTTO-CALVEZ", "Christelle Scutto-Calvez")).isTrue();
		assertThat(PersonNames.likelySame("Yohan LE COCQ", "Yohan Le Coq")).isTrue();
		assertThat(PersonNames.likelySame("Karim BELKACEM", "Karim Belkacen")).isTrue();
		assertThat(PersonNames.likelySame("Marie Lefebvre", "Marc Lefebvre")).isFalse();
		assertThat(PersonNames.likelySame("Jean Martin", "Jean Marin")).isFalse();
		assertThat(PersonNames.likelySame("Paul Roux", "Paul Rous")).isFalse();
		assertThat(PersonNames.likelySame("Amandine Ferrier", "Amandine Ferier")).isTrue();
		assertThat(PersonNames.likelySame("Marie", "Marie Lefebvre")).isFalse();
	}

	@Test
	void frenchDates() {
		assertThat(FrenchDates.find("Les 5 et 6 Mai 2022", null)).singleElement()
			.satisfies((d) -> assertThat(d.start() + "/" + d.end()).isEqualTo("2022-05-05/2022-05-06"));
		assertThat(FrenchDates.find("le jeudi 16 mars 2023", null).get(0).start()).hasToString("2023-03-16");
		assertThat(FrenchDates.find("le 16/03/2023", null).get(0).start()).hasToString("2023-03-16");
		assertThat(FrenchDates.find("du 3 au 4 juin 2024", null).get(0).end()).hasToString("2024-06-04");
		assertThat(FrenchDates.find("du 30 mai au 2 juin 2024", null).get(0).start()).hasToString("2024-05-30");
		assertThat(FrenchDates.find("Jeudi 2 et vendredi 3 octobre 2025", null).get(0).end()).hasToString("2025-10-03");
		assertThat(FrenchDates.find("mardi 2 avril", 2024).get(0).start()).hasToString("2024-04-02");
		assertThat(FrenchDates.find("mardi 2 avril", null)).isEmpty();
	}

	@Test
	void themesNormalise() {
		assertThat(Themes.normalise("Les CCSPL")).isEqualTo("CCSPL");
		assertThat(Themes.normalise("Les Conseils de développements : étude")).isEqualTo("Conseils de développement");
		assertThat(Themes.normalise("statut du citoyen participant...")).isEqualTo("Statut du citoyen participant");
		assertThat(Themes.normalise("l'écriture de délibérations cadres"))
			.isEqualTo("Écriture de délibérations cadres");
		assertThat(Themes.id("Les accords-cadres")).isEqualTo("accords-cadres");
		assertThat(Themes.known("sur la base d'une saisine citoyenne et d'un panel citoyen"))
			.containsExactly("Saisine citoyenne", "Panel citoyen");
	}

	@Test
	void roleClassifier() {
		assertThat(RoleClassifier.classify("Vice-Présidente Dialogue citoyen")).isEqualTo(RoleCategory.ELECTED);
		assertThat(RoleClassifier.classify("Adjointe au maire de Bordeaux")).isEqualTo(RoleCategory.ELECTED);
		assertThat(RoleClassifier.classify("Conseillère municipale de Malzéville")).isEqualTo(RoleCategory.ELECTED);
		assertThat(RoleClassifier.classify("Directeur du Conseil de développement")).isEqualTo(RoleCategory.STAFF);
		assertThat(RoleClassifier.classify("Chargée de mission")).isEqualTo(RoleCategory.STAFF);
		assertThat(RoleClassifier.classify("Cheffe de projet démocratie participative")).isEqualTo(RoleCategory.STAFF);
		assertThat(RoleClassifier.classify("maître de conférences")).isEqualTo(RoleCategory.OTHER);
	}

	@Test
	void splitterAndClassifier() {
		String text = "Résumé annuel du groupe\n\nQui est dans le groupe en 2025 ?\na\nb\nc\nd\ne\nf\ng\nh\n\nRésumé annuel\n\nEt pour 2025 ?\nx\ny\nz\n";
		List<TextLines> parts = DocumentSplitter.split(TextLines.of(text));
		assertThat(parts).hasSize(2);
		assertThat(parts.get(1).first()).isEqualTo(13);
		assertThat(DocumentClassifier.kind(parts.get(0))).isEqualTo(DocumentKind.ANNUAL_SUMMARY);
		assertThat(DocumentClassifier.annualYear(parts.get(1)).year()).isEqualTo(2024);
		assertThat(Groups.detect(TextLines.of("Rencontre des élu·es\nles élus"), 1)).isEqualTo(Groups.ELUS);
		assertThat(Groups.detect(TextLines.of("Rencontres 2025\nTable ronde des élu·es\nAtelier des agent·es"), 1))
			.isNull();
	}

	@Test
	void personLineParser() {
		PersonLineParser p = new PersonLineParser((w) -> w.equals("ICPC") || w.equals("MEL"));
		assertThat(p.atStart("Mme. Christelle SCUOTTO-CALVEZ", false))
			.hasValueSatisfying((n) -> assertThat(n.display()).isEqualTo("Christelle Scuotto-Calvez"));
		assertThat(p.atStart("FERRIER Amandine", true))
			.hasValueSatisfying((n) -> assertThat(n.display()).isEqualTo("Amandine Ferrier"));
		assertThat(p.atStart("Direction Démocratie & Stratégie", false)).isEmpty();
		assertThat(p.atStart("Citoyenne ICPC", false)).isEmpty();
		assertThat(p.findAll("réunis salle Jean Monnet avec Paul Durand")).extracting((n) -> n.display())
			.containsExactly("Paul Durand");
		assertThat(p.findAll("Pour Mme Troadec, l'enjeu")).singleElement()
			.satisfies((n) -> assertThat(n.surnameOnly()).isTrue());
	}

	@Test
	void emptyDocumentWarns() throws Exception {
		var ref = fr.metrograph.reference.ReferenceData.load(java.nio.file.Path.of("data/reference"));
		var docs = new DocumentExtractor(ref).extract("x.txt", "Quelques mots sans entité.\n", ExtractionHints.none());
		assertThat(docs).singleElement()
			.satisfies((d) -> assertThat(d.warnings()).contains("Aucune entité reconnue dans ce document"));
	}

}
