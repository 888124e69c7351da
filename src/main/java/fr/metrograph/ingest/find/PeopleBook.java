package fr.metrograph.ingest.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Conflict;
import fr.metrograph.ingest.model.Facts.UnresolvedMention;
import fr.metrograph.ingest.model.PersonNames;

/**
 * The people of one document, merged as the finders read them: a new form is attached to
 * a known person when {@link PersonNames#likelySame} says so; an honorific with a surname
 * alone ("Mme Troadec") is that person when exactly one known person has the surname, and
 * an {@link UnresolvedMention} when several do ("Mme Lefebvre" with two Lefebvre), never
 * a guess. Each merge of a spelling that really differs (a typo, not case or accents) is
 * recorded as a {@code name_variant} conflict. A first name in initials ("M.-L. Diallo")
 * is the one known person whose first names have those initials.
 */
final class PeopleBook {

	/** A first name in initials, then the surname: "M.-L. Diallo", "S. MARCHETTI". */
	private static final Pattern INITIALS = Pattern.compile("(?U)(\\p{Lu}\\.(?:-?\\p{Lu}\\.)*)\\s+(.+)");

	private final Findings findings;

	private final List<PersonDraft> people = new ArrayList<>();

	PeopleBook(Findings findings) {
		this.findings = findings;
	}

	List<PersonDraft> people() {
		return this.people;
	}

	/**
	 * Registers a person name, merging with a known person when likely the same.
	 * @param parsed the parsed name
	 * @param evidence where it was read
	 * @param create whether an unknown full name creates a person
	 * @return the person, if known or created
	 */
	Optional<PersonDraft> person(ParsedName parsed, Evidence evidence, boolean create) {
		String written = parsed.asWritten().replace("*", "").replaceAll("\\s+", " ").strip();
		if (parsed.surnameOnly()) {
			return bySurname(parsed, written, evidence);
		}
		for (PersonDraft p : this.people) {
			if (PersonNames.likelySame(p.display(), parsed.name())) {
				addVariant(p, written, evidence);
				return Optional.of(p);
			}
		}
		Optional<PersonDraft> initials = byInitials(parsed.name());
		if (initials.isPresent()) {
			addVariant(initials.get(), written, evidence);
			return initials;
		}
		Optional<PersonDraft> known = inInitials(parsed.name());
		if (known.isPresent()) {
			String before = known.get().id();
			known.get().fullName(parsed.display());
			this.findings.personRenamed(before, known.get().id());
			addVariant(known.get(), written, evidence);
			return known;
		}
		if (!create) {
			return Optional.empty();
		}
		PersonDraft p = new PersonDraft(parsed.display(), this.findings.stamp(evidence));
		p.variants().add(written);
		this.people.add(p);
		return Optional.of(p);
	}

	private Optional<PersonDraft> bySurname(ParsedName parsed, String written, Evidence evidence) {
		String sk = PersonNames.key(parsed.name());
		List<PersonDraft> fitting = this.people.stream()
			.filter((p) -> PersonNames.key(p.display()).endsWith(" " + sk))
			.toList();
		if (fitting.size() == 1) {
			addVariant(fitting.get(0), written, evidence);
			return Optional.of(fitting.get(0));
		}
		if (fitting.size() > 1) {
			this.findings
				.unresolved(UnresolvedMention.person(written, fitting.stream().map(PersonDraft::id).toList(),
						"Le nom « " + written + " » peut désigner " + fitting.size() + " personnes du document : "
								+ String.join(", ", fitting.stream().map(PersonDraft::display).toList()) + ".",
						evidence));
		}
		return Optional.empty();
	}

	/**
	 * "M.-L. Diallo" after "Mamadou Lamine Diallo", "J.-P. Martin" after "Jean-Pierre
	 * Martin": a first name in initials is the one known person of that surname whose
	 * first names have those initials; nobody when none or several have them.
	 */
	private Optional<PersonDraft> byInitials(String name) {
		Matcher m = INITIALS.matcher(name.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String letters = letters(m.group(1));
		String surname = PersonNames.key(m.group(2));
		List<PersonDraft> fitting = this.people.stream()
			.filter((p) -> initialsFit(letters, PersonNames.key(p.display()), surname))
			.toList();
		return (fitting.size() == 1) ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	/**
	 * "Hervé Quélennec" after "H. Quélennec": the one known person read in initials whose
	 * initials are the full name's first names'; nobody when none or several are.
	 */
	private Optional<PersonDraft> inInitials(String name) {
		String key = PersonNames.key(name);
		List<PersonDraft> fitting = this.people.stream().filter((p) -> {
			Matcher m = INITIALS.matcher(p.display().strip());
			return m.matches() && initialsFit(letters(m.group(1)), key, PersonNames.key(m.group(2)));
		}).toList();
		return (fitting.size() == 1) ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	/** The letters of initials: "ml" for "M.-L.". */
	private static String letters(String initials) {
		return Slugs.fold(initials).replaceAll("[^a-z]", "");
	}

	/**
	 * Whether initials stand for a full name's first names, the surnames being the same.
	 * One initial stands for the first given name only: "J." may be Jean-Pierre.
	 * @param letters the initials' letters ("ml" for "M.-L.")
	 * @param fullKey the full name's key
	 * @param surname the surname's key
	 */
	private static boolean initialsFit(String letters, String fullKey, String surname) {
		if (surname.isEmpty() || letters.isEmpty() || !fullKey.endsWith(" " + surname)) {
			return false;
		}
		StringBuilder first = new StringBuilder();
		for (String word : fullKey.substring(0, fullKey.length() - surname.length() - 1).split(" ")) {
			if (!word.isEmpty()) {
				first.append(word.charAt(0));
			}
		}
		return !first.isEmpty()
				&& ((letters.length() == 1) ? first.charAt(0) == letters.charAt(0) : first.toString().equals(letters));
	}

	private void addVariant(PersonDraft p, String written, Evidence evidence) {
		if (p.variants().contains(written)) {
			return;
		}
		p.variants().add(written);
		// Case, accents, hyphens and honorifics are the same name: nothing to review.
		// Only a
		// spelling that really differs (a typo) is a decision a curator may want to see.
		String key = PersonNames.key(written);
		if (p.variants().stream().limit(p.variants().size() - 1).anyMatch((v) -> PersonNames.key(v).equals(key))) {
			return;
		}
		String first = p.variants().get(0);
		this.findings.conflict(new Conflict("name_variant", p.id(),
				"Le nom « " + written + " » (ligne " + evidence.lines() + ") est une variante de « " + first + " ».",
				"Fusionné avec « " + p.display() + " » : même prénom et nom à une lettre près ; "
						+ "pour les séparer, ajoutez-les à people.distinct dans data/curation.yml.",
				evidence));
	}

}
