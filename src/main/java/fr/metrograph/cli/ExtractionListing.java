package fr.metrograph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.OrganizationMention;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.RoleFact;

/**
 * The text {@code extract} prints for one file: per document its kind and year, the
 * bodies, the people with their variants, affiliation and roles, and the meetings with
 * their dates, format, place, host and attendance. Ids are printed as they will be in the
 * graph, so that a researcher can look the same nodes up in Cypher.
 */
final class ExtractionListing {

	private ExtractionListing() {
	}

	static String render(String fileName, List<ExtractedDocument> documents) {
		StringBuilder out = new StringBuilder();
		out.append("== ")
			.append(fileName)
			.append(" : ")
			.append(documents.size())
			.append((documents.size() > 1) ? " documents\n" : " document\n");
		for (ExtractedDocument d : documents) {
			out.append("-- document ")
				.append(d.part())
				.append(" « ")
				.append(d.title())
				.append(" » (")
				.append(d.kind().code())
				.append(", année ")
				.append((d.year() != null) ? d.year() : "inconnue")
				.append(")\n");
			line(out, "Métropoles",
					d.metropolises().stream().map((m) -> m.id() + " « " + m.asWritten() + " »").toList());
			line(out, "Organisations",
					d.organizations()
						.stream()
						.filter((o) -> !"COMMUNE".equals(o.kind()))
						.map((o) -> o.id() + " « " + o.name() + " » [" + o.kind() + "]")
						.toList());
			line(out, "Communes",
					d.organizations().stream().filter((o) -> "COMMUNE".equals(o.kind())).map((o) -> o.name()).toList());
			Map<String, String> names = new LinkedHashMap<>();
			out.append("Personnes (").append(d.people().size()).append(") :\n");
			for (PersonMention p : d.people()) {
				names.put(p.id(), p.name());
				out.append("  - ")
					.append(p.name())
					.append("  ")
					.append(p.variants())
					.append(" — rattachement : ")
					.append((p.affiliationId() != null) ? p.affiliationId() : "inconnu")
					.append('\n');
				for (RoleFact r : d.roles()) {
					if (r.personId().equals(p.id())) {
						out.append("      rôle : ")
							.append(r.title())
							.append(" @ ")
							.append((r.atId() != null) ? r.atId() : "instance inconnue")
							.append('\n');
					}
				}
			}
			out.append("Réunions (").append(d.meetings().size()).append(") :\n");
			for (MeetingFact m : d.meetings()) {
				out.append("  - ").append((m.startDate() != null) ? m.startDate() : "date inconnue");
				if (m.endDate() != null && !m.endDate().equals(m.startDate())) {
					out.append(" → ").append(m.endDate());
				}
				out.append(" « ")
					.append(m.title())
					.append(" » [")
					.append(m.kind())
					.append("] format ")
					.append((m.format() != null) ? m.format() : "inconnu")
					.append(", lieu ")
					.append((m.place() != null) ? m.place() : "inconnu")
					.append(", hôte ")
					.append((m.hostId() != null) ? m.hostId() : "inconnu");
				if (m.partOfId() != null) {
					out.append(", partie de ").append(m.partOfId());
				}
				out.append('\n');
				String attendance = d.attendance()
					.stream()
					.filter((a) -> a.meetingId().equals(m.id()))
					.map((a) -> attendee(a, names))
					.collect(Collectors.joining(", "));
				if (!attendance.isEmpty()) {
					out.append("      présences : ").append(attendance).append('\n');
				}
			}
			if (!d.warnings().isEmpty()) {
				line(out, "Avertissements", d.warnings());
			}
		}
		return out.toString();
	}

	private static String attendee(AttendanceFact a, Map<String, String> names) {
		String who = names.getOrDefault(a.personId(), a.personId());
		String status = (a.status() != null) ? a.status().name().toLowerCase(java.util.Locale.ROOT) : "statut inconnu";
		return who + " (" + status + ", "
				+ ((a.capacity() != null) ? a.capacity().name().toLowerCase(java.util.Locale.ROOT) : "qualité inconnue")
				+ ")";
	}

	private static void line(StringBuilder out, String label, List<String> items) {
		out.append(label)
			.append(" (")
			.append(items.size())
			.append(") : ")
			.append(items.isEmpty() ? "aucune" : String.join(" ; ", items))
			.append('\n');
	}

}
