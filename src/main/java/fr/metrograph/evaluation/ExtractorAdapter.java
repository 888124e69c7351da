package fr.metrograph.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metrograph.ingest.DocumentExtractor;
import fr.metrograph.ingest.find.annual.CountedMeetingsFinder;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.OrganizationMention;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.reference.ReferenceData;

/**
 * The only class of the evaluation that knows the extractor: it calls its public entry
 * point and converts what it returns into an {@link Extraction}. When the entry point or
 * the fact model moves, this class is the one to change.
 * <p>
 * A file may hold several documents; their facts are pooled (people, bodies and meetings
 * once per id). Meetings are the top-level ones: sessions ({@code partOfId}), experience
 * sharing and the undated per-format counts of annual summaries ({@code group_meeting})
 * are left out. Organisations of kind {@code COMMUNE} are the communes.
 */
public final class ExtractorAdapter {

	private static final Set<String> NOT_MEETINGS = Set.of("experience_sharing", CountedMeetingsFinder.KIND);

	private final DocumentExtractor extractor;

	/**
	 * @param referenceDir the folder of the reference lists ({@code data/reference})
	 */
	public ExtractorAdapter(Path referenceDir) {
		try {
			// the French NLP layer on prose, as the service runs it
			this.extractor = DocumentExtractor.withFrenchNlp(referenceDir, ReferenceData.load(referenceDir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the reference lists in " + referenceDir, ex);
		}
	}

	/**
	 * Runs the extractor on one file's text.
	 * @param fileName the file's name
	 * @param text its text, as the document reader gives it
	 * @return what was found
	 */
	public Extraction extract(String fileName, String text) {
		List<ExtractedDocument> documents = this.extractor.extract(fileName, text, ExtractionHints.none());
		Map<String, Extraction.Person> people = new LinkedHashMap<>();
		Map<String, String> metropolises = new LinkedHashMap<>();
		Map<String, Extraction.Body> organizations = new LinkedHashMap<>();
		Map<String, Extraction.Body> communes = new LinkedHashMap<>();
		Map<String, Extraction.Meeting> meetings = new LinkedHashMap<>();
		List<Extraction.Role> roles = new ArrayList<>();
		for (ExtractedDocument d : documents) {
			for (PersonMention p : d.people()) {
				people.putIfAbsent(p.id(), new Extraction.Person(p.id(), p.name(), p.variants()));
			}
			d.metropolises().forEach((m) -> metropolises.putIfAbsent(m.id(), m.id()));
			for (OrganizationMention o : d.organizations()) {
				Map<String, Extraction.Body> target = "COMMUNE".equals(o.kind()) ? communes : organizations;
				target.putIfAbsent(o.id(), new Extraction.Body(o.id(), o.name()));
			}
			for (MeetingFact m : d.meetings()) {
				if (m.partOfId() == null && !NOT_MEETINGS.contains(m.kind())) {
					meetings.putIfAbsent(m.id(), new Extraction.Meeting(m.title(), m.startDate(), m.endDate(),
							(m.format() != null) ? m.format().name() : null));
				}
			}
			for (RoleFact r : d.roles()) {
				roles.add(new Extraction.Role(r.personId(), r.title(), r.atId(), r.atIsMetropolis()));
			}
		}
		Integer year = documents.isEmpty() ? null : documents.get(0).year();
		String kind = documents.isEmpty() ? null : documents.get(0).kind().code();
		return new Extraction(year, kind, List.copyOf(people.values()), List.copyOf(metropolises.values()),
				List.copyOf(organizations.values()), List.copyOf(communes.values()), List.copyOf(meetings.values()),
				roles);
	}

}
