package fr.metrograph.copresence;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;
import fr.metrograph.copresence.OneModeProjection.Weighting;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ CopresenceController.class, ExportController.class })
class CopresenceControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CopresenceService copresence;

	@Test
	void answersTheNetworkAsJson() throws Exception {
		CopresenceRequest request = new CopresenceRequest(Network.METROPOLISES, 2024, 2025, null, Via.PRESENTERS,
				Weighting.NEWMAN, 0.5, false);
		given(this.copresence.network(request)).willReturn(new NetworkView("metropolises",
				List.of(new NodeView("bordeaux", "Bordeaux", 1, 1.0, 0.0, 1.0, 0),
						new NodeView("lille", "Lille", 1, 1.0, 0.0, 1.0, 0)),
				List.of(new EdgeView("bordeaux", "lille", 1.0)), 0.0, 1.0, 1, List.of(2), 1));
		this.mvc
			.perform(
					get("/api/copresence/metropolises?from=2024&to=2025&via=presenters&weighting=newman&minWeight=0.5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].id").value("bordeaux"))
			.andExpect(jsonPath("$.edges[0].target").value("lille"))
			.andExpect(jsonPath("$.components").value(1));
	}

	@Test
	void answersFromAfterToWithAFrenchProblemDetailWithoutCallingTheService() throws Exception {
		this.mvc.perform(get("/api/copresence/people?from=2025&to=2024"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Paramètre invalide"))
			.andExpect(jsonPath("$.type").value("https://metrograph.fr/problemes/parametre-invalide"))
			.andExpect(jsonPath("$.detail")
				.value("L'année de début (from=2025) est postérieure à l'année de fin (to=2024)."))
			.andExpect(jsonPath("$.parametre").value("from"))
			.andExpect(jsonPath("$.valeur").value("2025"));
		verifyNoInteractions(this.copresence);
	}

	@Test
	void answersAnUnknownExportFormatWithAFrenchProblemDetail() throws Exception {
		this.mvc.perform(get("/api/export/xlsx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Format d'export inconnu « xlsx » : valeurs possibles graphml, gexf, csv."));
	}

}
