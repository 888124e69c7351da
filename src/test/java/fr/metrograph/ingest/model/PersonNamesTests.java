package fr.metrograph.ingest.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Name keys, display forms and the conservative fuzzy identity. */
class PersonNamesTests {

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

}
