package fr.metrograph.documents;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.documents.DocumentViews.ConflictView;
import fr.metrograph.documents.DocumentViews.DocumentDetail;
import fr.metrograph.documents.DocumentViews.DocumentSummary;
import fr.metrograph.ingest.FailedFiles;
import fr.metrograph.ingest.FailedFiles.FailedFile;

@RestController
@RequestMapping("/api")
class DocumentsController {

	private final DocumentService documents;

	private final FailedFiles failedFiles;

	DocumentsController(DocumentService documents, FailedFiles failedFiles) {
		this.documents = documents;
		this.failedFiles = failedFiles;
	}

	@Operation(summary = "Documents chargés, avec leurs avertissements et ce qu'ils ont apporté")
	@GetMapping("/documents")
	List<DocumentSummary> documents() {
		return this.documents.documents();
	}

	@Operation(summary = "Fichiers qui n'ont pas pu être chargés, avec leur erreur (ce qui était déjà chargé reste)")
	@GetMapping("/documents/failed")
	List<FailedFile> failedFiles() {
		return this.failedFiles.list();
	}

	@Operation(summary = "Un document, chaque entité qu'il mentionne (avec le passage cité) et ses conflits")
	@GetMapping("/documents/{id}")
	DocumentDetail document(@PathVariable String id) {
		return this.documents.document(id);
	}

	@Operation(summary = "Conflits relevés au chargement et décisions prises, avec leurs preuves")
	@GetMapping("/conflicts")
	List<ConflictView> conflicts() {
		return this.documents.conflicts();
	}

}
