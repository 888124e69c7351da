package fr.metrograph.curation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.ingest.model.PersonNames;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.resolve.Correction;
import fr.metrograph.ingest.resolve.Correction.Action;
import fr.metrograph.ingest.resolve.FactIdentity;
import fr.metrograph.security.Accounts.Author;

/**
 * Turns a request into a complete correction: checks it against the graph (the people,
 * metropolis, file or entity it names exist; the value fits the field), fills in what the
 * file must say to be reviewed and replayed on its own (a merge records every spelling of
 * the people merged; a split the spellings that stay), and gives it an id and a time.
 * Every refusal is an {@link InvalidCorrectionException} in French.
 * <p>
 * Why over 300 lines: one check per kind of correction (merge, split, fact, year,
 * entity), 30 to 60 lines each, all on the same reads of the graph (person, file,
 * entity).
 */
@Component
class CorrectionDrafts {

	/** Fields a value correction may change, per kind of fact. */
	static final Map<String, List<String>> FIELDS = Map.of("HELD", List.of("year", "role", "metropolis"), "MEMBER_OF",
			List.of("year"), "ATTENDED", List.of("status", "capacity"), "PARTICIPATED_IN", List.of("as", "metropolis"),
			"AFFILIATED_WITH", List.of("metropolis"), "PLANNED", List.of("year"), "ACCOMPANIED", List.of("year"),
			"PARTNERED", List.of("year"), "Meeting", List.of("date", "year", "title", "format", "place", "metropolis"));

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final Driver driver;

	private final CypherQueries queries;

	CorrectionDrafts(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
		List.of("curation/person_spellings", "curation/entity_kind", "curation/loaded_file").forEach(queries::get);
	}

	Correction build(CorrectionRequest request, Author author) {
		Action action = Action.of(request.action());
		if (action == null || action.journalOnly()) {
			throw new InvalidCorrectionException("action",
					"Action inconnue : « " + request.action() + " ». Actions : "
							+ String.join(", ",
									java.util.Arrays.stream(Action.values())
										.filter((a) -> !a.journalOnly())
										.map(Action::code)
										.toList())
							+ ".");
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Draft d = new Draft(action, request);
		switch (action) {
			case MERGE_PEOPLE -> merge(d);
			case SPLIT_PERSON -> split(d);
			case ALIAS_PERSON -> {
				person(d.person);
				d.spellings = List.of(required("spellings", first(request.spellings()), "la nouvelle graphie"));
			}
			case RENAME_PERSON -> {
				person(d.person);
				d.name = required("name", request.name(), "le nouveau nom");
			}
			case KEEP_APART -> {
				if (request.spellings().size() < 2) {
					throw new InvalidCorrectionException("spellings", "Indiquez au moins deux noms à garder séparés.");
				}
			}
			case REJECT_FACT, ACCEPT_FACT, CORRECT_VALUE -> fact(d, action);
			case DOCUMENT_YEAR -> {
				loadedFile(required("file", request.file(), "le fichier du document"));
				d.part = (request.part() != null) ? request.part() : 1;
				d.value = String.valueOf(year(request.value()));
			}
			case ATTACH_MENTION -> {
				required("mention", request.mention(), "le texte de la mention");
				d.entity = required("entity", request.entity(), "l'entité à laquelle rattacher la mention");
				if (entityKind(d.entity) == null) {
					throw new EntityNotFoundException("entité", d.entity);
				}
			}
			case RENAME_METROPOLIS, ALIAS_METROPOLIS -> {
				String id = required("metropolis", request.metropolis(), "la métropole");
				if (!"metropolis".equals(entityKind(id))) {
					throw new EntityNotFoundException("métropole", id);
				}
				if (action == Action.RENAME_METROPOLIS) {
					d.name = required("name", request.name(), "le nouveau nom");
				}
				else {
					d.spellings = List.of(required("spellings", first(request.spellings()), "la nouvelle graphie"));
				}
			}
			case ACCEPT_CONFLICT -> required("conflict", request.conflict(), "le conflit (type|sujet)");
			default -> throw new IllegalStateException(action.code());
		}
		if (d.file != null && action != Action.DOCUMENT_YEAR) {
			loadedFile(d.file);
		}
		String subject = (d.person != null) ? d.person
				: (d.metropolis != null) ? d.metropolis : (d.entity != null) ? d.entity : "";
		String id = ID_TIME.format(now) + "-" + action.code()
				+ (subject.isEmpty() ? ""
						: "-" + Slugs.of(subject).substring(0, Math.min(24, Slugs.of(subject).length())))
				+ "-" + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
		return new Correction(id, action.code(), author.username(), author.name(), now.toString(),
				blankToNull(request.why()), d.person, d.others, d.name, d.spellings, d.fact, d.file, d.part, d.field,
				d.value, blankToNull(request.mention()), blankToNull(request.kind()), d.entity, d.metropolis,
				blankToNull(request.conflict()), null);
	}

	private void merge(Draft d) {
		List<String> kept = person(d.person);
		if (d.others.isEmpty()) {
			throw new InvalidCorrectionException("others",
					"Indiquez la ou les personnes à fusionner avec " + kept.get(0) + ".");
		}
		Set<String> spellings = new LinkedHashSet<>();
		for (String other : d.others) {
			if (other.equals(d.person)) {
				throw new InvalidCorrectionException("others",
						"Une personne ne peut pas être fusionnée avec elle-même.");
			}
			spellings.addAll(person(other));
		}
		d.spellings = List.copyOf(spellings);
		d.name = (d.name != null) ? d.name : kept.get(0);
	}

	private void split(Draft d) {
		List<String> all = person(d.person);
		if (d.spellings.isEmpty()) {
			throw new InvalidCorrectionException("spellings",
					"Choisissez la ou les graphies qui désignent une autre personne.");
		}
		Set<String> keys = new LinkedHashSet<>();
		d.spellings.forEach((s) -> keys.add(PersonNames.key(s)));
		List<String> staying = new ArrayList<>();
		for (String spelling : all) {
			if (!keys.contains(PersonNames.key(spelling))) {
				staying.add(spelling);
			}
		}
		if (staying.isEmpty()) {
			throw new InvalidCorrectionException("spellings",
					"Toutes les graphies de cette personne ont été choisies : il ne resterait personne. Renommez-la plutôt.");
		}
		d.others = List.copyOf(new LinkedHashSet<>(staying));
		d.name = (d.name != null) ? d.name : PersonNames.displayName(d.spellings.get(0));
		if (PersonNames.id(d.name).equals(d.person)) {
			throw new InvalidCorrectionException("name",
					"La nouvelle personne doit avoir un autre nom que « " + all.get(0) + " ».");
		}
	}

	private void fact(Draft d, Action action) {
		FactIdentity identity = FactIdentity.parse(d.fact);
		if (identity == null) {
			throw new InvalidCorrectionException("fact",
					"Fait illisible : « " + d.fact + " » (attendu : TYPE|début|fin|propriété=valeur, ou Meeting|id).");
		}
		d.fact = identity.toString();
		if (action != Action.CORRECT_VALUE) {
			return;
		}
		List<String> fields = FIELDS.getOrDefault(identity.type(), List.of());
		d.field = required("field", d.field, "la valeur à corriger (" + String.join(", ", fields) + ")");
		if (!fields.contains(d.field)) {
			throw new InvalidCorrectionException("field",
					"On ne peut pas corriger « " + d.field + " » sur un fait " + identity.type() + " ; possible : "
							+ (fields.isEmpty() ? "rien" : String.join(", ", fields)) + ".");
		}
		d.value = required("value", d.value, "la nouvelle valeur");
		switch (d.field) {
			case "year" -> d.value = String.valueOf(year(d.value));
			case "date" -> {
				try {
					for (String part : d.value.split("/")) {
						LocalDate.parse(part.strip());
					}
				}
				catch (RuntimeException ex) {
					throw new InvalidCorrectionException("value",
							"Date illisible : « " + d.value + " » (attendu : AAAA-MM-JJ, ou AAAA-MM-JJ/AAAA-MM-JJ).");
				}
			}
			case "metropolis" -> {
				String kind = entityKind(d.value);
				if (kind == null || "person".equals(kind)) {
					throw new EntityNotFoundException("métropole ou organisation", d.value);
				}
			}
			case "status" -> oneOf(d, List.of("present", "excused"));
			case "capacity" -> oneOf(d, List.of("participant", "organiser", "facilitator", "speaker", "accompanying"));
			case "as" -> oneOf(d, List.of("attendee", "presenter", "host"));
			case "format" -> oneOf(d, List.of("IN_PERSON", "REMOTE", "HYBRID", "UNKNOWN"));
			default -> {
			}
		}
	}

	private static void oneOf(Draft d, List<String> allowed) {
		if (!allowed.contains(d.value)) {
			throw new InvalidCorrectionException("value", "Valeur « " + d.value + " » impossible pour " + d.field
					+ " ; possible : " + String.join(", ", allowed) + ".");
		}
	}

	/** The person's name then its spellings; 404 when unknown. */
	private List<String> person(String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidCorrectionException("person", "Indiquez la personne (son identifiant).");
		}
		List<Record> rows = read("curation/person_spellings", Map.of("id", id));
		if (rows.isEmpty()) {
			throw new EntityNotFoundException("personne", id);
		}
		Set<String> names = new LinkedHashSet<>();
		names.add(rows.get(0).get("name").asString());
		names.addAll(rows.get(0).get("aliases").asList((v) -> v.asString()));
		return List.copyOf(names);
	}

	private void loadedFile(String path) {
		Record row = read("curation/loaded_file", Map.of("path", path)).get(0);
		if (row.get("documents").asLong() == 0) {
			throw new InvalidCorrectionException("file", "Aucun document chargé depuis « " + path + " ».");
		}
	}

	private String entityKind(String id) {
		return read("curation/entity_kind", Map.of("id", id)).stream()
			.findFirst()
			.map((r) -> r.get("kind").asString())
			.orElse(null);
	}

	private static int year(String value) {
		try {
			int year = Integer.parseInt(value.strip());
			if (year < 1900 || year > 2100) {
				throw new NumberFormatException();
			}
			return year;
		}
		catch (RuntimeException ex) {
			throw new InvalidCorrectionException("value", "Année invalide : « " + value + " » (entre 1900 et 2100).");
		}
	}

	private static String required(String field, String value, String what) {
		if (value == null || value.isBlank()) {
			throw new InvalidCorrectionException(field, "Indiquez " + what + ".");
		}
		return value.strip();
	}

	private static String first(List<String> values) {
		return values.isEmpty() ? null : values.get(0);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.queries.get(query), parameters).list());
		}
	}

	/** The fields being filled in. */
	private static final class Draft {

		String person;

		List<String> others;

		String name;

		List<String> spellings;

		String fact;

		String file;

		Integer part;

		String field;

		String value;

		String entity;

		String metropolis;

		Draft(Action action, CorrectionRequest request) {
			this.person = blankToNull(request.person());
			this.others = request.others().stream().filter((o) -> o != null && !o.isBlank()).distinct().toList();
			this.name = blankToNull(request.name());
			this.spellings = request.spellings().stream().filter((s) -> s != null && !s.isBlank()).toList();
			this.fact = blankToNull(request.fact());
			this.file = blankToNull(request.file());
			this.part = request.part();
			this.field = blankToNull(request.field());
			this.value = blankToNull(request.value());
			this.entity = blankToNull(request.entity());
			this.metropolis = blankToNull(request.metropolis());
		}

	}

}
