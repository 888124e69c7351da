package fr.metrograph.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import fr.metrograph.curation.CurationService;
import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.ingest.IngestService;
import fr.metrograph.ingest.resolve.Correction;
import fr.metrograph.ingest.resolve.Curation;
import fr.metrograph.ingest.resolve.FactIdentity;
import fr.metrograph.review.ReviewItem.Action;
import fr.metrograph.review.ReviewItem.Choice;

/**
 * Builds the review queue: conflicts, facts below the confidence threshold, unresolved
 * mentions, and people who could be the same; newest document first, without what a
 * correction in force already handled (unless asked), each with the corrections that fit.
 * <p>
 * Why just over 300 lines: the queue's four sources (conflicts, low confidence,
 * unresolved names, likely duplicates) make items of one shape with the same descriptions
 * of nodes and relationships.
 */
@Service
public class ReviewService {

	/** The kinds of items, as the filter names them. */
	public static final List<String> KINDS = List.of("conflict", "low-confidence", "unresolved", "candidate-pair");

	private static final Pattern QUOTED = Pattern.compile("« (.+?) »");

	private static final Map<String, String> FIELD_LABELS = Map.of("year", "Année", "date",
			"Date (AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ)", "role", "Rôle", "metropolis", "Métropole ou organisation",
			"status", "Présence", "capacity", "Rôle dans la réunion", "as", "Participation", "title", "Titre", "format",
			"Format", "place", "Lieu");

	private static final Map<String, List<String>> FIELDS = Map.of("HELD", List.of("year", "role", "metropolis"),
			"MEMBER_OF", List.of("year"), "ATTENDED", List.of("status", "capacity"), "PARTICIPATED_IN",
			List.of("as", "metropolis"), "AFFILIATED_WITH", List.of("metropolis"), "PLANNED", List.of("year"),
			"ACCOMPANIED", List.of("year"), "PARTNERED", List.of("year"), "Meeting",
			List.of("date", "year", "title", "format", "place"));

	private final Driver driver;

	private final CypherQueries queries;

	private final CurationService curation;

	private final IngestService ingest;

	ReviewService(Driver driver, CypherQueries queries, CurationService curation, IngestService ingest) {
		this.driver = driver;
		this.queries = queries;
		this.curation = curation;
		this.ingest = ingest;
		List.of("review/conflicts", "review/low_confidence", "review/unresolved_mentions", "review/people_for_pairs")
			.forEach(queries::get);
	}

	/**
	 * The queue.
	 * @param document only this document's items, or null
	 * @param kind only this kind, or null
	 * @param threshold facts below this confidence are listed
	 * @param handled whether to list items a correction already handled
	 * @param limit at most this many items
	 */
	public List<ReviewItem> queue(String document, String kind, double threshold, boolean handled, int limit) {
		List<Correction> active = this.curation.active();
		Set<String> done = new HashSet<>();
		active.forEach((c) -> done.addAll(c.itemKeys()));
		List<ReviewItem> items = new ArrayList<>();
		if (kind == null || "conflict".equals(kind)) {
			read("review/conflicts", parameters(document, threshold, handled, limit))
				.forEach((r) -> items.add(conflict(r.get("item"))));
		}
		if (kind == null || "low-confidence".equals(kind)) {
			read("review/low_confidence", parameters(document, threshold, handled, limit))
				.forEach((r) -> items.add(lowConfidence(r.get("item"))));
		}
		if (kind == null || "unresolved".equals(kind)) {
			read("review/unresolved_mentions", parameters(document, threshold, handled, limit))
				.forEach((r) -> items.add(unresolved(r.get("item"))));
		}
		if (kind == null || "candidate-pair".equals(kind)) {
			items.addAll(pairs(document));
		}
		Map<String, Integer> revisions = this.curation
			.revisions(items.stream().flatMap((i) -> i.items().stream()).distinct().toList());
		return items.stream()
			.filter((item) -> handled || item.items().stream().noneMatch(done::contains))
			.map((item) -> withRevision(item, revisions))
			.sorted(Comparator.comparing((ReviewItem i) -> (i.ingestedAt() != null) ? i.ingestedAt() : "")
				.reversed()
				.thenComparing((ReviewItem i) -> String.valueOf(i.path()))
				.thenComparing((ReviewItem i) -> String.valueOf(i.lines())))
			.limit(limit)
			.toList();
	}

	private ReviewItem conflict(Value c) {
		String type = c.get("type").asString();
		String subject = c.get("subject").asString();
		String path = c.get("path").asString();
		String key = type + "|" + subject;
		List<Action> actions = new ArrayList<>();
		List<String> items = new ArrayList<>(List.of("conflict:" + key));
		actions
			.add(action("accept-conflict", "Confirmer la décision", Map.of("conflict", key, "file", path), Map.of()));
		String title;
		if ("name_variant".equals(type)) {
			Matcher quoted = QUOTED.matcher(c.get("description").asString(""));
			String variant = quoted.find() ? quoted.group(1) : null;
			String name = c.get("subjectName").asString(subject);
			title = "Deux graphies rapprochées : « " + ((variant != null) ? variant : "?") + " » et « " + name + " »";
			if (variant != null) {
				actions.add(action("split-person", "Ce sont deux personnes : séparer « " + variant + " »",
						Map.of("person", subject, "spellings", List.of(variant), "name", variant), Map.of()));
				items.add("person:" + subject);
			}
		}
		else if ("year".equals(subject) || type.contains("year")) {
			title = "Année du document incertaine";
			int part = c.get("part").isNull() ? 1 : c.get("part").asInt();
			actions.add(action("document-year", "Corriger l'année du document", Map.of("file", path, "part", part),
					Map.of("value", List.of())));
			items.add("document:" + path + "#" + part);
		}
		else {
			title = "Conflit : " + type;
		}
		List<String> details = new ArrayList<>();
		details.add(c.get("description").asString(""));
		details.add("Décision : " + c.get("resolution").asString(""));
		return item("conflict", "Conflit", title, details, c, null, null, items, actions);
	}

	private ReviewItem lowConfidence(Value f) {
		String type = f.get("type").asString();
		boolean node = f.get("endId").isNull();
		String path = f.get("path").asString();
		FactIdentity identity = node ? FactIdentity.node(type, f.get("startId").asString()) : FactIdentity.of(type,
				f.get("startId").asString(), f.get("endId").asString(), f.get("properties").asMap());
		String fact = identity.toString();
		List<Action> actions = new ArrayList<>();
		actions.add(action("accept-fact", "C'est juste", Map.of("fact", fact, "file", path), Map.of()));
		actions.add(action("reject-fact", node ? "Ce n'en est pas un·e : rejeter" : "C'est faux : rejeter",
				Map.of("fact", fact, "file", path), Map.of()));
		List<String> fields = FIELDS.getOrDefault(type, List.of());
		if (!fields.isEmpty()) {
			actions.add(action("correct-value", "Corriger une valeur", Map.of("fact", fact, "file", path),
					Map.of("field", fields.stream().map((field) -> new Choice(field, FIELD_LABELS.get(field))).toList(),
							"value", List.of())));
		}
		String title = node ? describeNode(f) : describeRelationship(f);
		List<String> details = List.of("Trouvé par « " + f.get("extractor").asString("?") + " », confiance "
				+ Math.round(f.get("confidence").asDouble() * 100) + " %.");
		return item("low-confidence", "Fait incertain", title, details, f, f.get("confidence").asDouble(),
				f.get("extractor").asString(null), List.of("fact:" + fact), actions);
	}

	private ReviewItem unresolved(Value u) {
		String path = u.get("path").asString();
		String text = u.get("text").asString();
		String kind = u.get("kind").asString(null);
		List<Choice> candidates = u.get("candidates")
			.asList((c) -> new Choice(c.get("id").asString(), c.get("name").asString()));
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("mention", text);
		fields.put("file", path);
		if (kind != null) {
			fields.put("kind", kind);
		}
		List<Action> actions = List.of(action("attach-mention", "Rattacher à…", fields, Map.of("entity", candidates)));
		String title = "« " + text + " » : " + switch (String.valueOf(kind)) {
			case "metropolis" -> "quelle métropole ?";
			case "person" -> "quelle personne ?";
			case "organization" -> "quelle organisation ?";
			default -> "à quoi est-ce rattaché ?";
		};
		List<String> details = new ArrayList<>();
		if (!u.get("reason").isNull()) {
			details.add(u.get("reason").asString());
		}
		if (!candidates.isEmpty()) {
			details.add("Candidats : " + String.join(", ", candidates.stream().map(Choice::label).toList()) + ".");
		}
		return item("unresolved", "Mention non résolue", title, details, u, null, null,
				List.of("mention:" + kind + "|" + text), actions);
	}

	private List<ReviewItem> pairs(String document) {
		Curation curation = this.ingest.curation();
		List<CandidatePairs.Person> people = new ArrayList<>();
		Map<String, Record> rows = new LinkedHashMap<>();
		for (Record r : read("review/people_for_pairs", Map.of())) {
			rows.put(r.get("id").asString(), r);
			people.add(new CandidatePairs.Person(r.get("id").asString(), r.get("name").asString(),
					new LinkedHashSet<>(r.get("affiliations").asList(Value::asString)),
					new LinkedHashSet<>(r.get("documents").asList(Value::asString)),
					new LinkedHashSet<>(r.get("meetings").asList(Value::asString))));
		}
		List<ReviewItem> items = new ArrayList<>();
		for (CandidatePairs.Pair pair : CandidatePairs.find(people, curation::keptApart)) {
			Record a = rows.get(pair.a().id());
			Record b = rows.get(pair.b().id());
			if (document != null && !pair.a().documents().contains(document)
					&& !pair.b().documents().contains(document)) {
				continue;
			}
			Record newest = (a.get("ingestedAt").asString("").compareTo(b.get("ingestedAt").asString("")) >= 0) ? a : b;
			List<String> details = new ArrayList<>();
			pair.forIt().forEach((line) -> details.add("Pour : " + line));
			pair.against().forEach((line) -> details.add("Contre : " + line));
			details.add("« " + pair.a().name() + " » : " + a.get("evidence").asString("") + " ("
					+ a.get("path").asString("") + ", l. " + a.get("lines").asString("") + ")");
			details.add("« " + pair.b().name() + " » : " + b.get("evidence").asString("") + " ("
					+ b.get("path").asString("") + ", l. " + b.get("lines").asString("") + ")");
			List<Action> actions = List.of(
					action("merge-people", "Même personne : garder « " + pair.a().name() + " »",
							Map.of("person", pair.a().id(), "others", List.of(pair.b().id())), Map.of()),
					action("merge-people", "Même personne : garder « " + pair.b().name() + " »",
							Map.of("person", pair.b().id(), "others", List.of(pair.a().id())), Map.of()),
					action("keep-apart", "Deux personnes différentes",
							Map.of("spellings", List.of(pair.a().name(), pair.b().name())), Map.of()));
			String pairKey = "pair:" + String.join("|",
					java.util.stream.Stream.of(pair.a().name(), pair.b().name())
						.map((s) -> s.toLowerCase(java.util.Locale.ROOT))
						.sorted()
						.toList());
			items.add(new ReviewItem("candidate-pair", "Même personne ?",
					"« " + pair.a().name() + " » et « " + pair.b().name() + " » sont-elles la même personne ?", details,
					newest.get("documentId").asString(null), newest.get("documentTitle").asString(null),
					newest.get("path").asString(null), newest.get("evidence").asString(null),
					newest.get("lines").asString(null), newest.get("ingestedAt").asString(null), null, null,
					List.of("person:" + pair.a().id(), "person:" + pair.b().id(), pairKey), 0, actions));
		}
		return items;
	}

	private static String describeRelationship(Value f) {
		String start = f.get("startName").asString("?");
		String end = f.get("endName").asString("?");
		Map<String, Object> p = f.get("properties").asMap();
		Object year = p.get("year");
		String when = (year != null) ? " en " + year : "";
		return switch (f.get("type").asString()) {
			case "HELD" -> start + " : « " + end + " »" + when;
			case "ATTENDED" -> start + " à « " + end + " » (" + p.getOrDefault("status", "?") + ", "
					+ p.getOrDefault("capacity", "?") + ")";
			case "MEMBER_OF" -> start + " membre du groupe " + end + when;
			case "PARTICIPATED_IN" -> start + " à « " + end + " » (" + p.getOrDefault("as", "?") + ")";
			case "AFFILIATED_WITH" -> start + " rattaché·e à " + end;
			default -> start + " — " + f.get("type").asString() + " → " + end + when;
		};
	}

	private static String describeNode(Value f) {
		return switch (f.get("type").asString()) {
			case "Person" -> "« " + f.get("startName").asString() + " » est-ce bien une personne ?";
			case "Meeting" -> "Réunion « " + f.get("startName").asString() + " »";
			default -> f.get("startName").asString();
		};
	}

	private static ReviewItem item(String kind, String label, String title, List<String> details, Value v,
			Double confidence, String extractor, List<String> items, List<Action> actions) {
		return new ReviewItem(kind, label, title, details, v.get("documentId").asString(null),
				v.get("documentTitle").asString(null), v.get("path").asString(null), v.get("evidence").asString(null),
				v.get("lines").asString(null), v.get("ingestedAt").asString(null), confidence, extractor, items, 0,
				actions);
	}

	private static ReviewItem withRevision(ReviewItem i, Map<String, Integer> revisions) {
		int revision = i.items().stream().mapToInt((key) -> revisions.getOrDefault(key, 0)).sum();
		return new ReviewItem(i.kind(), i.label(), i.title(), i.details(), i.documentId(), i.documentTitle(), i.path(),
				i.evidence(), i.lines(), i.ingestedAt(), i.confidence(), i.extractor(), i.items(), revision,
				i.actions());
	}

	private static Action action(String code, String label, Map<String, Object> fields, Map<String, List<Choice>> ask) {
		return new Action(code, label, fields, ask);
	}

	private static Map<String, Object> parameters(String document, double threshold, boolean handled, int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("document", document);
		parameters.put("threshold", threshold);
		parameters.put("handled", handled);
		parameters.put("limit", limit);
		return parameters;
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.queries.get(query), parameters).list());
		}
	}

}
