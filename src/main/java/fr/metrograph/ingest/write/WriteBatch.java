package fr.metrograph.ingest.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What one bounded write transaction runs: a few statements, each with its rows, in
 * order. The total number of rows is at most the loader's batch size, which is what
 * bounds the transaction's memory.
 *
 * @param parts the statements and their rows, in order
 */
record WriteBatch(List<Part> parts) {

	/**
	 * @param statement name under {@code ingest/}
	 * @param docId {@code $docId}
	 * @param rows {@code $rows}
	 */
	record Part(String statement, String docId, List<Map<String, Object>> rows) {

	}

	int rows() {
		return this.parts.stream().mapToInt((p) -> p.rows().size()).sum();
	}

	/**
	 * Slices steps into batches of at most {@code batchSize} rows, in order (a large step
	 * spans several batches, small consecutive steps share one), each built only when
	 * asked, so that at most one batch's rows are in memory at a time.
	 */
	static Iterable<WriteBatch> lazily(List<WriteStep> steps, int batchSize) {
		return () -> new Iterator<>() {

			private int step;

			private int from;

			@Override
			public boolean hasNext() {
				while (this.step < steps.size() && this.from >= steps.get(this.step).size()) {
					this.step++;
					this.from = 0;
				}
				return this.step < steps.size();
			}

			@Override
			public WriteBatch next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				Builder builder = new Builder();
				while (builder.rows < batchSize && hasNext()) {
					WriteStep current = steps.get(this.step);
					int to = Math.min(current.size(), this.from + batchSize - builder.rows);
					builder.add(current, this.from, to);
					this.from = to;
				}
				return builder.build();
			}

		};
	}

	private static final class Builder {

		final List<Part> parts = new ArrayList<>();

		int rows;

		void add(WriteStep step, int from, int to) {
			List<Map<String, Object>> rows = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				rows.add(step.row().apply(i));
			}
			this.parts.add(new Part(step.statement(), step.docId(), rows));
			this.rows += rows.size();
		}

		WriteBatch build() {
			return new WriteBatch(List.copyOf(this.parts));
		}

	}

}
