package fr.metrograph.upload;

/**
 * A file refused before anything was stored, with the French reason and what kind of
 * refusal it is (the HTTP status follows from it).
 */
public class UploadRefusedException extends RuntimeException {

	/** Why a file is refused. */
	public enum Reason {

		/** Not .txt, .md, .pdf, .html or .csv (415). */
		TYPE,
		/** Over the size limit (413). */
		TOO_LARGE,
		/** A name that would leave the folder, or is not a plain file name (400). */
		NAME,
		/** Empty, or nothing sent (400). */
		EMPTY,
		/** The same bytes are already loaded, or the name is taken (409). */
		DUPLICATE

	}

	private final Reason reason;

	private final String file;

	private final String duplicateOf;

	public UploadRefusedException(Reason reason, String file, String message, String duplicateOf) {
		super(message);
		this.reason = reason;
		this.file = file;
		this.duplicateOf = duplicateOf;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The file name as sent. */
	public String file() {
		return this.file;
	}

	/** The document it duplicates (path), or null. */
	public String duplicateOf() {
		return this.duplicateOf;
	}

}
