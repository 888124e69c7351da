package fr.metrograph.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void wordsAreFoldedAndCutOnPunctuationAndLuceneSyntaxIsDropped() {
		assertThat(SearchQuery.words("  Céline PAPIN ")).containsExactly("celine", "papin");
		assertThat(SearchQuery.words("Scuotto-Calvez")).containsExactly("scuotto", "calvez");
		assertThat(SearchQuery.words("l'Eurométropole (Strasbourg)* AND ~x:")).containsExactly("l", "eurometropole",
				"strasbourg", "and", "x");
		assertThat(SearchQuery.words("!!!")).isEmpty();
		assertThat(SearchQuery.words(null)).isEmpty();
		assertThat(SearchQuery.words("a b c d e f g h i j k")).hasSize(SearchQuery.MAX_WORDS);
	}

	@Test
	void everyWordIsRequiredAsAPrefixAndFromFourLettersOnOneEditAway() {
		assertThat(SearchQuery.lucene(List.of("celine", "gi"))).isEqualTo("+(celine* OR celine~1) +(gi*)");
		assertThat(SearchQuery.lucene(List.of())).isEmpty();
	}

}
