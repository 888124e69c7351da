package fr.metrograph.ingest.find.bodies;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * The bodies a document names, paragraph by paragraph: metropolises and organisations of
 * the reference lists (a bare city name only where it does not read as the city, see
 * {@link fr.metrograph.reference.ReferenceData#find}), and communes named as such
 * ({@link Communes}).
 */
public final class BodyMentionFinder implements Finder {

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
		for (TextLines.Paragraph p : context.paragraphs()) {
			String j = p.lines().joined();
			for (BodyMatch b : context.reference().find(j)) {
				if (!b.isBody()) {
					continue;
				}
				var ev = p.lines().evidenceOfSpan(b.start(), b.end());
				if (b.metropolis()) {
					facts.metropolis(b.id(), b.asWritten(), ev);
				}
				else {
					var org = context.reference().organization(b.id()).orElseThrow();
					facts.organization(org.id(), org.name(), org.kind(), ev);
				}
			}
			for (Communes.Commune c : Communes.all(j)) {
				facts.organization(c.id(), c.name(), Communes.KIND, p.lines().evidenceOfSpan(c.start(), c.end()));
			}
		}
	}

}
