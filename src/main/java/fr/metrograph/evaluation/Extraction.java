package fr.metrograph.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor found in one file, in the evaluation's own terms, so that the scorer
 * does not depend on the extractor's model ({@link ExtractorAdapter} converts).
 *
 * @param year the year of the file's (first) document, or null
 * @param kind the kind the file's (first) document is stored as, or null
 * @param people the people found
 * @param metropolises reference ids of the metropolises found
 * @param organizations organisations found (communes excluded)
 * @param communes communes found
 * @param meetings top-level meetings found (not sessions, not experience sharing, not the
 * undated meeting counts of annual summaries)
 * @param roles roles found
 */
public record Extraction(Integer year, String kind, List<Person> people, List<String> metropolises,
		List<Body> organizations, List<Body> communes, List<Meeting> meetings, List<Role> roles) {

	public Extraction {
		people = List.copyOf(people);
		metropolises = List.copyOf(metropolises);
		organizations = List.copyOf(organizations);
		communes = List.copyOf(communes);
		meetings = List.copyOf(meetings);
		roles = List.copyOf(roles);
	}

	/** Nothing found (a file that could not be read). */
	public static Extraction empty() {
		return new Extraction(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * A person.
	 *
	 * @param id the extractor's id, which roles refer to
	 * @param name canonical display form
	 * @param variants forms written in the document
	 */
	public record Person(String id, String name, List<String> variants) {

		public Person {
			variants = List.copyOf(variants);
		}

	}

	/**
	 * An organisation or a commune.
	 *
	 * @param id the extractor's id
	 * @param name its name
	 */
	public record Body(String id, String name) {
	}

	/**
	 * A meeting.
	 *
	 * @param title its title
	 * @param start start date, or null when none was found
	 * @param end end date, or null
	 * @param format IN_PERSON, REMOTE, HYBRID or UNKNOWN
	 */
	public record Meeting(String title, LocalDate start, LocalDate end, String format) {
	}

	/**
	 * A role held by a person.
	 *
	 * @param personId the person's id ({@link Person#id()})
	 * @param title the title as found
	 * @param atId the id of the body it is held at, or null
	 * @param atIsMetropolis whether {@code atId} is a metropolis's reference id
	 */
	public record Role(String personId, String title, String atId, boolean atIsMetropolis) {
	}

}
