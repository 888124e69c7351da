package fr.metrograph.ingest.sheets;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.MetropolisMention;
import fr.metrograph.ingest.model.Facts.OrganizationMention;
import fr.metrograph.ingest.model.Facts.ParticipationFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.model.PersonNames;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.ReferenceData;

/**
 * Reads a coordinators' attendance sheet: CSV in UTF-8 with a header row, separated by
 * {@code ;} or {@code ,}. Columns (French or English names, any order, case and accents
 * ignored): {@code personne}, {@code réunion}, {@code date} or {@code année} (one of them
 * required per row), and optionally {@code métropole}, {@code rôle}, {@code statut},
 * {@code capacité}. Every row is validated first; one bad row rejects the whole sheet
 * with every problem listed by line number, so nothing is half-loaded. Meetings already
 * in the graph are reused through a {@link MeetingLookup}; people are resolved later like
 * those of any document.
 * <p>
 * Over 300 lines: header recognition, per-row validation with every problem listed by
 * line and the bulk meeting look-up form one pass that must reject the whole sheet or
 * none.
 */
public final class AttendanceSheetParser {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("personne", "person"),
			Map.entry("person", "person"), Map.entry("nom", "person"), Map.entry("participant", "person"),
			Map.entry("reunion", "meeting"), Map.entry("meeting", "meeting"), Map.entry("rencontre", "meeting"),
			Map.entry("date", "date"), Map.entry("annee", "year"), Map.entry("year", "year"),
			Map.entry("metropole", "metropolis"), Map.entry("metropolis", "metropolis"),
			Map.entry("structure", "metropolis"), Map.entry("role", "role"), Map.entry("fonction", "role"),
			Map.entry("statut", "status"), Map.entry("status", "status"), Map.entry("presence", "status"),
			Map.entry("capacite", "capacity"), Map.entry("capacity", "capacity"));

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/**
	 * Finds the meetings of a sheet that are already in the graph, all at once (a sheet
	 * may name tens of thousands): see {@link MeetingIndex} for the rule.
	 */
	@FunctionalInterface
	public interface MeetingLookup {

		/**
		 * @param keys the sheet's distinct meetings
		 * @return the id of the meeting already in the graph for each key that has one
		 */
		Map<MeetingKey, String> find(Collection<MeetingKey> keys);

	}

	/**
	 * A meeting as a sheet names it.
	 *
	 * @param title the title as written
	 * @param date its date, or null when the sheet gives only the year
	 * @param year its year
	 */
	public record MeetingKey(String title, LocalDate date, int year) {
	}

	private final ReferenceData reference;

	public AttendanceSheetParser(ReferenceData reference) {
		this.reference = reference;
	}

	/** Whether a file name is an attendance sheet. */
	public static boolean isSheet(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	/**
	 * @param fileName the file's name (the document title)
	 * @param text the file's text
	 * @param meetings finds meetings already in the graph
	 * @return the sheet as one document
	 * @throws DocumentRejectedException listing every bad row
	 */
	public ExtractedDocument parse(String fileName, String text, MeetingLookup meetings) {
		List<String> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		// A sheet names a few bodies thousands of times: each is resolved once.
		Map<String, Optional<BodyMatch>> bodies = new HashMap<>();
		// Streamed record by record: a million-row sheet never exists as a million
		// CSVRecords.
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new DocumentRejectedException("empty", "La feuille de présence est vide.");
			}
			Map<String, Integer> header = header(records.next());
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (!isBlank(record)) {
					Row row = validate(record, header, errors, bodies);
					if (row != null) {
						rows.add(row);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new DocumentRejectedException("invalid_csv", "CSV illisible : " + ex.getMessage(), ex);
		}
		if (!errors.isEmpty()) {
			throw new DocumentRejectedException("invalid_rows",
					"Feuille de présence rejetée, rien n'a été chargé : " + String.join(" ; ", errors) + ".");
		}
		if (rows.isEmpty()) {
			throw new DocumentRejectedException("empty", "La feuille de présence n'a aucune ligne après l'en-tête.");
		}
		return toDocument(fileName, text, rows, meetings);
	}

	private record Row(int line, String raw, String person, String meeting, LocalDate date, int year, BodyMatch body,
			String role, Status status, Capacity capacity) {
	}

	private static CSVFormat format(String text) {
		int end = text.indexOf('\n');
		String firstLine = (end < 0) ? text : text.substring(0, end);
		char delimiter = (count(firstLine, ';') >= count(firstLine, ',')) ? ';' : ',';
		return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrim(true).get();
	}

	private static Map<String, Integer> header(CSVRecord first) {
		Map<String, Integer> header = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < first.size(); i++) {
			String name = Slugs.of(first.get(i)).replace("-", "");
			String column = COLUMNS.get(name);
			if (column != null) {
				header.putIfAbsent(column, i);
			}
			else if (!name.isEmpty()) {
				unknown.add(first.get(i));
			}
		}
		List<String> missing = new ArrayList<>();
		if (!header.containsKey("person")) {
			missing.add("personne");
		}
		if (!header.containsKey("meeting")) {
			missing.add("réunion");
		}
		if (!header.containsKey("date") && !header.containsKey("year")) {
			missing.add("date ou année");
		}
		if (!missing.isEmpty()) {
			throw new DocumentRejectedException("invalid_header", "En-tête de la feuille de présence incomplet : "
					+ "colonne(s) manquante(s) " + String.join(", ", missing)
					+ (unknown.isEmpty() ? "" : " (colonnes non reconnues : " + String.join(", ", unknown) + ")")
					+ ". Colonnes attendues : personne ; réunion ; date ou année ; métropole, rôle, statut (facultatives).");
		}
		return header;
	}

	private Row validate(CSVRecord record, Map<String, Integer> header, List<String> errors,
			Map<String, Optional<BodyMatch>> bodies) {
		int line = (int) record.getRecordNumber();
		int before = errors.size();
		String person = cell(record, header, "person");
		String meeting = cell(record, header, "meeting");
		if (person.isEmpty()) {
			errors.add("ligne " + line + " : personne manquante");
		}
		if (meeting.isEmpty()) {
			errors.add("ligne " + line + " : réunion manquante");
		}
		LocalDate date = null;
		String dateText = cell(record, header, "date");
		if (!dateText.isEmpty()) {
			date = parseDate(dateText);
			if (date == null) {
				errors
					.add("ligne " + line + " : date invalide « " + dateText + " » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)");
			}
		}
		Integer year = (date != null) ? Integer.valueOf(date.getYear()) : null;
		String yearText = cell(record, header, "year");
		if (!yearText.isEmpty()) {
			Integer parsed = yearText.matches("(19|20)\\d\\d") ? Integer.valueOf(yearText) : null;
			if (parsed == null) {
				errors.add("ligne " + line + " : année invalide « " + yearText + " »");
			}
			else if (year != null && !year.equals(parsed)) {
				errors.add("ligne " + line + " : l'année " + parsed + " contredit la date " + dateText);
			}
			year = (year != null) ? year : parsed;
		}
		if (dateText.isEmpty() && yearText.isEmpty()) {
			errors.add("ligne " + line + " : ni date ni année");
		}
		BodyMatch body = null;
		String bodyText = cell(record, header, "metropolis");
		if (!bodyText.isEmpty()) {
			body = bodies.computeIfAbsent(bodyText, this.reference::resolve).orElse(null);
			if (body == null) {
				errors.add("ligne " + line + " : métropole ou organisation inconnue « " + bodyText + " »");
			}
		}
		Status status = Status.PRESENT;
		String statusText = Slugs.of(cell(record, header, "status"));
		if (!statusText.isEmpty()) {
			status = statusText.startsWith("pres") || statusText.equals("p") || statusText.equals("oui")
					? Status.PRESENT
					: statusText.startsWith("excus") || statusText.equals("e") || statusText.equals("absent-excuse")
							? Status.EXCUSED : null;
			if (status == null) {
				errors.add("ligne " + line + " : statut inconnu « " + cell(record, header, "status")
						+ " » (présent ou excusé)");
			}
		}
		Capacity capacity = Capacity.PARTICIPANT;
		String capacityText = Slugs.of(cell(record, header, "capacity"));
		if (!capacityText.isEmpty()) {
			capacity = capacity(capacityText);
			if (capacity == null) {
				errors.add("ligne " + line + " : capacité inconnue « " + cell(record, header, "capacity") + " »");
			}
		}
		if (errors.size() > before) {
			return null;
		}
		return new Row(line, String.join(" ; ", record.toList()), person, meeting, date, year, body,
				cell(record, header, "role"), status, capacity);
	}

	private ExtractedDocument toDocument(String fileName, String text, List<Row> rows, MeetingLookup lookup) {
		Set<MeetingKey> keys = new LinkedHashSet<>();
		for (Row row : rows) {
			keys.add(new MeetingKey(row.meeting(), row.date(), row.year()));
		}
		Map<MeetingKey, String> known = lookup.find(keys);
		Map<String, MeetingFact> meetings = new LinkedHashMap<>();
		Map<String, PersonMention> people = new LinkedHashMap<>();
		Map<String, MetropolisMention> metropolises = new LinkedHashMap<>();
		Map<String, OrganizationMention> organizations = new LinkedHashMap<>();
		List<RoleFact> roles = new ArrayList<>();
		List<AttendanceFact> attendance = new ArrayList<>();
		Map<String, ParticipationFact> participations = new LinkedHashMap<>();
		// A person is named on several rows: the name is normalised once.
		Map<String, String> names = new HashMap<>();
		Map<String, String> ids = new HashMap<>();
		for (Row row : rows) {
			Evidence evidence = Evidence.of(row.raw(), row.line()).by("attendance-sheet", 1.0);
			String meetingKey = row.meeting() + "|" + ((row.date() != null) ? row.date() : row.year());
			MeetingFact meeting = meetings.computeIfAbsent(meetingKey, (k) -> {
				String id = known.get(new MeetingKey(row.meeting(), row.date(), row.year()));
				if (id == null) {
					id = Ids.sheetMeeting(row.meeting(), (row.date() != null) ? row.date() : row.year());
				}
				return new MeetingFact(id, row.meeting(), row.date(), row.date(), row.year(), Format.UNKNOWN, null,
						"meeting", null, false, null, null, List.of(), evidence);
			});
			String name = names.computeIfAbsent(row.person(), PersonNames::displayName);
			String personId = ids.computeIfAbsent(name, PersonNames::id);
			String bodyId = (row.body() != null) ? row.body().id() : null;
			people.putIfAbsent(personId, new PersonMention(personId, name, List.of(row.person()), bodyId, evidence));
			if (row.body() != null) {
				if (row.body().metropolis()) {
					metropolises.putIfAbsent(bodyId, new MetropolisMention(bodyId, row.body().asWritten(), evidence));
				}
				else {
					String orgName = this.reference.organization(bodyId)
						.map((o) -> o.name())
						.orElse(row.body().asWritten());
					String orgKind = this.reference.organization(bodyId).map((o) -> o.kind()).orElse("OTHER");
					organizations.putIfAbsent(bodyId, new OrganizationMention(bodyId, orgName, orgKind, evidence));
				}
				if (row.status() == Status.PRESENT) {
					participations.putIfAbsent(bodyId + "|" + meeting.id(),
							new ParticipationFact(bodyId, row.body().metropolis(), meeting.id(), "attendee", evidence));
				}
			}
			if (!row.role().isEmpty()) {
				roles.add(new RoleFact(personId, row.role(), RoleClassifier.classify(row.role()), bodyId,
						row.body() != null && row.body().metropolis(), row.year(), evidence));
			}
			attendance.add(new AttendanceFact(personId, meeting.id(), row.status(), row.capacity(), evidence));
		}
		List<Integer> years = meetings.values().stream().map(MeetingFact::year).distinct().sorted().toList();
		return new ExtractedDocument("Feuille de présence " + fileName, DocumentKind.ATTENDANCE_SHEET,
				years.isEmpty() ? null : years.get(years.size() - 1), years, 1, text,
				List.copyOf(metropolises.values()), List.copyOf(organizations.values()), List.of(),
				List.copyOf(people.values()), roles, List.copyOf(meetings.values()), attendance,
				List.copyOf(participations.values()), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static Capacity capacity(String text) {
		if (text.startsWith("organis")) {
			return Capacity.ORGANISER;
		}
		if (text.startsWith("anim") || text.startsWith("facilit")) {
			return Capacity.FACILITATOR;
		}
		if (text.startsWith("interv") || text.startsWith("speaker") || text.startsWith("orat")) {
			return Capacity.SPEAKER;
		}
		if (text.startsWith("accomp")) {
			return Capacity.ACCOMPANYING;
		}
		if (text.startsWith("particip")) {
			return Capacity.PARTICIPANT;
		}
		return null;
	}

	static LocalDate parseDate(String text) {
		try {
			return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		return (index != null && index < record.size()) ? record.get(index).strip() : "";
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((x) -> x == c).count();
	}

}
