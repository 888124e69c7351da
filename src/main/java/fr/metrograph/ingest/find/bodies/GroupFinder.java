package fr.metrograph.ingest.find.bodies;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Facts.GroupFact;
import fr.metrograph.ingest.split.Groups;

/**
 * The network group a document is about, when it reports something of it: an annual
 * summary (of the agents' group when it does not say which), or a document in which
 * meetings were found. Runs last.
 */
public final class GroupFinder implements Finder {

	@Override
	public String name() {
		return "group";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		boolean annual = context.kind() == DocumentKind.ANNUAL_SUMMARY;
		String group = context.group();
		if (group == null && annual) {
			group = Groups.AGENTS;
		}
		if (group != null && (annual || !context.findings().meetings().isEmpty())) {
			int line = context.part().firstNonBlank();
			context.findings().group(new GroupFact(group, Groups.name(group), context.lines().evidence(line, line)));
		}
	}

}
