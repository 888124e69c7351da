package fr.metrograph.copresence;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.copresence.CopresenceService.PageRequest;
import fr.metrograph.copresence.CopresenceService.Pending;
import fr.metrograph.copresence.CopresenceService.Ready;
import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.JobView;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;
import fr.metrograph.copresence.OneModeProjection.Weighting;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ CopresenceController.class, ExportController.class })
class CopresenceControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CopresenceService copresence;

	@MockitoBean
	ExportService exports;

	@Test
	void answersTheNetworkAsJson() throws Exception {
		CopresenceRequest request = new CopresenceRequest(Network.METROPOLISES, 2024, 2025, null, Via.PRESENTERS,
				Weighting.NEWMAN, 0.5, false);
		PageRequest page = new PageRequest(EnumSet.of(Metric.DEGREE, Metric.COMMUNITY), Metric.DEGREE, 50, 10, null);
		given(this.copresence.page(eq(request), eq(page), anyString()))
			.willReturn(new Ready(new NetworkView("metropolises",
					List.of(new NodeView("bordeaux", "Bordeaux", 1, null, null, null, 0),
							new NodeView("lille", "Lille", 1, null, null, null, 0)),
					List.of(new EdgeView("bordeaux", "lille", 1.0)), 0.0, 1.0, 1, List.of(2), 1,
					List.of("degree", "community"), 2, 1, "degree", 1, null)));
		this.mvc
			.perform(get("/api/copresence/metropolises?from=2024&to=2025&via=presenters&weighting=newman&minWeight=0.5"
					+ "&metrics=degree,community&sort=degree&limit=50&edgeLimit=10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].id").value("bordeaux"))
			.andExpect(jsonPath("$.nodes[0].degree").value(1))
			.andExpect(jsonPath("$.nodes[0].betweenness").doesNotExist())
			.andExpect(jsonPath("$.edges[0].target").value("lille"))
			.andExpect(jsonPath("$.metrics[1]").value("community"))
			.andExpect(jsonPath("$.components").value(1));
	}

	@Test
	void answersAHeavyComputationWith202AndTheJobToPoll() throws Exception {
		JobView job = new JobView("j1", "running", "en cours", 0.4, "Calcul de l'intermédiarité (40 %)",
				List.of("betweenness"), "/api/copresence/people?metrics=betweenness", null);
		given(this.copresence.page(any(), any(), anyString())).willReturn(new Pending(job));
		this.mvc.perform(get("/api/copresence/people?metrics=betweenness"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/copresence/jobs/j1"))
			.andExpect(jsonPath("$.status").value("en cours"))
			.andExpect(jsonPath("$.progress").value(0.4));
		given(this.copresence.job("j1")).willReturn(job);
		this.mvc.perform(get("/api/copresence/jobs/j1")).andExpect(status().isOk());
		this.mvc.perform(get("/api/copresence/jobs/nope")).andExpect(status().isNotFound());
	}

	@Test
	void answersAnUnknownMetricWithAFrenchProblemDetail() throws Exception {
		this.mvc.perform(get("/api/copresence/people?metrics=degree,pagerank"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parametre").value("metrics"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Mesure inconnue « pagerank »")));
		verifyNoInteractions(this.copresence);
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
