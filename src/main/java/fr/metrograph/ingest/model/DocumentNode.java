package fr.metrograph.ingest.model;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code (:Document)} node of one extracted document, as stored.
 *
 * @param id {@link fr.metrograph.graph.Ids#document the hash of its text}
 * @param title its title
 * @param kind {@link DocumentKind#code()}
 * @param year the year it is about, or null
 * @param years every year it reports on
 * @param path the file it was read from, as stored (the key for retraction)
 * @param part 1-based index of the document in its file
 * @param format the file's format (txt, md, pdf, html, csv)
 * @param fileHash SHA-256 of the file's bytes
 * @param fingerprint what decides whether the file must be loaded again
 * @param warnings French warnings of the reader and the extractor
 * @param lineCount number of lines of the document's text
 * @param ingestedAt when it was loaded
 */
public record DocumentNode(String id, String title, String kind, Integer year, List<Integer> years, String path,
		int part, String format, String fileHash, String fingerprint, List<String> warnings, int lineCount,
		ZonedDateTime ingestedAt) {

	public DocumentNode {
		years = List.copyOf(years);
		warnings = List.copyOf(warnings);
	}

	/** The node's properties, for {@code merge_document} (null values are not stored). */
	public Map<String, Object> properties() {
		Map<String, Object> p = new HashMap<>();
		p.put("id", this.id);
		p.put("title", this.title);
		p.put("kind", this.kind);
		p.put("year", this.year);
		p.put("years", this.years);
		p.put("path", this.path);
		p.put("part", this.part);
		p.put("format", this.format);
		p.put("fileHash", this.fileHash);
		p.put("fingerprint", this.fingerprint);
		p.put("warnings", this.warnings);
		p.put("lineCount", this.lineCount);
		p.put("ingestedAt", this.ingestedAt);
		return p;
	}

}
