package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.metrograph.ingest.annotate.ProseParse;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Evidence;

/**
 * The pipeline's finder of people in prose: runs {@link ProsePeopleFinder} on every
 * annotated segment of the document ({@link ProseParse}, absent when no annotator ran:
 * then it does nothing) and adds each person with the roles written around the name (raw
 * titles, which {@code RoleAffiliationFinder} turns into roles) and the body written
 * after it as affiliation. Each person's facts carry the finder that really read them
 * ({@code prose-apposition}, {@code prose-enumeration}, {@code prose-ner}) and its
 * confidence. A line a list or a table already read adds no one new, unless it is running
 * prose.
 */
public final class ProsePeople implements Finder {

	@Override
	public String name() {
		return "prose-ner";
	}

	@Override
	public double confidence() {
		return 0.75;
	}

	@Override
	public void find(ExtractionContext context) {
		Optional<ProseParse> parse = context.annotations().get(ProseParse.class);
		if (parse.isEmpty()) {
			return;
		}
		ProsePeopleFinder finder = finder(context, parse.get());
		Findings facts = context.findings();
		for (ProseParse.Piece piece : parse.get().pieces()) {
			for (ProsePerson p : finder.find(piece.segment().text())) {
				Evidence ev = evidence(piece, p);
				// a list or a table read this line: what it did not take for a person is
				// none, unless the line is running prose, which the parse reads better
				boolean claimed = context.claimed(piece.lineAt(p.begin()));
				Optional<PersonDraft> person = facts.person(parsed(p), ev, !claimed);
				if (person.isEmpty()) {
					continue;
				}
				PersonDraft draft = person.get();
				if (context.claimed(piece.lineAt(p.begin()))) {
					// a list or a table read this person's roles from the same line: a
					// second reading would only reword them (or take a neighbour's)
					continue;
				}
				for (ProseRole r : p.roles()) {
					if (draft.rawRoles().stream().noneMatch((known) -> known.title().equalsIgnoreCase(r.title()))) {
						facts.rawRole(draft, r.title(), ev);
					}
				}
				BodyRef body = p.affiliation();
				if (draft.affiliationId() == null && body != null && body.kind() != BodyKind.COMMUNE) {
					draft.affiliate(body.id(), body.kind() == BodyKind.METROPOLIS);
				}
			}
		}
	}

	/**
	 * The people finder for a document.
	 * @param context the document
	 * @param parse its annotations
	 * @return the finder, on the document's reference data and the annotator's gazetteer
	 */
	static ProsePeopleFinder finder(ExtractionContext context, ProseParse parse) {
		return new ProsePeopleFinder(context.reference(), parse.givenNames());
	}

	/**
	 * @param piece the segment a person was found in
	 * @param p the person
	 * @return the sentence naming them, attributed to the finder that read them
	 */
	static Evidence evidence(ProseParse.Piece piece, ProsePerson p) {
		return piece.evidence(p.sentenceBegin(), p.sentenceEnd()).by(p.extractor(), p.confidence());
	}

	/**
	 * @param p a person found in prose
	 * @return the name as the people book takes it
	 */
	static ParsedName parsed(ProsePerson p) {
		// a name wrapped over two lines ("Bérénice Vo" / "Thanh") is one name
		String name = p.name().replaceAll("\\s+", " ");
		String written = (p.honorific() != null) ? p.honorific() + " " + name : name;
		ParsedName.Strength strength = (p.honorific() != null || !p.roles().isEmpty()) ? ParsedName.Strength.STRONG
				: ParsedName.Strength.MEDIUM;
		// "Mme Van der Meulen": after an honorific, a particle starts a surname
		boolean surnameOnly = p.surnameOnly()
				|| (p.honorific() != null && ProsePeopleFinder.startsWithParticle(p.name()));
		return new ParsedName(written, name, surnameOnly, strength, p.begin(), p.end());
	}

	/**
	 * @param context the document
	 * @param piece the segment a person was found in
	 * @param p the person
	 * @return the person the document already holds under that name, if any
	 */
	static Optional<PersonDraft> known(ExtractionContext context, ProseParse.Piece piece, ProsePerson p) {
		return context.findings().person(parsed(p), evidence(piece, p), false);
	}

	/** The people of each piece, in order (for the event finder). */
	static List<List<ProsePerson>> peopleOf(ProsePeopleFinder finder, ProseParse parse) {
		List<List<ProsePerson>> out = new ArrayList<>();
		for (ProseParse.Piece piece : parse.pieces()) {
			out.add(finder.find(piece.segment().text()));
		}
		return out;
	}

}
