package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.PersonNames;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.graph.Slugs;
import fr.metrograph.reference.MetropolisRef;
import fr.metrograph.reference.ReferenceData;

/**
 * Runs the extractor on every corpus document that has an {@code X.expected.yml}, read
 * through the production {@link DocumentReader} (charset fallback, PDFBox text layer; the
 * HTML twin of the PDF is only its source and is not tested), and compares kind, year,
 * metropolises, people (name, attendance status, primary capacity), meetings (dates,
 * format, place) and counts.
 */
class CorpusExtractionTests {

	private static final Path CORPUS = Path.of("src/test/resources/corpus");

	private static ReferenceData reference;

	private static DocumentExtractor extractor;

	@BeforeAll
	static void load() throws IOException {
		reference = ReferenceData.load(Path.of("data/reference"));
		extractor = new DocumentExtractor(reference);
	}

	static Stream<String> documents() throws IOException {
		if (!Files.isDirectory(CORPUS)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.map((p) -> p.getFileName().toString())
				.filter((n) -> !n.endsWith(".expected.yml") && !n.endsWith(".html") && !n.equals("README.md"))
				.filter((n) -> Files.exists(CORPUS.resolve(base(n) + ".expected.yml")))
				.sorted()
				.toList()
				.stream();
		}
	}

	static String base(String name) {
		return name.substring(0, name.lastIndexOf('.'));
	}

	/** UTF-8, else ISO-8859-1 (what the file reader does). */
	static String read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	@SuppressWarnings("unchecked")
	void matchesExpected(String name) throws IOException {
		// through the production reader: charset fallback, PDFBox text layer
		String text = new DocumentReader(10_000_000).read(CORPUS.resolve(name)).text();
		Map<String, Object> exp = new YAMLMapper().readValue(read(CORPUS.resolve(base(name) + ".expected.yml")),
				Map.class);
		List<ExtractedDocument> docs = extractor.extract(name, text, ExtractionHints.none());
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(docs).as("documents").hasSize(1);
		ExtractedDocument d = docs.get(0);
		soft.assertThat(d.kind().code()).as("kind").isEqualTo(exp.get("kind"));
		soft.assertThat(d.year()).as("year").isEqualTo(exp.get("year"));
		Set<String> expectedMetros = new HashSet<>();
		for (Object m : (Collection<Object>) exp.getOrDefault("metropolises", List.of())) {
			expectedMetros.add(metropolisId(String.valueOf(m)));
		}
		Set<String> actualMetros = new HashSet<>();
		d.metropolises().forEach((m) -> actualMetros.add(m.id()));
		soft.assertThat(actualMetros).as("metropolises").isEqualTo(expectedMetros);
		// people
		List<Map<String, Object>> people = (List<Map<String, Object>>) exp.getOrDefault("people", List.of());
		String main = d.meetings()
			.stream()
			.filter((m) -> m.partOfId() == null && !m.kind().equals("group_meeting")
					&& !m.kind().equals("experience_sharing"))
			.map(MeetingFact::id)
			.findFirst()
			.orElse(null);
		boolean multi = ((List<?>) exp.getOrDefault("meetings", List.of())).size() > 1;
		Set<String> heldIds = new HashSet<>();
		d.meetings().stream().filter((m) -> m.partOfId() == null).forEach((m) -> heldIds.add(m.id()));
		for (Map<String, Object> p : people) {
			String pname = String.valueOf(p.get("name"));
			Optional<PersonMention> found = d.people()
				.stream()
				.filter((x) -> PersonNames.likelySame(x.name(), pname))
				.findFirst();
			soft.assertThat(found).as("person " + pname).isPresent();
			if (found.isEmpty()) {
				continue;
			}
			// a document that reports several held meetings states a person's capacity
			// over
			// all of them, and a status only when it is the same at each
			List<AttendanceFact> att = d.attendance()
				.stream()
				.filter((a) -> a.personId().equals(found.get().id())
						&& (multi ? heldIds.contains(a.meetingId()) : Objects.equals(a.meetingId(), main)))
				.toList();
			List<Status> statuses = att.stream().map(AttendanceFact::status).distinct().toList();
			Status status = multi ? ((statuses.size() == 1) ? statuses.get(0) : null)
					: att.stream().map(AttendanceFact::status).filter(Objects::nonNull).findFirst().orElse(null);
			soft.assertThat((status != null) ? status.code() : null)
				.as("attendance of " + pname)
				.isEqualTo(p.get("attendance"));
			Capacity primary = null;
			for (Capacity c : List.of(Capacity.ORGANISER, Capacity.FACILITATOR, Capacity.SPEAKER, Capacity.ACCOMPANYING,
					Capacity.PARTICIPANT)) {
				if (att.stream().anyMatch((a) -> a.capacity() == c)) {
					primary = c;
					break;
				}
			}
			soft.assertThat((primary != null) ? primary.code() : null)
				.as("capacity of " + pname)
				.isEqualTo(p.get("capacity"));
		}
		// counts
		Map<String, Object> counts = (Map<String, Object>) exp.getOrDefault("counts", Map.of());
		if (counts.containsKey("distinct_people")) {
			soft.assertThat(d.people())
				.as("distinct people " + d.people().stream().map(PersonMention::name).toList())
				.hasSize((Integer) counts.get("distinct_people"));
		}
		if (main != null && counts.containsKey("present")) {
			soft.assertThat(countStatus(d, main, Status.PRESENT))
				.as("present")
				.isEqualTo(((Number) counts.get("present")).longValue());
			soft.assertThat(countStatus(d, main, Status.EXCUSED))
				.as("excused")
				.isEqualTo(((Number) counts.get("excused")).longValue());
		}
		// meetings
		for (Map<String, Object> m : (List<Map<String, Object>>) exp.getOrDefault("meetings", List.of())) {
			String start = String.valueOf(m.get("startDate"));
			Optional<MeetingFact> found = d.meetings()
				.stream()
				.filter((x) -> x.partOfId() == null && x.startDate() != null && x.startDate().toString().equals(start))
				.findFirst();
			soft.assertThat(found).as("meeting on " + start).isPresent();
			found.ifPresent((f) -> {
				soft.assertThat(String.valueOf(f.endDate())).as("end date").isEqualTo(String.valueOf(m.get("endDate")));
				soft.assertThat(f.format().name()).as("format").isEqualTo(m.get("format"));
				soft.assertThat(f.place()).as("place").isEqualTo(m.get("place"));
			});
		}
		if (exp.containsKey("expected_warning")) {
			soft.assertThat(d.warnings()).as("warnings").contains("Aucune entité reconnue dans ce document");
		}
		soft.assertAll();
	}

	private static long countStatus(ExtractedDocument d, String meeting, Status status) {
		return d.attendance()
			.stream()
			.filter((a) -> a.meetingId().equals(meeting) && a.status() == status)
			.map(AttendanceFact::personId)
			.distinct()
			.count();
	}

	private static String metropolisId(String name) {
		String f = Slugs.of(name);
		for (MetropolisRef m : reference.metropolises()) {
			if (Slugs.of(m.shortName()).equals(f) || m.id().equals(f)) {
				return m.id();
			}
		}
		List<String> ids = new ArrayList<>();
		reference.resolve(name).ifPresent((b) -> ids.add(b.id()));
		return ids.isEmpty() ? name : ids.get(0);
	}

}
