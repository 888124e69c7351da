package fr.metrograph.documents;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.documents.DocumentViews.ConflictView;
import fr.metrograph.documents.DocumentViews.DocumentDetail;
import fr.metrograph.documents.DocumentViews.DocumentSummary;
import fr.metrograph.graph.EntityNotFoundException;

/** Reads documents and conflicts through the named queries. */
@Service
class DocumentService {

	private final GraphReads reads;

	DocumentService(GraphReads reads) {
		this.reads = reads;
	}

	List<DocumentSummary> documents() {
		return this.reads.list("documents/list_documents", Map.of(), DocumentSummary.class);
	}

	DocumentDetail document(String id) {
		return this.reads.one("documents/get_document", Map.of("id", id), DocumentDetail.class)
			.orElseThrow(() -> new EntityNotFoundException("document", id));
	}

	List<ConflictView> conflicts() {
		return this.reads.list("documents/list_conflicts", Map.of(), ConflictView.class);
	}

}
