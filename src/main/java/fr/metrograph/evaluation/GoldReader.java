package fr.metrograph.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.dataformat.yaml.YAMLMapper;

import fr.metrograph.evaluation.GoldDocument.EventDate;
import fr.metrograph.evaluation.GoldDocument.GoldMeeting;
import fr.metrograph.evaluation.GoldDocument.GoldPerson;
import fr.metrograph.evaluation.GoldDocument.GoldRole;

/**
 * Reads the expectations of a folder: every {@code X.expected.yml} whose document
 * {@code X.pdf}, {@code X.txt}, {@code X.md} or {@code X.html} exists beside it, in that
 * order (a PDF wins over the HTML source it was printed from). Keys are those of the
 * corpus READMEs; unknown keys are ignored.
 */
public final class GoldReader {

	private static final String SUFFIX = ".expected.yml";

	private static final List<String> DOCUMENT_EXTENSIONS = List.of(".pdf", ".txt", ".md", ".html", ".htm");

	private final YAMLMapper yaml = new YAMLMapper();

	/**
	 * Reads every expectation of a folder, sorted by file name.
	 * @param folder the folder
	 * @return the expectations
	 * @throws IllegalArgumentException when the folder does not exist, or an expectation
	 * has no document or cannot be read
	 */
	public List<GoldDocument> read(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("Dossier introuvable : " + folder);
		}
		List<Path> expectations;
		try (Stream<Path> files = Files.list(folder)) {
			expectations = files.filter((p) -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<GoldDocument> out = new ArrayList<>();
		for (Path expectation : expectations) {
			out.add(readOne(expectation));
		}
		return out;
	}

	GoldDocument readOne(Path expectation) {
		String name = expectation.getFileName().toString();
		String base = name.substring(0, name.length() - SUFFIX.length());
		Path document = DOCUMENT_EXTENSIONS.stream()
			.map((ext) -> expectation.resolveSibling(base + ext))
			.filter(Files::exists)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Aucun document pour " + expectation));
		Map<String, Object> map;
		try {
			map = parse(Files.readString(expectation, StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("Attente illisible : " + expectation + " (" + ex.getMessage() + ")", ex);
		}
		Path parent = expectation.toAbsolutePath().getParent();
		String folder = (parent != null && parent.getFileName() != null) ? parent.getFileName().toString() : "";
		return toGold(document, folder, map);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> parse(String text) {
		Object value = this.yaml.readValue(text, Map.class);
		return (Map<String, Object>) value;
	}

	static GoldDocument toGold(Path document, String folder, Map<String, Object> map) {
		List<GoldPerson> people = new ArrayList<>();
		for (Map<String, Object> p : maps(map.get("people"))) {
			String affiliation = string(p.get("affiliation"));
			List<GoldRole> roles = new ArrayList<>();
			for (Object r : list(p.get("roles"))) {
				if (r instanceof Map<?, ?> role) {
					roles.add(new GoldRole(string(role.get("title")), string(role.get("at"))));
				}
				else {
					roles.add(new GoldRole(String.valueOf(r), affiliation));
				}
			}
			people.add(new GoldPerson(string(p.get("name")), strings(p.get("variants")), affiliation, roles));
		}
		List<GoldMeeting> meetings = new ArrayList<>();
		for (Map<String, Object> m : maps(map.get("meetings"))) {
			meetings.add(meeting(m, true));
		}
		for (Map<String, Object> m : maps(map.get("other_meetings"))) {
			meetings.add(meeting(m, false));
		}
		Object year = map.get("year");
		return new GoldDocument(document, folder, string(map.get("shape")),
				(year instanceof Number n) ? n.intValue() : null, string(map.get("kind")),
				strings(map.get("metropolises")), strings(map.get("organizations")),
				strings(map.get("organizations_optional")),
				map.containsKey("communes") ? strings(map.get("communes")) : null, people, meetings);
	}

	private static GoldMeeting meeting(Map<String, Object> m, boolean held) {
		String start = string(m.get("startDate"));
		if (start == null) {
			throw new IllegalArgumentException("Réunion sans date de début : " + m.get("title"));
		}
		String end = string(m.get("endDate"));
		return new GoldMeeting(string(m.get("title")), EventDate.parse(start),
				(end != null && end.length() == 10) ? LocalDate.parse(end) : null, string(m.get("format")), held);
	}

	private static String string(Object value) {
		return (value == null) ? null : String.valueOf(value);
	}

	private static List<Object> list(Object value) {
		return (value instanceof Collection<?> c) ? new ArrayList<>(c) : List.of();
	}

	private static List<String> strings(Object value) {
		return list(value).stream().map(String::valueOf).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return list(value).stream().filter(Map.class::isInstance).map((o) -> (Map<String, Object>) o).toList();
	}

}
