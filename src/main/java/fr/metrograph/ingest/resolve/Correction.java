package fr.metrograph.ingest.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One reviewed correction, as stored (one YAML file per correction in the curation
 * folder, see the README's "Curation file format"). Which fields are set depends on the
 * {@link #action()}; the others are null. A correction is never deleted by the service:
 * undoing it sets {@link #undone()}, so the folder keeps the whole history.
 *
 * @param id stable id (also the file name, without {@code .yml})
 * @param action what it does (see {@link Action})
 * @param by the login of its author
 * @param byName the author's display name
 * @param at when, ISO-8601 UTC ({@code 2026-11-03T14:32:10Z})
 * @param why the author's reason, in French
 * @param person the person kept (merge), renamed, split, given an alias, or a person the
 * correction is about
 * @param others merge: the ids of the people merged into {@code person}; split: the
 * spellings that stay with {@code person}
 * @param name merge, rename, split: the display name to use
 * @param spellings merge: the spellings of the people merged in; split: the spellings
 * that are another person; alias: the new spelling; keep-apart: the names never to merge
 * @param fact reject, accept, correct: the fact's identity ({@link FactIdentity})
 * @param file the document file it is limited to (its path as stored), or null for every
 * document
 * @param part document-year: the 1-based document inside {@code file}
 * @param field correct: which value (year, date, role, metropolis, status, capacity, as,
 * title, format, place)
 * @param value correct, document-year: the new value, as text
 * @param mention attach: the unresolved text as written
 * @param kind attach: metropolis, person or organization
 * @param entity attach: the id of the entity the mention stands for
 * @param metropolis rename-metropolis, alias-metropolis: the metropolis id
 * @param conflict accept-conflict: the conflict's key ({@code type|subject})
 * @param undone set once the correction is undone
 */
public record Correction(String id, String action, String by, String byName, String at, String why, String person,
		List<String> others, String name, List<String> spellings, String fact, String file, Integer part, String field,
		String value, String mention, String kind, String entity, String metropolis, String conflict, Undo undone) {

	public Correction {
		others = (others != null) ? List.copyOf(others) : List.of();
		spellings = (spellings != null) ? List.copyOf(spellings) : List.of();
	}

	/**
	 * Who undid a correction, when and why.
	 *
	 * @param by login
	 * @param byName display name
	 * @param at ISO-8601 UTC
	 * @param why reason, in French, or null
	 */
	public record Undo(String by, String byName, String at, String why) {
	}

	/** What a correction does; the code is what the file says. */
	public enum Action {

		/** {@code person} and {@code others} are one person, named {@code name}. */
		MERGE_PEOPLE("merge-people"),
		/**
		 * The {@code spellings} of {@code person} are another person, named {@code name}.
		 */
		SPLIT_PERSON("split-person"),
		/** {@code spellings} (one) is another way of writing {@code person}. */
		ALIAS_PERSON("alias-person"),
		/** {@code person} is displayed as {@code name} (its id does not change). */
		RENAME_PERSON("rename-person"),
		/** The names in {@code spellings} are never one person. */
		KEEP_APART("keep-apart"),
		/** The fact is wrong: it is not loaded. */
		REJECT_FACT("reject-fact"),
		/** The fact is right: confidence 1.0, out of the review queue. */
		ACCEPT_FACT("accept-fact"),
		/** The fact's {@code field} is {@code value}. */
		CORRECT_VALUE("correct-value"),
		/** Document {@code part} of {@code file} is about year {@code value}. */
		DOCUMENT_YEAR("document-year"),
		/** The unresolved {@code mention} ({@code kind}) stands for {@code entity}. */
		ATTACH_MENTION("attach-mention"),
		/** {@code metropolis} is displayed as {@code name}. */
		RENAME_METROPOLIS("rename-metropolis"),
		/** {@code spellings} (one) is another name of {@code metropolis}. */
		ALIAS_METROPOLIS("alias-metropolis"),
		/** The decision recorded by {@code conflict} was reviewed and is right. */
		ACCEPT_CONFLICT("accept-conflict"),
		/** A document was uploaded ({@code file}): history only. */
		UPLOAD("upload"),
		/** A document was retracted ({@code file}): history only. */
		RETRACT("retract");

		private final String code;

		Action(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		/** The action of a code, or null when unknown. */
		public static Action of(String code) {
			for (Action action : values()) {
				if (action.code.equals(code)) {
					return action;
				}
			}
			return null;
		}

		/** Whether this records what happened without changing what is loaded. */
		public boolean journalOnly() {
			return this == UPLOAD || this == RETRACT;
		}

	}

	/** The action, or null when the file names an unknown one. */
	public Action kindOfAction() {
		return Action.of(this.action);
	}

	/** Whether this correction is in force (not undone, not journal-only, known). */
	public boolean active() {
		Action kind = kindOfAction();
		return this.undone == null && kind != null && !kind.journalOnly();
	}

	/** Whether it applies to documents loaded from this stored path. */
	public boolean appliesToFile(String path) {
		return this.file == null || this.file.equals(path) || path.endsWith("/" + this.file);
	}

	/**
	 * The keys of the items this correction is about, for optimistic concurrency: two
	 * corrections conflict when they share a key.
	 */
	public List<String> itemKeys() {
		List<String> keys = new ArrayList<>();
		Action kind = kindOfAction();
		if (kind == null) {
			return keys;
		}
		switch (kind) {
			case MERGE_PEOPLE -> {
				keys.add("person:" + this.person);
				this.others.forEach((other) -> keys.add("person:" + other));
			}
			case SPLIT_PERSON, ALIAS_PERSON, RENAME_PERSON -> keys.add("person:" + this.person);
			case KEEP_APART -> keys.add("pair:" + String.join("|",
					this.spellings.stream().map((s) -> s.toLowerCase(Locale.ROOT)).sorted().toList()));
			case REJECT_FACT, ACCEPT_FACT, CORRECT_VALUE -> keys.add("fact:" + this.fact);
			case DOCUMENT_YEAR -> keys.add("document:" + this.file + "#" + ((this.part != null) ? this.part : 1));
			case ATTACH_MENTION -> keys.add("mention:" + this.kind + "|" + this.mention);
			case RENAME_METROPOLIS, ALIAS_METROPOLIS -> keys.add("metropolis:" + this.metropolis);
			case ACCEPT_CONFLICT -> keys.add("conflict:" + this.conflict);
			case UPLOAD, RETRACT -> keys.add("file:" + this.file);
		}
		return keys;
	}

	/** The non-null fields, in a stable order, for the curation hash. */
	Map<String, Object> material() {
		Map<String, Object> m = new TreeMap<>();
		put(m, "id", this.id);
		put(m, "action", this.action);
		put(m, "person", this.person);
		put(m, "others", this.others.isEmpty() ? null : this.others);
		put(m, "name", this.name);
		put(m, "spellings", this.spellings.isEmpty() ? null : this.spellings);
		put(m, "fact", this.fact);
		put(m, "file", this.file);
		put(m, "part", this.part);
		put(m, "field", this.field);
		put(m, "value", this.value);
		put(m, "mention", this.mention);
		put(m, "kind", this.kind);
		put(m, "entity", this.entity);
		put(m, "metropolis", this.metropolis);
		put(m, "conflict", this.conflict);
		return m;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/** The same correction, undone. */
	public Correction undo(Undo undo) {
		return new Correction(this.id, this.action, this.by, this.byName, this.at, this.why, this.person, this.others,
				this.name, this.spellings, this.fact, this.file, this.part, this.field, this.value, this.mention,
				this.kind, this.entity, this.metropolis, this.conflict, undo);
	}

}
