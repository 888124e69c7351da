package fr.metrograph.ingest.write;

/**
 * Where a staged load can be interrupted, for tests that simulate a crash in the middle
 * of a load (in-process fault injection): {@link FileLoader} calls {@link #reached} after
 * each bounded transaction, and an implementation that throws an {@link Error} stops the
 * load as a killed process would, without any of the clean-up a failure gets.
 */
@FunctionalInterface
public interface LoadFaults {

	/** The steps of a staged load. */
	enum Stage {

		/** A batch of the new version was staged, out of sight. */
		STAGED,
		/**
		 * A batch was written into the graph during the switch (staged, or a first
		 * load's).
		 */
		SWITCHED

	}

	/** No faults: the production setting. */
	LoadFaults NONE = (stage, batch) -> {
	};

	/**
	 * Called after a bounded transaction of a staged load committed.
	 * @param stage which step
	 * @param batch 0-based index of the batch just committed
	 */
	void reached(Stage stage, int batch);

}
