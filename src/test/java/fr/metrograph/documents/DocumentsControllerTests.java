package fr.metrograph.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.metrograph.documents.DocumentViews.Counts;
import fr.metrograph.documents.DocumentViews.DocumentSummary;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.ingest.FailedFiles;
import fr.metrograph.ingest.FailedFiles.FailedFile;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DocumentsController.class)
class DocumentsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DocumentService documents;

	@MockitoBean
	FailedFiles failedFiles;

	@Test
	void listsTheFilesThatFailedWithTheirFrenchError() throws Exception {
		given(this.failedFiles.list()).willReturn(List.of(new FailedFile("data/documents/coupe.pdf",
				"Le PDF est tronqué : il ne se termine pas par la marque de fin %%EOF.",
				java.time.Instant.parse("2026-11-24T17:00:00Z"))));
		this.mvc.perform(get("/api/documents/failed"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].path").value("data/documents/coupe.pdf"))
			.andExpect(jsonPath("$[0].error").value(org.hamcrest.Matchers.startsWith("Le PDF est tronqué")))
			.andExpect(jsonPath("$[0].at").value("2026-11-24T17:00:00Z"));
	}

	@Test
	void listsDocumentsAsJson() throws Exception {
		given(this.documents.documents()).willReturn(List.of(new DocumentSummary("abc", "Résumé annuel", "data/a.txt",
				1, "annual_summary", 2025, List.of(2025), "txt", List.of(), null, new Counts(14, 0, 0, 7, 6, 0))));
		this.mvc.perform(get("/api/documents"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("abc"))
			.andExpect(jsonPath("$[0].counts.metropolises").value(14));
	}

	@Test
	void answersAnUnknownDocumentWithAFrenchProblemDetail() throws Exception {
		given(this.documents.document("nope")).willThrow(new EntityNotFoundException("document", "nope"));
		this.mvc.perform(get("/api/documents/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Introuvable"))
			.andExpect(jsonPath("$.type").value("https://metrograph.fr/problemes/introuvable"))
			.andExpect(jsonPath("$.detail").value("Aucun·e document avec l'identifiant « nope » dans le graphe."))
			.andExpect(jsonPath("$.id").value("nope"));
	}

	@Test
	void answersAnUnexpectedErrorWithAProblemDetailNotTheLegacyBody() throws Exception {
		given(this.documents.conflicts()).willThrow(new IllegalStateException("boom"));
		this.mvc.perform(get("/api/conflicts"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.title").value("Erreur interne"))
			.andExpect(jsonPath("$.timestamp").doesNotExist());
	}

}
