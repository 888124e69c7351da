package fr.metrograph.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.reference.ReferenceData;

/** Prints what the extractor finds in a file: {@code -Ddump=path}. */
@EnabledIfSystemProperty(named = "dump", matches = ".+")
class DumpTests {

	private static String text(Path file) {
		String t = new fr.metrograph.ingest.read.DocumentReader(10_000_000).read(file).text();
		if (Boolean.getBoolean("dump.text")) {
			System.out.println(t);
		}
		return t;
	}

	@Test
	void dump() throws Exception {
		ReferenceData ref = ReferenceData.load(Path.of("data/reference"));
		Path file = Path.of(System.getProperty("dump"));
		for (ExtractedDocument d : new DocumentExtractor(ref).extract(file.getFileName().toString(), text(file),
				ExtractionHints.none())) {
			System.out.println("=== part " + d.part() + " " + d.kind() + " " + d.year() + " " + d.title());
			d.metropolises().forEach((x) -> System.out.println("METRO " + x.id() + " | " + x.asWritten()));
			d.organizations().forEach((x) -> System.out.println("ORG " + x.id() + " | " + x.kind()));
			d.groups().forEach((x) -> System.out.println("GROUP " + x.id()));
			d.people()
				.forEach((x) -> System.out
					.println("PERSON " + x.name() + " | " + x.affiliationId() + " | " + x.variants()));
			d.roles()
				.forEach((x) -> System.out
					.println("ROLE " + x.personId() + " | " + x.title() + " | " + x.category() + " | " + x.atId()));
			d.meetings()
				.forEach((x) -> System.out.println("MEETING " + x.id() + " | " + x.kind() + " | " + x.title() + " | "
						+ x.startDate() + ".." + x.endDate() + " | " + x.format() + " | " + x.place() + " | host "
						+ x.hostId() + " | " + x.themeIds() + " | " + x.evidence().lines()));
			d.attendance()
				.forEach((x) -> System.out.println(
						"ATT " + x.personId() + " | " + x.meetingId() + " | " + x.status() + " | " + x.capacity()));
			d.participations()
				.forEach((x) -> System.out.println("PART " + x.bodyId() + " | " + x.meetingId() + " | " + x.as()));
			d.memberships()
				.forEach((x) -> System.out
					.println("MEMBER " + x.metropolisId() + " " + x.year() + " " + x.evidence().lines()));
			d.themes().forEach((x) -> System.out.println("THEME " + x.id() + " | " + x.name()));
			d.planned().forEach((x) -> System.out.println("PLANNED " + x.themeId() + " " + x.forYear()));
			d.projects().forEach((x) -> System.out.println("PROJECT " + x));
			d.engagements()
				.forEach((x) -> System.out
					.println("ENG " + x.organizationId() + " " + x.metropolisId() + " " + x.year()));
			d.partnerships().forEach((x) -> System.out.println("PARTNER " + x.organizationId() + " " + x.partnerId()));
			d.statuses().forEach((x) -> System.out.println("STATUS " + x.status() + " " + x.year()));
			d.figures().forEach((x) -> System.out.println("FIGURE " + x));
			d.conflicts()
				.forEach((x) -> System.out
					.println("CONFLICT " + x.type() + " | " + x.description() + " | " + x.resolution()));
			d.warnings().forEach((x) -> System.out.println("WARN " + x));
		}
	}

}
