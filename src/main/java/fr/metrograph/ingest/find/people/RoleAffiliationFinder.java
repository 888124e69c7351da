package fr.metrograph.ingest.find.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.bodies.Communes;
import fr.metrograph.ingest.find.bodies.DevelopmentCouncils;
import fr.metrograph.ingest.find.bodies.ResearchBodies;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.find.names.RoleTitles;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.RoleCategory;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * Turns the role titles the people finders read into roles, and completes affiliations.
 * Runs after every people finder.
 * <ul>
 * <li>Affiliation, when no list gave one: the body named in the first role, else (an
 * organiser or facilitator) the meeting's host, else the body or the commune named in any
 * role.</li>
 * <li>Each role is held at the commune it names ("adjointe au maire de Bordeaux", "Maire
 * des Sorinières" → {@code ville-de-…}, never the metropolis), else the body it names,
 * else the person's affiliation; its category (elected, staff, other) comes from its
 * title words, its year from the document.</li>
 * </ul>
 * A council office ("présidente", "co-président", "vice-présidents du Codev") that names
 * no body, in a passage that speaks of a council of development, is held at the council
 * when the document names only one. Any other office that names no body (president,
 * vice-president, metropolitan councillor, representative) is held at the metropolis
 * whose paper the document is, when its first lines name one.
 * <p>
 * A title is cut before an e-mail address, a date or a web page's navigation
 * ({@link RoleTitles}); the roles keep the passage and finder that read their titles.
 */
public final class RoleAffiliationFinder implements Finder {

	/**
	 * An office of a council: "présidente", "co-président", "vice-présidents du Codev".
	 */
	private static final Pattern COUNCIL_OFFICE = Pattern.compile(
			"(?iU)\\s*(?:co-?|vice-)?pr[ée]sident(?:e|s|es|·e|\\.e)?(?:\\s+(?:du|de la)\\s+(?:conseil de d[ée]veloppement|codev|conseil))?\\s*");

	/** The passage speaks of a council of development. */
	private static final Pattern COUNCIL_WORDS = Pattern
		.compile("(?iU)\\bconseil de d[ée]veloppement\\b|\\bcodev\\b|\\b(?:le|du|au) conseil\\b"
				+ "(?!\\s+(?:de\\s+la\\s+m[ée]tropole|de\\s+l['’]eurom[ée]tropole|m[ée]tropolitain|municipal|communautaire))");

	/**
	 * An office held at the body whose paper the document is, when its title names none:
	 * the president, a vice-president, a metropolitan councillor, the session's
	 * secretary, a representative it designates.
	 */
	private static final Pattern OWNER_OFFICE = Pattern.compile(
			"(?iU)\\s*(?:\\d{1,2}(?:er|re|e|[èe]me)\\s+)?(?:(?:co-?|vice-)?pr[ée]sident|conseill\\p{L}+\\s+(?:euro)?m[ée]tropolitain|conseill\\p{L}+\\s+d[ée]l[ée]gu|secr[ée]taire de s[ée]ance|repr[ée]sentant)");

	/** The longest line a list's heading holds. */
	private static final int HEADING_LENGTH = 90;

	/** "à la Métropole", "de l'Eurométropole": the metropolis without its name. */
	private static final Pattern THE_METROPOLIS = Pattern
		.compile("(?iU)\\b(?:la|l['’])\\s*(?:euro)?m[ée]tropole\\b(?!\\s+(?:de|du|d['’]|\\p{Lu}))");

	@Override
	public String name() {
		return "role-affiliation";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		Findings facts = context.findings();
		String meeting = context.mainMeetingId();
		MeetingFact main = context.mainMeeting().orElse(null);
		DocumentMetropolis metropolis = new DocumentMetropolis(context);
		for (PersonDraft p : facts.people()) {
			Set<Capacity> caps = (meeting != null) ? facts.capacities(p, meeting) : Set.of();
			if (p.affiliationId() == null && !p.rawRoles().isEmpty()) {
				PersonDraft.RawRole first = p.rawRoles().get(0);
				bodyIn(context, first.title()).ifPresent((b) -> affiliate(context, p, b, first));
			}
			if (p.affiliationId() == null) {
				researchAffiliation(context, p);
			}
			if (p.affiliationId() == null && main != null && main.hostId() != null
					&& (caps.contains(Capacity.ORGANISER) || caps.contains(Capacity.FACILITATOR))) {
				p.affiliate(main.hostId(), main.hostIsMetropolis());
			}
			if (p.affiliationId() == null) {
				affiliationFromRoles(context, p);
			}
			if (p.affiliationId() == null && !p.rawRoles().isEmpty()) {
				PersonDraft.RawRole first = p.rawRoles().get(0);
				bodyHeadingAbove(context, first.evidence().fromLine())
					.ifPresent((b) -> affiliate(context, p, b, first));
			}
			if (p.affiliationId() == null
					&& p.rawRoles().stream().anyMatch((r) -> OWNER_OFFICE.matcher(r.title()).lookingAt())) {
				metropolis.owner().ifPresent((b) -> affiliate(context, p, b, p.rawRoles().get(0)));
			}
			if (p.affiliationId() == null && p.rawRoles()
				.stream()
				.anyMatch((r) -> RoleClassifier.classify(r.title()) == RoleCategory.STAFF)) {
				// a post in a service under a metropolis's letterhead: "directrice de la
				// participation citoyenne" in its job offer (not under a sentence or a
				// signature that names it)
				metropolis.letterhead().ifPresent((b) -> affiliate(context, p, b, p.rawRoles().get(0)));
			}
			for (PersonDraft.RawRole r : p.rawRoles()) {
				for (String title : RoleTitles.mandates(RoleTitles.clean(r.title()))) {
					// a title never holds someone else's name: lines a finder ran
					// together
					if (context.names().findAll(title).stream().allMatch((n) -> n.surnameOnly())) {
						role(context, p, r, title, metropolis);
					}
				}
			}
		}
	}

	/** Records one role: at the commune or body its title names, else the affiliation. */
	private static void role(ExtractionContext context, PersonDraft p, PersonDraft.RawRole r, String title,
			DocumentMetropolis metropolis) {
		Findings facts = context.findings();
		String at = p.affiliationId();
		boolean atMetro = p.affiliationIsMetropolis();
		List<DevelopmentCouncils.Council> councils = DevelopmentCouncils.all(title, context.reference());
		Communes.Commune c = councils.isEmpty() ? Communes.in(title) : null;
		Optional<BodyMatch> b = (councils.isEmpty() && c == null) ? bodyIn(context, title) : Optional.empty();
		if (councils.isEmpty() && c == null && b.isEmpty() && COUNCIL_OFFICE.matcher(title).matches()
				&& (COUNCIL_WORDS.matcher(title).find() || COUNCIL_WORDS.matcher(r.evidence().text()).find())) {
			// "sa co-présidente", "président du Conseil de développement": the
			// council the passage speaks of, when the document names only one
			List<DevelopmentCouncils.Council> named = DevelopmentCouncils.all(context.lines().joined(),
					context.reference());
			if (!named.isEmpty() && named.stream().allMatch((n) -> n.id().equals(named.get(0).id()))) {
				councils = named;
			}
		}
		if (!councils.isEmpty()) {
			// "présidente du Conseil de développement de Rennes Métropole": the council's
			DevelopmentCouncils.Council council = councils.get(0);
			at = council.id();
			atMetro = false;
			facts.organization(council.id(), council.name(), DevelopmentCouncils.KIND, r.evidence());
		}
		else if (c != null) {
			at = c.id();
			atMetro = false;
			facts.organization(c.id(), c.name(), Communes.KIND, r.evidence());
		}
		else if (b.isPresent()) {
			at = b.get().id();
			atMetro = b.get().metropolis();
			if (atMetro) {
				facts.metropolis(at, b.get().asWritten(), r.evidence());
			}
		}
		else if (!atMetro && OWNER_OFFICE.matcher(title).lookingAt() && metropolis.owner().isPresent()) {
			// "3e vice-présidente, en charge de la démocratie locale" on the metropolis's
			// page: its office, even when the person's other mandate is a commune's (a
			// person of another metropolis keeps hers)
			at = metropolis.owner().get().id();
			atMetro = true;
		}
		else if (THE_METROPOLIS.matcher(title).find() && metropolis.any().isPresent()) {
			// "chef du projet Plan climat à la Métropole": the document's metropolis
			at = metropolis.any().get().id();
			atMetro = true;
		}
		else {
			// "géographe à l'Université de Bourgogne", "chercheur au laboratoire PACTE"
			Optional<ResearchBodies.Found> research = research(context, title, r);
			if (research.isPresent()) {
				at = ResearchBodies.record(facts, research.get(), r.evidence());
				atMetro = false;
			}
		}
		facts.role(p, title, RoleClassifier.classify(title), at, atMetro, context.year(), r.evidence());
	}

	private static void affiliationFromRoles(ExtractionContext context, PersonDraft p) {
		for (PersonDraft.RawRole r : p.rawRoles()) {
			Optional<BodyMatch> b = bodyIn(context, r.title());
			if (b.isPresent()) {
				affiliate(context, p, b.get(), r);
				return;
			}
			Communes.Commune c = Communes.in(r.title());
			if (c != null) {
				p.affiliate(c.id(), false);
				context.findings().organization(c.id(), c.name(), Communes.KIND, r.evidence());
				return;
			}
		}
	}

	/** A researcher's unit or university, named in a title when no other body is. */
	private static void researchAffiliation(ExtractionContext context, PersonDraft p) {
		for (PersonDraft.RawRole r : p.rawRoles()) {
			if (bodyIn(context, r.title()).isPresent() || Communes.in(r.title()) != null) {
				return;
			}
			Optional<ResearchBodies.Found> research = research(context, r.title(), r);
			if (research.isPresent()) {
				p.affiliate(ResearchBodies.record(context.findings(), research.get(), r.evidence()), false);
				return;
			}
		}
	}

	/**
	 * The research body a title names, by its whole name in the passage the title was
	 * read from: a title cut before a metropolis's name keeps "Université Clermont" of
	 * "Université Clermont Auvergne".
	 */
	private static Optional<ResearchBodies.Found> research(ExtractionContext context, String title,
			PersonDraft.RawRole r) {
		List<ResearchBodies.Found> inTitle = ResearchBodies.in(title);
		if (inTitle.isEmpty()) {
			return Optional.empty();
		}
		ResearchBodies.Found found = inTitle.get(0);
		int cut = found.name().length();
		return Optional.of(ResearchBodies.in(r.evidence().text().replaceAll("\\s+", " "))
			.stream()
			.filter((f) -> f.name().startsWith(found.name())
					&& context.reference().find(f.name()).stream().anyMatch((b) -> b.start() < cut && b.end() > cut))
			.findFirst()
			.orElse(found));
	}

	private static void affiliate(ExtractionContext context, PersonDraft p, BodyMatch b, PersonDraft.RawRole r) {
		p.affiliate(b.id(), b.metropolis());
		if (b.metropolis()) {
			context.findings().metropolis(b.id(), b.asWritten(), r.evidence());
		}
	}

	/**
	 * The body named by the heading of the list an item is in: "Commission nationale du
	 * débat public (CNDP)" over "- M. Hervé DANTEC, vice-président ;", as hearing lists,
	 * directories and members' pages group people.
	 */
	private static Optional<BodyMatch> bodyHeadingAbove(ExtractionContext context, int line) {
		TextLines doc = context.lines();
		if (line <= doc.first() || line > doc.last() || !Lines.isListItem(doc.line(line))) {
			return Optional.empty();
		}
		for (int n = line - 1; n >= doc.first(); n--) {
			String above = doc.line(n).strip();
			if (above.isEmpty() || Lines.isListItem(above)) {
				continue;
			}
			if (above.length() > HEADING_LENGTH) {
				return Optional.empty();
			}
			String name = above.replaceAll("[*:#\\s]+$", "").replaceAll("^[#*\\s]+", "");
			name = name.replaceAll("\\s*\\([^)]*\\)$", "").strip();
			return context.reference().whole(name).filter(BodyMatch::isBody);
		}
		return Optional.empty();
	}

	private static Optional<BodyMatch> bodyIn(ExtractionContext context, String text) {
		return context.reference().find(text).stream().filter(BodyMatch::isBody).findFirst();
	}

}
