package fr.metrograph.ingest.find.names;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.Facts.RoleCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** Role categories from title words. */
class RoleClassifierTests {

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

}
