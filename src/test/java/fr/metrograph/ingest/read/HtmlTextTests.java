package fr.metrograph.ingest.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTests {

	@Test
	void keepsWhatTheReaderSeesAndDropsWhatTheBrowserHides() {
		String page = """
				<!DOCTYPE html><html lang="fr"><head><title>Rencontre | Métropole</title>
				<script type="application/ld+json">{"@type":"Event","startDate":"2024-03-14"}</script>
				<style>.x{color:red}</style></head>
				<body><header><a href="/"><img src="logo.png" alt="Logo de Rennes Métropole"></a>
				<nav><ul><li><a href="/agenda">Agenda</a></li><li>Grenoble-Alpes Métropole</li></ul></nav></header>
				<div id="tarteaucitronRoot"><p>Nous utilisons des cookies.</p><button>Tout accepter</button></div>
				<div id="dc-wrapper" role="region" aria-label="Consentement aux cookies"><h3>Information sur les cookies</h3></div>
				<div class="popup" role="dialog" aria-modal="true"><p>Abonnez-vous à la lettre</p></div>
				<main><article><h1>Rencontre des agents à Rennes</h1>
				<p>Le&nbsp;14&nbsp;mars 2024, <strong>Anselme   Rakotomalala</strong>
				(ICPC) a ouvert la journée.</p>
				<p style="display: none">Texte caché</p><div hidden>Autre texte caché</div>
				<script>track('vue');</script>
				<noscript>Activez JavaScript</noscript></article></main>
				<footer><p>Rennes Métropole, 4 avenue Henri Fréville</p></footer></body></html>
				""";
		String text = HtmlText.of(page);
		assertThat(text).isEqualTo("""
				# Rencontre des agents à Rennes

				Le 14 mars 2024, Anselme Rakotomalala (ICPC) a ouvert la journée.

				Rennes Métropole, 4 avenue Henri Fréville""");
	}

	@Test
	void writesListsLineBreaksAndTablesAsTheFindersReadThem() {
		String page = """
				<body><h2>Présent·es</h2>
				<ul><li>Maëlle Quéré (Brest métropole)</li><li>Fanny Delorme, <em>ICPC</em></li>
				<li><div class="avatar"><p>Anselme Rakotomalala</p><p>Grenoble-Alpes Métropole</p></div></li></ul>
				<p>Contact :<br>Hortense de Kergariou<br/>Nantes Métropole</p>
				<table><thead><tr><th>Date</th><th>Lieu</th><th>Présent·es</th></tr></thead>
				<tbody><tr><td>12/03/2020</td><td><p>Lyon</p></td><td>A. Martin<br>B. Durand</td></tr></tbody></table>
				</body>
				""";
		assertThat(HtmlText.of(page)).isEqualTo("""
				## Présent·es

				- Maëlle Quéré (Brest métropole)
				- Fanny Delorme, ICPC
				- Anselme Rakotomalala

				Grenoble-Alpes Métropole

				Contact :
				Hortense de Kergariou
				Nantes Métropole

				| Date | Lieu | Présent·es |
				|---|---|---|
				| 12/03/2020 | Lyon | A. Martin ; B. Durand |""");
	}

	@Test
	void aMergedCellIsWrittenOnEachRowItSpans() {
		String page = """
				<body><table><tr><th>Métropole</th><th>Membre</th><th>Fonction</th></tr>
				<tr><td rowspan="2">Métropole Européenne de Lille</td><td>Jérémie Van Hecke</td><td>Chargé de mission</td></tr>
				<tr><td>Ludivine Carpentier-Obi</td><td>Apprentie</td></tr>
				<tr><td>Nantes Métropole</td><td colspan="2">À désigner</td></tr>
				<tr><td>Rennes Métropole</td><td>Soizic Méhault</td><td rowspan="3">Chargée de mission</td></tr>
				<tr><td>Brest métropole</td><td>Yvon Le Gall</td></tr>
				</table></body>
				""";
		assertThat(HtmlText.of(page)).isEqualTo("""
				| Métropole | Membre | Fonction |
				|---|---|---|
				| Métropole Européenne de Lille | Jérémie Van Hecke | Chargé de mission |
				| Métropole Européenne de Lille | Ludivine Carpentier-Obi | Apprentie |
				| Nantes Métropole | À désigner |
				| Rennes Métropole | Soizic Méhault | Chargée de mission |
				| Brest métropole | Yvon Le Gall | Chargée de mission |""");
	}

	@Test
	void inlineNeighboursThatStyleSheetsSetApartAreNotGlued() {
		String page = "<body><div class=\"badge\"><span class=\"jour\">14</span><span class=\"mois\">mars</span></div>"
				+ "<p><span class=\"logo\">icpc</span><span>RÉSEAU DES MÉTROPOLES</span></p>"
				+ "<p><b>L</b>e réseau de <a href=\"#\">Saint</a><a href=\"#\">-Denis</a>, <i>ici</i>.</p></body>";
		assertThat(HtmlText.of(page))
			.isEqualTo("14 mars\n\nicpc RÉSEAU DES MÉTROPOLES\n\nLe réseau de Saint-Denis, ici.");
	}

	@Test
	void aPageWithNoVisibleTextIsEmpty() {
		assertThat(HtmlText.of("<html><head><title>Vide</title></head><body><script>x()</script></body></html>"))
			.isEmpty();
	}

}
