package fr.metrograph.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a careful reader extracts from one document: the content of its hand-written
 * {@code X.expected.yml} (format and conventions in
 * {@code src/test/resources/corpus/README.md} and
 * {@code src/test/resources/gold/README.md}). Names are kept as written in the
 * expectation; {@link DocumentScorer} resolves them.
 *
 * @param document the document file (a {@code .pdf}, {@code .txt} or {@code .md})
 * @param folder the name of the folder it came from ({@code corpus}, {@code gold})
 * @param shape its shape (news_article, minutes…), or null when the file does not say
 * @param year the year the document is about, or null
 * @param kind the kind of document it is ({@code meeting_report}, {@code prose}…), or
 * null when the expectation does not say
 * @param metropolises metropolises named as bodies (short names, official names or
 * aliases)
 * @param organizations organisations that are neither metropolises nor communes
 * @param optionalOrganizations organisations that count neither right nor wrong
 * @param communes cities named as cities, or null when the expectation does not list them
 * (then communes are not scored on this document)
 * @param people the people the document names
 * @param meetings held meetings and meetings the document is the programme of, then every
 * other dated event it mentions
 */
public record GoldDocument(Path document, String folder, String shape, Integer year, String kind,
		List<String> metropolises, List<String> organizations, List<String> optionalOrganizations,
		List<String> communes, List<GoldPerson> people, List<GoldMeeting> meetings) {

	public GoldDocument {
		metropolises = List.copyOf(metropolises);
		organizations = List.copyOf(organizations);
		optionalOrganizations = List.copyOf(optionalOrganizations);
		communes = (communes == null) ? null : List.copyOf(communes);
		people = List.copyOf(people);
		meetings = List.copyOf(meetings);
	}

	/** The document's file name. */
	public String fileName() {
		return this.document.getFileName().toString();
	}

	/**
	 * A person of the document.
	 *
	 * @param name canonical display form
	 * @param variants the forms written in the document
	 * @param affiliation the body the document attaches the person to, or null
	 * @param roles the roles the document gives, with their bodies
	 */
	public record GoldPerson(String name, List<String> variants, String affiliation, List<GoldRole> roles) {

		public GoldPerson {
			variants = List.copyOf(variants);
			roles = List.copyOf(roles);
		}

	}

	/**
	 * A role as written.
	 *
	 * @param title the title as written in the document
	 * @param at the body it is held at, or null when the text names none (the body is
	 * then not checked)
	 */
	public record GoldRole(String title, String at) {
	}

	/**
	 * A dated meeting or event.
	 *
	 * @param title its title (only used to pair meetings that start on the same date)
	 * @param start its start date, to the day or to the month
	 * @param end its end date, or null
	 * @param format IN_PERSON, REMOTE, HYBRID, or null when unknown
	 * @param held whether it is one of the document's own meetings ({@code meetings}),
	 * not an other dated event ({@code other_meetings})
	 */
	public record GoldMeeting(String title, EventDate start, LocalDate end, String format, boolean held) {
	}

	/**
	 * A date known to the day or only to the month ("en mars 2020").
	 *
	 * @param day the day, or null when only the month is known
	 * @param month the month (always set)
	 */
	public record EventDate(LocalDate day, YearMonth month) {

		/** Parses {@code 2020-03-12} or {@code 2020-03}. */
		public static EventDate parse(String text) {
			String t = text.trim();
			if (t.length() == 7) {
				return new EventDate(null, YearMonth.parse(t));
			}
			LocalDate day = LocalDate.parse(t);
			return new EventDate(day, YearMonth.from(day));
		}

		/**
		 * Whether a found date falls on this date (same day, or same month when only the
		 * month is known).
		 */
		public boolean matches(LocalDate found) {
			if (found == null) {
				return false;
			}
			return (this.day != null) ? this.day.equals(found) : this.month.equals(YearMonth.from(found));
		}

		@Override
		public String toString() {
			return (this.day != null) ? this.day.toString() : this.month.toString();
		}

	}

}
