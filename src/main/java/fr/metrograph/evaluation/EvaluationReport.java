package fr.metrograph.evaluation;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.metrograph.evaluation.DocumentScore.MeetingDetails;

/**
 * The scores of every document of an evaluation and their micro-averages: counts are
 * summed over the documents, then precision, recall and F1 computed on the sums (see
 * {@link Tally}).
 *
 * @param documents one score per document, in folder then file order
 * @param extractionMillis time spent in the extractor (reading excluded)
 */
public record EvaluationReport(List<DocumentScore> documents, long extractionMillis) {

	public EvaluationReport {
		documents = List.copyOf(documents);
	}

	/** Micro-averaged counts per entity type over every document. */
	public Map<EntityType, Tally> totals() {
		return totals(this.documents);
	}

	/** Micro-averaged counts per entity type, per folder (in the order met). */
	public Map<String, Map<EntityType, Tally>> byFolder() {
		Map<String, Map<EntityType, Tally>> out = new LinkedHashMap<>();
		for (String folder : this.documents.stream().map((d) -> d.gold().folder()).distinct().toList()) {
			out.put(folder, totals(this.documents.stream().filter((d) -> d.gold().folder().equals(folder)).toList()));
		}
		return out;
	}

	/**
	 * Micro-averaged counts per entity type, per document shape (documents without a
	 * shape left out).
	 */
	public Map<String, Map<EntityType, Tally>> byShape() {
		Map<String, Map<EntityType, Tally>> out = new LinkedHashMap<>();
		for (String shape : this.documents.stream()
			.map((d) -> d.gold().shape())
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted()
			.toList()) {
			out.put(shape, totals(this.documents.stream().filter((d) -> shape.equals(d.gold().shape())).toList()));
		}
		return out;
	}

	/** The documents whose expectation names no person. */
	public List<DocumentScore> namingNoOne() {
		return this.documents.stream().filter((d) -> d.gold().people().isEmpty()).toList();
	}

	/** People found in documents that name none: the invented people. */
	public int inventedPeople() {
		return namingNoOne().stream().mapToInt((d) -> d.invented().size()).sum();
	}

	/** Documents whose year the extractor got right. */
	public long yearsRight() {
		return this.documents.stream().filter(DocumentScore::yearRight).count();
	}

	/** Documents whose expectation gives their kind. */
	public long kindsChecked() {
		return this.documents.stream().filter(DocumentScore::kindChecked).count();
	}

	/** Documents whose kind the extractor got right. */
	public long kindsRight() {
		return this.documents.stream().filter(DocumentScore::kindRight).count();
	}

	/** End dates and formats of the matched meetings, summed. */
	public MeetingDetails meetingDetails() {
		return this.documents.stream()
			.map(DocumentScore::meetingDetails)
			.reduce(MeetingDetails.NONE, MeetingDetails::plus);
	}

	/**
	 * The documents with the lowest F1 over all their entities (documents with nothing to
	 * be right or wrong about are left out), worst first.
	 * @param count how many
	 */
	public List<DocumentScore> worst(int count) {
		return this.documents.stream()
			.filter((d) -> d.overall().f1().isPresent())
			.sorted(Comparator.comparingDouble((DocumentScore d) -> d.overall().f1().getAsDouble())
				.thenComparing((d) -> d.gold().fileName()))
			.limit(count)
			.toList();
	}

	private static Map<EntityType, Tally> totals(List<DocumentScore> scores) {
		Map<EntityType, Tally> totals = new EnumMap<>(EntityType.class);
		for (DocumentScore d : scores) {
			d.tallies().forEach((type, tally) -> totals.merge(type, tally, Tally::plus));
		}
		return totals;
	}

}
