package fr.metrograph.ingest.find;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.metrograph.ingest.annotate.Annotations;
import fr.metrograph.ingest.annotate.GivenNames;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.DocumentPart;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.ReferenceData;

/**
 * Everything a finder may read about one document, and what the finders before it found:
 * the classified document ({@link #part()}: lines numbered as in the file, paragraphs,
 * kind, title, group, year, main date, layout), the reference lists, the name parser, the
 * annotations of its prose (when an annotator ran), and the {@link Findings} every finder
 * adds to.
 * <p>
 * It also carries the little the finders tell each other, explicitly: which lines a list
 * or a table already read ({@link #claim}, so that prose finders do not read them again),
 * the meeting the document reports ({@link #mainMeeting()}), and whether people attended
 * remotely next to people in the room. One context per document, used by one thread.
 */
public final class ExtractionContext {

	private final DocumentPart part;

	private final ReferenceData reference;

	private final NameParser names;

	private final Annotations annotations;

	private final Findings findings = new Findings();

	private final Set<Integer> claimed = new HashSet<>();

	private String mainMeetingId;

	private boolean remoteAttendees;

	public ExtractionContext(DocumentPart part, ReferenceData reference, NameParser names, Annotations annotations) {
		this.part = part;
		this.reference = reference;
		// the given names the NLP layer knows, for the rules too
		this.names = annotations.get(GivenNames.class).map((g) -> names.knowing(g::isKnown)).orElse(names);
		this.annotations = (annotations != null) ? annotations : Annotations.none();
	}

	/** The classified document. */
	public DocumentPart part() {
		return this.part;
	}

	/** The document's lines, numbered as in the file. */
	public TextLines lines() {
		return this.part.lines();
	}

	/** The document's paragraphs (runs of non-blank lines). */
	public List<TextLines.Paragraph> paragraphs() {
		return this.part.lines().paragraphs();
	}

	public DocumentKind kind() {
		return this.part.kind();
	}

	/**
	 * The year decided for the document (see {@link fr.metrograph.ingest.split.Years}),
	 * or null.
	 */
	public Integer year() {
		return this.part.year();
	}

	/** The network group the document is about, or null. */
	public String group() {
		return this.part.group();
	}

	public ReferenceData reference() {
		return this.reference;
	}

	/** The person-name parser (bodies' acronyms are never surnames). */
	public NameParser names() {
		return this.names;
	}

	/** What the annotators found in the document's prose (empty when none ran). */
	public Annotations annotations() {
		return this.annotations;
	}

	/** The facts found so far. */
	public Findings findings() {
		return this.findings;
	}

	/** Marks lines as read by a list or a table. */
	public void claim(int from, int to) {
		for (int n = from; n <= to; n++) {
			this.claimed.add(n);
		}
	}

	/** Marks a line as read by a list or a table. */
	public void claim(int line) {
		this.claimed.add(line);
	}

	/** Whether a list or a table already read this line. */
	public boolean claimed(int line) {
		return this.claimed.contains(line);
	}

	/** Adds the meeting the document reports; later finders attach people to it. */
	public void mainMeeting(MeetingFact meeting) {
		this.findings.meeting(meeting);
		this.mainMeetingId = meeting.id();
	}

	/** The meeting the document reports, if a finder found one. */
	public Optional<MeetingFact> mainMeeting() {
		return this.findings.meetings().stream().filter((m) -> m.id().equals(this.mainMeetingId)).findFirst();
	}

	/** The id of the meeting the document reports, or null. */
	public String mainMeetingId() {
		return this.mainMeetingId;
	}

	/** A list named people who attended remotely. */
	public void remoteAttendees() {
		this.remoteAttendees = true;
	}

	/** Whether a list named people who attended remotely. */
	public boolean hasRemoteAttendees() {
		return this.remoteAttendees;
	}

	/** Runs a finder: what it adds is attributed to it. */
	void run(Finder finder) {
		this.findings.running(finder);
		try {
			finder.find(this);
		}
		finally {
			this.findings.running(null);
		}
	}

}
