package fr.metrograph.ingest.annotate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the annotators found in one document, by type: the finders ask for the type they
 * understand ({@code context.annotations().get(SentenceParse.class)}) and do without when
 * it is absent (no annotator configured, or nothing to annotate: lists and tables are
 * read by rules). One instance per document, filled before the finders run and only read
 * afterwards.
 */
public final class Annotations {

	private final Map<Class<?>, Object> byType = new HashMap<>();

	/** No annotation at all. */
	public static Annotations none() {
		return new Annotations();
	}

	/**
	 * Stores an annotation (one per type; a second one replaces the first).
	 * @param type what the finders will ask for
	 * @param value the annotation
	 * @param <T> its type
	 */
	public <T> void put(Class<T> type, T value) {
		this.byType.put(type, type.cast(value));
	}

	/**
	 * @param type the annotation's type
	 * @param <T> its type
	 * @return the annotation, if an annotator produced one
	 */
	public <T> Optional<T> get(Class<T> type) {
		return Optional.ofNullable(this.byType.get(type)).map(type::cast);
	}

}
