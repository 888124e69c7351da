package fr.metrograph.ingest.find;

import java.util.ArrayList;
import java.util.List;

import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.ingest.model.PersonNames;

/**
 * A person being collected in one document: the finders that read them add spellings, an
 * affiliation and role titles as written; {@link Findings#build} turns it into a
 * {@link fr.metrograph.ingest.model.Facts.PersonMention} and {@link RoleFact}s. Mutable,
 * and only ever touched by the finders of one document.
 */
public final class PersonDraft {

	private String display;

	private final List<String> variants = new ArrayList<>();

	private final Evidence evidence;

	private final List<RoleFact> roles = new ArrayList<>();

	private final List<RawRole> rawRoles = new ArrayList<>();

	private String affiliationId;

	private boolean affiliationIsMetropolis;

	private boolean inlineOnly = true;

	PersonDraft(String display, Evidence evidence) {
		this.display = display;
		this.evidence = evidence;
	}

	/** A role title as written, with the passage and finder that read it. */
	public record RawRole(String title, Evidence evidence) {
	}

	public String id() {
		return PersonNames.id(this.display);
	}

	public String display() {
		return this.display;
	}

	/**
	 * The person's full name, read after a form in initials ("M. H. QUÉLENNEC" in an
	 * attendance list, "Hervé QUÉLENNEC" under the signature): the draft takes the full
	 * name, and its roles the new id.
	 * @param full the full display name
	 */
	void fullName(String full) {
		this.display = full;
		String id = id();
		this.roles.replaceAll(
				(r) -> new RoleFact(id, r.title(), r.category(), r.atId(), r.atIsMetropolis(), r.year(), r.evidence()));
	}

	public List<String> variants() {
		return this.variants;
	}

	/** Where the person was first read. */
	public Evidence evidence() {
		return this.evidence;
	}

	public String affiliationId() {
		return this.affiliationId;
	}

	public boolean affiliationIsMetropolis() {
		return this.affiliationIsMetropolis;
	}

	/** Sets the body the person belongs to. */
	public void affiliate(String bodyId, boolean metropolis) {
		this.affiliationId = bodyId;
		this.affiliationIsMetropolis = metropolis;
	}

	/** Role titles as written, in reading order. */
	public List<RawRole> rawRoles() {
		return this.rawRoles;
	}

	/** The roles resolved so far. */
	public List<RoleFact> roles() {
		return this.roles;
	}

	/** Whether the person was found in prose only (no list, table or block). */
	public boolean inlineOnly() {
		return this.inlineOnly;
	}

	/** A list, a table or a block named the person. */
	public void seenInList() {
		this.inlineOnly = false;
	}

}
