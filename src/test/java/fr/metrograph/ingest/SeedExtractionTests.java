package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance reference: {@code ../shared/seeds/expected.yml}. */
class SeedExtractionTests {

	private static DocumentExtractor extractor;

	@BeforeAll
	static void load() throws IOException {
		extractor = new DocumentExtractor(ReferenceData.load(Path.of("data/reference")));
	}

	static String seed(String name) throws IOException {
		Path shared = Path.of("../shared/seeds", name);
		return Files.readString(Files.exists(shared) ? shared : Path.of("data/documents", name));
	}

	private static List<ExtractedDocument> extract(String name, ExtractionHints hints) throws IOException {
		return extractor.extract(name, seed(name), hints);
	}

	@Test
	void seed000SplitsIntoTwoAnnualSummariesWithYears() throws IOException {
		List<ExtractedDocument> docs = extract("000_97783004e60a4501.txt", ExtractionHints.none());
		assertThat(docs).hasSize(2);
		assertThat(docs).extracting(ExtractedDocument::kind).containsOnly(DocumentKind.ANNUAL_SUMMARY);
		assertThat(docs.get(0).year()).isEqualTo(2025);
		assertThat(docs.get(1).year()).isEqualTo(2024);
		assertThat(docs.get(0).conflicts()).noneMatch((c) -> c.type().equals("year_conflict"));
		assertThat(docs.get(1).conflicts()).anySatisfy((c) -> {
			assertThat(c.type()).isEqualTo("year_conflict");
			assertThat(c.description()).contains("Et pour 2025 ?").contains("Qui est dans le groupe en 2025");
			assertThat(c.description()).containsIgnoringCase("en prévision des élections de 2026");
			assertThat(c.resolution()).contains("2024");
		});
	}

	@Test
	void curatorHintOverridesYear() throws IOException {
		List<ExtractedDocument> docs = extract("000_97783004e60a4501.txt", new ExtractionHints(Map.of(2, 2025)));
		assertThat(docs.get(1).year()).isEqualTo(2025);
		assertThat(docs.get(1).memberships()).allMatch((m) -> m.year() == 2025);
		assertThat(docs.get(1).conflicts())
			.anyMatch((c) -> c.type().equals("year_conflict") && c.resolution().contains("corrigé par la curation"));
	}

	@Test
	void seed000Memberships() throws IOException {
		List<ExtractedDocument> docs = extract("000_97783004e60a4501.txt", ExtractionHints.none());
		Set<String> y2025 = ids(docs.get(0).memberships().stream().map((m) -> m.metropolisId()).toList());
		Set<String> y2024 = ids(docs.get(1).memberships().stream().map((m) -> m.metropolisId()).toList());
		Set<String> common = Set.of("aix-marseille-provence", "bordeaux", "clermont-auvergne", "grenoble-alpes",
				"grand-nancy", "grand-paris", "lille", "lyon", "nantes", "plaine-commune", "rennes", "rouen-normandie",
				"strasbourg", "toulouse");
		assertThat(y2025).isEqualTo(common);
		assertThat(y2024).hasSize(15).containsAll(common).contains("brest");
		assertThat(docs.get(0).memberships()).allMatch((m) -> m.groupId().equals("agents") && m.year() == 2025);
	}

	@Test
	void seed000GroupMeetings() throws IOException {
		List<ExtractedDocument> docs = extract("000_97783004e60a4501.txt", ExtractionHints.none());
		List<MeetingFact> m2025 = kind(docs.get(0), "group_meeting");
		assertThat(m2025).filteredOn((m) -> m.format() == Format.IN_PERSON)
			.hasSize(1)
			.allMatch((m) -> "Paris".equals(m.place()));
		assertThat(m2025).filteredOn((m) -> m.format() == Format.REMOTE).hasSize(3);
		assertThat(m2025).extracting(MeetingFact::id).contains("agents-2025-in-person-1", "agents-2025-remote-3");
		List<MeetingFact> m2024 = kind(docs.get(1), "group_meeting");
		assertThat(m2024).filteredOn((m) -> m.format() == Format.IN_PERSON)
			.hasSize(3)
			.allMatch((m) -> m.place() == null && m.evidence().text().contains("Toulouse")
					&& m.evidence().text().contains("Paris"));
		assertThat(m2024).filteredOn((m) -> m.format() == Format.REMOTE).hasSize(3);
		assertThat(m2024).allMatch((m) -> m.groupId().equals("agents") && m.year() == 2024);
		assertThat(docs.get(0).figures()).anyMatch((f) -> f.subject().equals("agents")
				&& f.name().equals("work_sessions") && f.value() == 5 && f.year() == 2025);
	}

	@Test
	void seed000ExperienceSessions() throws IOException {
		List<ExtractedDocument> docs = extract("000_97783004e60a4501.txt", ExtractionHints.none());
		assertThat(sessions(docs.get(0))).containsExactly(
				"Outils de diffusion d'une culture interne=[bordeaux, clermont-auvergne]",
				"Plateformes participatives=[rouen-normandie, nantes]", "CCSPL=[plaine-commune, grenoble-alpes]");
		assertThat(sessions(docs.get(1))).containsExactly(
				"Renouvellement des contrats de ville=[grenoble-alpes, bordeaux, aix-marseille-provence]",
				"Conseils de développement=[strasbourg]", "Accords cadres=[plaine-commune, bordeaux, lille]");
	}

	@Test
	void seed000PlannedThemes() throws IOException {
		List<ExtractedDocument> docs = extract("000_97783004e60a4501.txt", ExtractionHints.none());
		assertThat(planned(docs.get(0), 2026)).containsExactlyInAnyOrder("Écriture de délibérations cadres",
				"Actualisation du manifeste des métropoles participatives", "Gouvernance des PCAET",
				"Statut du citoyen participant");
		assertThat(planned(docs.get(1), 2025)).containsExactlyInAnyOrder("CCSPL", "Échelles interterritoriales",
				"Outils de diffusion d'une culture commune");
	}

	@Test
	void seed003ProjectSheet() throws IOException {
		List<ExtractedDocument> docs = extract("003_22e73bb64a1d6f39.txt", ExtractionHints.none());
		assertThat(docs).hasSize(1);
		ExtractedDocument d = docs.get(0);
		assertThat(d.kind()).isEqualTo(DocumentKind.PROJECT_SHEET);
		assertThat(d.year()).isEqualTo(2019);
		assertThat(d.projects()).singleElement().satisfies((p) -> {
			assertThat(p.clientId()).isEqualTo("clermont-auvergne");
			assertThat(p.consultancyId()).isEqualTo("gie-passages");
			assertThat(p.partnerIds()).containsExactly("espelia", "consultvox", "epiceum");
			assertThat(p.themeIds()).containsExactlyInAnyOrder("democratie-participative-intercommunale",
					"observatoire-des-politiques-publiques", "panel-citoyen", "saisine-citoyenne");
			assertThat(p.deliverables()).hasSize(4);
		});
		assertThat(d.engagements()).singleElement()
			.satisfies((e) -> assertThat(e.organizationId() + ">" + e.metropolisId() + "@" + e.year())
				.isEqualTo("gie-passages>clermont-auvergne@2019"));
		assertThat(d.partnerships()).hasSize(3);
		assertThat(d.statuses()).extracting((s) -> s.status() + "@" + s.year())
			.containsExactly("Communauté urbaine@2017", "Métropole@2018");
		assertThat(d.metropolises()).extracting((m) -> m.id()).contains("clermont-auvergne");
		assertThat(d.people()).isEmpty();
	}

	@Test
	void seed001Meeting() throws IOException {
		ExtractedDocument d = single("001_ef400819cd949c29.txt");
		assertThat(d.kind()).isEqualTo(DocumentKind.MEETING_REPORT);
		assertThat(d.year()).isEqualTo(2022);
		MeetingFact m = kind(d, "meeting").get(0);
		assertThat(m.title()).isEqualTo("Première rencontre des élu·es des Métropoles Participatives");
		assertThat(m.startDate()).hasToString("2022-05-05");
		assertThat(m.endDate()).hasToString("2022-05-06");
		assertThat(m.format()).isEqualTo(Format.IN_PERSON);
		assertThat(m.place()).isEqualTo("Nantes");
		assertThat(m.hostId()).isEqualTo("nantes");
		assertThat(m.groupId()).isEqualTo("elus");
		List<MeetingFact> sessions = kind(d, "session");
		assertThat(sessions).extracting(MeetingFact::title)
			.containsExactlyInAnyOrder("Parcours 1 : L'évaluation participative « La Rue pour tous »",
					"Parcours 2 : Les lieux à réinventer",
					"La citoyenneté métropolitaine, retours d'expériences et discussions");
		assertThat(sessions).allMatch((s) -> m.id().equals(s.partOfId()));
		assertThat(sessions).flatExtracting(MeetingFact::themeIds)
			.containsExactlyInAnyOrder("evaluation-participative", "lieux-a-reinventer", "citoyennete-metropolitaine");
		assertThat(d.participations()).anyMatch((p) -> p.bodyId().equals("nantes") && p.as().equals("host"));
		assertThat(d.participations()).filteredOn((p) -> p.as().equals("attendee"))
			.extracting((p) -> p.bodyId())
			.containsExactlyInAnyOrder("nantes", "rennes", "bordeaux", "strasbourg", "grand-nancy");
	}

	@Test
	void seed001People() throws IOException {
		ExtractedDocument d = single("001_ef400819cd949c29.txt");
		String meeting = kind(d, "meeting").get(0).id();
		Map<String, String> present = Map.ofEntries(Map.entry("Christelle Scuotto-Calvez", "nantes:participant"),
				Map.entry("Pascal Bolo", "nantes:participant"), Map.entry("Fabrice Roussel", "nantes:participant"),
				Map.entry("Jean-Marie Goater", "rennes:participant"), Map.entry("Céline Papin", "bordeaux:participant"),
				Map.entry("Astrid Bideault-Le Bret", "bordeaux:accompanying"),
				Map.entry("Emilie Sarrazin", "bordeaux:accompanying"),
				Map.entry("Damien Mouchague", "bordeaux:accompanying"),
				Map.entry("Cécile Delattre", "strasbourg:participant"),
				Map.entry("Emmanuelle Parodi", "strasbourg:accompanying"),
				Map.entry("Stéphanie Gruet", "grand-nancy:participant"), Map.entry("Sandra Rataud", "nantes:organiser"),
				Map.entry("Sébastien Guimard", "nantes:organiser"),
				Map.entry("Catherine Veyrat-Durebex", "nantes:organiser"),
				Map.entry("Louise Jean-Albert", "icpc:organiser"), Map.entry("Morgane Bregnat", "nantes:facilitator"),
				Map.entry("Louise Rigollier", "nantes:facilitator"), Map.entry("Céline Rouaud", "nantes:facilitator"),
				Map.entry("Yohan Le Cocq", "nantes:facilitator"));
		Map<String, String> excused = Map.of("Martine Michel", "metz", "Laurence Boffet", "lyon", "Maroua Bouzaida",
				"toulouse");
		assertThat(d.people()).hasSize(23);
		for (var e : present.entrySet()) {
			var p = d.people().stream().filter((x) -> x.name().equals(e.getKey())).findFirst().orElseThrow();
			String[] exp = e.getValue().split(":");
			assertThat(p.affiliationId()).as(p.name()).isEqualTo(exp[0]);
			assertThat(d.attendance()).as(p.name())
				.anyMatch((a) -> a.personId().equals(p.id()) && a.meetingId().equals(meeting)
						&& a.status() == Status.PRESENT && a.capacity().code().equals(exp[1]));
		}
		for (var e : excused.entrySet()) {
			var p = d.people().stream().filter((x) -> x.name().equals(e.getKey())).findFirst().orElseThrow();
			assertThat(p.affiliationId()).isEqualTo(e.getValue());
			assertThat(d.attendance()).filteredOn((a) -> a.personId().equals(p.id()))
				.singleElement()
				.satisfies((a) -> assertThat(a.status()).isEqualTo(Status.EXCUSED));
		}
		assertThat(d.attendance()).anyMatch((a) -> a.personId().equals("damien-mouchague")
				&& a.capacity() == Capacity.ORGANISER && a.meetingId().equals(meeting));
		var rolland = d.people().stream().filter((x) -> x.name().equals("Johanna Rolland")).findFirst().orElseThrow();
		assertThat(rolland.affiliationId()).isEqualTo("nantes");
		assertThat(d.attendance()).noneMatch((a) -> a.personId().equals(rolland.id()));
		assertThat(d.attendance()
			.stream()
			.filter((a) -> a.status() == Status.PRESENT && a.meetingId().equals(meeting))
			.map((a) -> a.personId())
			.distinct()
			.count()).isEqualTo(19);
		// variants and conflicts
		// Real spelling differences are conflicts to review; case and honorifics are not.
		for (String id : List.of("christelle-scuotto-calvez", "yohan-le-cocq")) {
			assertThat(d.conflicts()).anyMatch((c) -> c.type().equals("name_variant") && c.subject().equals(id));
		}
		assertThat(d.conflicts()).noneMatch((c) -> c.subject().equals("fabrice-roussel"));
		assertThat(d.people()).filteredOn((p) -> p.id().equals("fabrice-roussel"))
			.singleElement()
			.satisfies((p) -> assertThat(p.variants()).contains("M. Fabrice ROUSSEL", "Monsieur Fabrice Roussel"));
		assertThat(d.people()).filteredOn((p) -> p.id().equals("christelle-scuotto-calvez"))
			.singleElement()
			.satisfies((p) -> assertThat(p.variants()).contains("Christelle Scutto-Calvez"));
		assertThat(d.people()).extracting((p) -> p.name())
			.noneMatch((n) -> n.contains("Nantes") || n.contains("Direction") || n.contains("Cocotte")
					|| n.contains("Sense") || n.contains("Question"));
	}

	@Test
	void seed001Roles() throws IOException {
		ExtractedDocument d = single("001_ef400819cd949c29.txt");
		assertThat(d.roles()).filteredOn((r) -> r.personId().equals("celine-papin"))
			.extracting((r) -> r.title() + "@" + r.atId() + ":" + r.category().code())
			.contains("Adjointe au maire de Bordeaux@ville-de-bordeaux:elected",
					"Vice-présidente Équilibres des territoires, relations internationales et dialogue citoyen@bordeaux:elected");
		assertThat(d.roles()).filteredOn((r) -> r.personId().equals("christelle-scuotto-calvez"))
			.extracting((r) -> r.title() + "@" + r.atId())
			.contains("Maire des Sorinières@ville-des-sorinieres");
		assertThat(d.roles()).filteredOn((r) -> r.personId().equals("sebastien-guimard"))
			.allMatch((r) -> r.category().code().equals("staff"));
		assertThat(d.roles())
			.noneMatch((r) -> r.title().toLowerCase().contains("maire de bordeaux") && "bordeaux".equals(r.atId()));
	}

	private static ExtractedDocument single(String name) throws IOException {
		List<ExtractedDocument> docs = extract(name, ExtractionHints.none());
		assertThat(docs).hasSize(1);
		return docs.get(0);
	}

	private static List<MeetingFact> kind(ExtractedDocument d, String kind) {
		return d.meetings().stream().filter((m) -> m.kind().equals(kind)).toList();
	}

	private static Set<String> ids(List<String> ids) {
		return Set.copyOf(ids);
	}

	private static List<String> sessions(ExtractedDocument d) {
		Map<String, String> themeNames = d.themes().stream().collect(Collectors.toMap((t) -> t.id(), (t) -> t.name()));
		return kind(d, "experience_sharing").stream()
			.map((m) -> themeNames.get(m.themeIds().get(0)) + "="
					+ d.participations()
						.stream()
						.filter((p) -> p.meetingId().equals(m.id()) && p.as().equals("presenter"))
						.map((p) -> p.bodyId())
						.toList())
			.toList();
	}

	private static List<String> planned(ExtractedDocument d, int forYear) {
		Map<String, String> themeNames = d.themes().stream().collect(Collectors.toMap((t) -> t.id(), (t) -> t.name()));
		return d.planned()
			.stream()
			.filter((p) -> p.forYear() == forYear && p.groupId().equals("agents"))
			.map((p) -> themeNames.get(p.themeId()))
			.toList();
	}

}
