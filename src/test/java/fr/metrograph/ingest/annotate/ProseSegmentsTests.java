package fr.metrograph.ingest.annotate;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.annotate.ProseSegments.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class ProseSegmentsTests {

	@Test
	void aNewsItemIsAHeadlineItemFollowedByProse() {
		String p = ">> Lille : la MEL lance son premier budget participatif métropolitain\n"
				+ "Doté de 3 millions d'euros, il sera ouvert aux habitant·es des 95 communes à partir de septembre.";
		List<Segment> s = ProseSegments.of(p);
		assertThat(s).extracting(Segment::listItem, Segment::prose)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, false),
					org.assertj.core.groups.Tuple.tuple(false, true));
		assertThat(p.substring(s.get(1).offset())).startsWith("Doté de 3 millions");
	}

	@Test
	void runningProseAndLongItemsAreProseAndAWrappedItemStaysOneItem() {
		assertThat(ProseSegments.of("Un an après une première rencontre nantaise, la deuxième rencontre des élu·es "
				+ "s'est tenue le jeudi 16 mars 2023 dans les locaux de Rennes Métropole."))
			.singleElement()
			.satisfies((s) -> assertThat(s.prose()).isTrue());
		assertThat(ProseSegments.of("- Mardi 4 juin 2024 : séminaire des agent·es « Mesurer les effets\n"
				+ "de la participation », à Lille et en ligne."))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.listItem()).isTrue();
				assertThat(s.prose()).isTrue();
			});
		assertThat(ProseSegments.of("- Jeudi 13 juin 2024 : rencontre des élu·es.")).singleElement()
			.satisfies((s) -> assertThat(s.prose()).isFalse());
	}

	@Test
	void attendanceListsTablesAndHeadingsAreNotProse() {
		assertThat(
				ProseSegments.of("Nantes Métropole\nMme Christelle SCUOTTO-CALVEZ\nVice-Présidente Dialogue citoyen"))
			.allSatisfy((s) -> assertThat(s.prose()).isFalse());
		assertThat(ProseSegments.of("| Marie Lefebvre | conseillère métropolitaine déléguée | MEL | Présente |"))
			.allSatisfy((s) -> assertThat(s.prose()).isFalse());
		assertThat(ProseSegments.of("## Budgets participatifs : chacun sa recette, et la nôtre aussi"))
			.allSatisfy((s) -> assertThat(s.prose()).isFalse());
	}

}
