package fr.metrograph.coverage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the documents say about one year.
 *
 * @param year the year
 * @param documents the documents about that year
 * @param membership the groups whose members are listed for that year
 * @param meetings whether the year's meetings are known (a meeting of the year, or an
 * annual summary or meeting report about it, which would name them)
 * @param themes whether the year's themes are known (a meeting or project of the year
 * about a theme)
 */
public record YearCoverage(int year, List<DocumentRef> documents, List<String> membership, boolean meetings,
		boolean themes) {

	/** A document about the year. */
	public record DocumentRef(String id, String title, String kind) {
	}

	/** Whether anything at all is known of the year. */
	@JsonProperty("documented")
	public boolean documented() {
		return !this.documents.isEmpty() || !this.membership.isEmpty() || this.meetings;
	}

	/** Whether the group's members are listed for the year. */
	public boolean membershipOf(String group) {
		return this.membership.contains(group);
	}

}
