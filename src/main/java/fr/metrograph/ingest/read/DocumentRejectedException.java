package fr.metrograph.ingest.read;

/**
 * A file that cannot be read as a document (empty, binary, encrypted, too large). The
 * message is in French, for the per-document summary and the 422 problem detail.
 */
public class DocumentRejectedException extends RuntimeException {

	private final String reason;

	/**
	 * @param reason a stable code: empty, too_large, binary, encrypted_pdf, broken_pdf,
	 * truncated_pdf, not_language, unreadable
	 * @param message what is wrong, in French
	 */
	public DocumentRejectedException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	public DocumentRejectedException(String reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
