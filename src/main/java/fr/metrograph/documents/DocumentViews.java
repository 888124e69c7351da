package fr.metrograph.documents;

import java.util.List;

/**
 * The answers of the documents API; field names match the map keys of the
 * {@code cypher/queries/documents/*.cypher} files.
 */
final class DocumentViews {

	private DocumentViews() {
	}

	/** A loaded document and its counts. */
	record DocumentSummary(String id, String title, String path, int part, String kind, Integer year,
			List<Integer> years, String format, List<String> warnings, String ingestedAt, Counts counts) {
	}

	/** What a document contributed, by kind of node. */
	record Counts(long metropolises, long organizations, long people, long meetings, long themes, long conflicts) {
	}

	/** A document with every entity it mentions. */
	record DocumentDetail(String id, String title, String path, int part, String kind, Integer year,
			List<Integer> years, String format, List<String> warnings, Integer lineCount, String ingestedAt,
			List<Mention> mentions, List<ConflictView> conflicts) {
	}

	/** An entity a document mentions, with the quoted passage. */
	/**
	 * An entity a document mentions; {@code value} is a stated figure's number,
	 * {@code year} the entity's year when it has one.
	 */
	record Mention(String label, String id, String name, Object value, Integer year, String evidence, String lines) {
	}

	/**
	 * A conflict and how it was decided; {@code subjectName} names the person or
	 * metropolis whose id the subject is.
	 */
	record ConflictView(String id, String type, String subject, String subjectName, String description,
			String resolution, String evidence, String lines, String documentId, String documentTitle, String path) {
	}

}
