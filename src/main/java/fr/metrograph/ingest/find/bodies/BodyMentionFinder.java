package fr.metrograph.ingest.find.bodies;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.CommuneGazetteer;

/**
 * The bodies a document names in its running text, paragraph by paragraph:
 * <ul>
 * <li>metropolises and organisations of the reference lists named in full ("Rennes
 * Métropole", "la MEL", "ICPC"), unless the name is part of another organisation's name
 * ("conseil de développement de Metz Métropole", "Université Clermont Auvergne");</li>
 * <li>a bare city name ("Grenoble") is the city, a commune ({@code ville-de-grenoble}),
 * unless its context makes it the metropolis ({@link BareCities}); lines a list or a
 * table read (where "(Rennes)" is a person's body, and a member list's "Grenoble" the
 * metropolis) are left to those finders;</li>
 * <li>communes named as such ("maire de X", "Ville de X") or by the bare name of a
 * commune of a listed metropolis in a place's context ({@link NamedCommunes}), and
 * councils of development named with their territory ({@link DevelopmentCouncils}), and
 * universities and research units ({@link ResearchBodies}).</li>
 * </ul>
 * Runs after the list and table finders. A city read from a bare name is less sure (0.7)
 * than a body named in full.
 */
public final class BodyMentionFinder implements Finder {

	private static final double BARE_CITY = 0.7;

	@Override
	public String name() {
		return "body-mention";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		Findings facts = context.findings();
		Set<String> people = new HashSet<>();
		for (PersonDraft person : facts.people()) {
			people.addAll(person.variants());
		}
		for (TextLines.Paragraph p : context.paragraphs()) {
			String j = p.lines().joined();
			List<BodyMatch> matches = context.reference().find(j);
			boolean[] metropolis = BareCities.metropolis(j, matches);
			for (int i = 0; i < matches.size(); i++) {
				BodyMatch b = matches.get(i);
				Evidence ev = p.lines().evidenceOfSpan(b.start(), b.end());
				if (b.bareCity() && context.claimed(p.lines().lineAt(b.start()))) {
					continue;
				}
				if (metropolis[i]) {
					body(context, b, b.bareCity() ? ev.by(name(), BARE_CITY) : ev);
				}
				else if (b.isCityInText()) {
					city(context, b, ev.by(name(), BARE_CITY));
				}
			}
			for (CommuneGazetteer.Found f : NamedCommunes.in(j, matches, context.reference(), people)) {
				Communes.Commune c = Communes.named(f.commune().name());
				facts.organization(c.id(), c.name(), Communes.KIND,
						p.lines().evidenceOfSpan(f.start(), f.end()).by(name(), BARE_CITY));
			}
			for (Communes.Commune c : Communes.all(j)) {
				facts.organization(c.id(), c.name(), Communes.KIND, p.lines().evidenceOfSpan(c.start(), c.end()));
			}
			for (DevelopmentCouncils.Council c : DevelopmentCouncils.all(j, context.reference())) {
				facts.organization(c.id(), c.name(), DevelopmentCouncils.KIND,
						p.lines().evidenceOfSpan(c.start(), c.end()));
			}
			for (ResearchBodies.Found f : ResearchBodies.in(j)) {
				ResearchBodies.Found kept = withinLine(p.lines(), j, f, matches);
				if (kept != null) {
					ResearchBodies.record(facts, kept, p.lines().evidenceOfSpan(kept.start(), kept.end()));
				}
			}
		}
	}

	/**
	 * A university's name stops at the end of its line ("l'Université de Lille" /
	 * "Christine Dupont, …"), unless a body's name runs over the break ("Université
	 * Clermont" / "Auvergne, …", "Université de" / "Toulon").
	 */
	private static ResearchBodies.Found withinLine(TextLines lines, String joined, ResearchBodies.Found f,
			List<BodyMatch> bodies) {
		int line = lines.lineAt(f.start());
		int end = f.start();
		while (end < f.end() && lines.lineAt(end) == line) {
			end++;
		}
		if (end >= f.end()) {
			return f;
		}
		for (BodyMatch b : bodies) {
			if (b.start() < end && b.end() >= f.end()) {
				return f;
			}
		}
		return ResearchBodies.cut(joined, f, end);
	}

	private static void body(ExtractionContext context, BodyMatch b, Evidence ev) {
		if (b.metropolis()) {
			context.findings().metropolis(b.id(), b.asWritten(), ev);
		}
		else {
			var org = context.reference().organization(b.id()).orElseThrow();
			context.findings().organization(org.id(), org.name(), org.kind(), ev);
		}
	}

	private static void city(ExtractionContext context, BodyMatch b, Evidence ev) {
		// the seat's own spelling: "GRENOBLE" in an agenda is the Ville de Grenoble
		String seat = context.reference().metropolis(b.id()).map((m) -> m.seat()).orElse(b.asWritten());
		Communes.Commune c = Communes.named(seat);
		context.findings().organization(c.id(), c.name(), Communes.KIND, ev);
	}

}
