package fr.metrograph.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.DocumentRejectedException;

/**
 * Runs the whole evaluation: reads the expectations of some folders, reads each document
 * through the production {@link DocumentReader} (encodings, PDF text layer), runs the
 * extractor through {@link ExtractorAdapter} and scores it with {@link DocumentScorer}. A
 * document the reader rejects scores as if nothing had been found, with the reason. Cost:
 * one extraction per document.
 */
public final class ExtractionEvaluation {

	private static final long MAX_BYTES = 50L * 1024 * 1024;

	private final ExtractorAdapter extractor;

	private final DocumentScorer scorer;

	private final GoldReader gold = new GoldReader();

	private final DocumentReader reader = new DocumentReader(MAX_BYTES);

	/**
	 * @param referenceDir the reference lists ({@code data/reference}), for the extractor
	 * and to resolve the names written in expectations
	 */
	public ExtractionEvaluation(Path referenceDir) {
		this.extractor = new ExtractorAdapter(referenceDir);
		this.scorer = new DocumentScorer(ReferenceNames.load(referenceDir));
	}

	/**
	 * Evaluates the extractor on every expectation of the given folders.
	 * @param folders folders holding {@code X.expected.yml} files and their documents
	 * @return the scores
	 * @throws IllegalArgumentException when a folder is missing or an expectation is
	 * unreadable
	 */
	public EvaluationReport evaluate(List<Path> folders) {
		List<DocumentScore> scores = new ArrayList<>();
		long extractionNanos = 0;
		for (Path folder : folders) {
			for (GoldDocument expected : this.gold.read(folder)) {
				String text;
				try {
					text = this.reader.read(expected.document()).text();
				}
				catch (DocumentRejectedException ex) {
					scores.add(this.scorer.score(expected, Extraction.empty(), ex.getMessage()));
					continue;
				}
				long start = System.nanoTime();
				Extraction found = this.extractor.extract(expected.fileName(), text);
				extractionNanos += System.nanoTime() - start;
				scores.add(this.scorer.score(expected, found, null));
			}
		}
		return new EvaluationReport(scores, extractionNanos / 1_000_000);
	}

}
