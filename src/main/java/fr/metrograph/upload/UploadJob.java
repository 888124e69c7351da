package fr.metrograph.upload;

import java.util.ArrayList;
import java.util.List;

import fr.metrograph.ingest.DocumentOutcome;

/**
 * The progress of one uploaded file, polled by the upload page: reçu (stored), lu (read),
 * extrait (facts extracted), chargé (written), or échec with the error; then the lines
 * the command line prints for each of its documents and the summary. Thread-safe: the
 * background load writes, requests read.
 */
final class UploadJob {

	/** Where a file is. */
	enum State {

		RECU("reçu"), LU("lu"), EXTRAIT("extrait"), CHARGE("chargé"), ECHEC("échec");

		private final String label;

		State(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	private final String id;

	private final String file;

	private final String path;

	private final String by;

	private final String at;

	private State state = State.RECU;

	private String error;

	private String summary;

	private final List<String> lines = new ArrayList<>();

	private final List<String> documents = new ArrayList<>();

	UploadJob(String id, String file, String path, String by, String at) {
		this.id = id;
		this.file = file;
		this.path = path;
		this.by = by;
		this.at = at;
	}

	String id() {
		return this.id;
	}

	String path() {
		return this.path;
	}

	synchronized void reached(State state) {
		if (this.state != State.ECHEC && state.ordinal() > this.state.ordinal()) {
			this.state = state;
		}
	}

	synchronized void outcome(DocumentOutcome outcome) {
		this.lines.add(outcome.line());
		if (outcome.documentId() != null) {
			this.documents.add(outcome.documentId());
		}
		if (outcome.status() == DocumentOutcome.Status.FAILED) {
			this.state = State.ECHEC;
			this.error = outcome.error();
		}
	}

	synchronized void finished(String summary) {
		this.summary = summary;
		if (this.state != State.ECHEC) {
			this.state = State.CHARGE;
		}
	}

	synchronized void failed(String error) {
		this.state = State.ECHEC;
		this.error = error;
	}

	synchronized boolean done() {
		return this.state == State.CHARGE || this.state == State.ECHEC;
	}

	synchronized View view() {
		return new View(this.id, this.file, this.path, this.state.label(), done(), this.error, List.copyOf(this.lines),
				this.summary, List.copyOf(this.documents), this.by, this.at);
	}

	/**
	 * One file's progress as the API shows it.
	 *
	 * @param id the job's id
	 * @param fichier the file name
	 * @param chemin where it is stored
	 * @param etat reçu, lu, extrait, chargé or échec
	 * @param termine whether it is over
	 * @param erreur the error, in French, when échec
	 * @param lignes one line per document, as the command line prints them
	 * @param resume the load's summary
	 * @param documents ids of the documents loaded from it
	 * @param par who uploaded it
	 * @param a when (ISO-8601 UTC)
	 */
	record View(String id, String fichier, String chemin, String etat, boolean termine, String erreur,
			List<String> lignes, String resume, List<String> documents, String par, String a) {
	}

}
