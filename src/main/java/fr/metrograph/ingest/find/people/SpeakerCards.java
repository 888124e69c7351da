package fr.metrograph.ingest.find.people;

import java.util.Optional;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.bodies.Communes;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.reference.BodyMatch;

/**
 * A speaker's card in a list, as event pages write them, a paragraph each: the name, the
 * title, then the person's structure (« Karim Ould-Braham » / « Adjoint au maire… » / «
 * Ville de Metz »). {@link ListBlockFinder} reads the name and the title; the structure
 * is read here.
 */
final class SpeakerCards {

	private SpeakerCards() {
	}

	/**
	 * The line under a card's title: the person's structure (a body, « Ville de Metz »),
	 * which is no one's title and no sub-heading over the next cards. A line that names
	 * no body wholly is left to the list's other rules.
	 * @return whether the segment was the structure, read
	 */
	static boolean structure(ExtractionContext context, PersonDraft person, String segText, Evidence ev) {
		if (RoleClassifier.startsWithTitle(segText) || Lines.isListItem(segText) || segText.endsWith(":")
				|| context.names().atStart(segText, false).isPresent()) {
			return false;
		}
		Optional<BodyMatch> body = context.reference()
			.find(segText)
			.stream()
			.filter((b) -> b.isBody() && b.start() == 0 && b.end() >= segText.length() - 1)
			.findFirst();
		if (body.isPresent()) {
			if (person.affiliationId() == null) {
				person.affiliate(body.get().id(), body.get().metropolis());
			}
			if (body.get().metropolis()) {
				context.findings().metropolis(body.get().id(), body.get().asWritten(), ev);
			}
			return true;
		}
		Communes.Commune commune = Communes.in(segText);
		if (commune != null && commune.start() == 0 && commune.end() >= segText.length() - 1) {
			context.findings().organization(commune.id(), commune.name(), Communes.KIND, ev);
			if (person.affiliationId() == null) {
				person.affiliate(commune.id(), false);
			}
			return true;
		}
		return false;
	}

}
