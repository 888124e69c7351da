package fr.metrograph.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import fr.metrograph.evaluation.DocumentScore.MeetingDetails;

/**
 * Writes an {@link EvaluationReport} as French plain text: the micro-averaged table per
 * entity type, meeting details, years, invented people, F1 per folder and per shape, the
 * worst documents and, on request, every error of every document. An unknown figure
 * (nothing found, or nothing expected) is written "—", never 0.
 */
public final class ReportText {

	private ReportText() {
	}

	/**
	 * @param report the scores
	 * @param worst how many of the weakest documents to list
	 * @param details whether to list every missed and wrong entity of every document
	 * @return the text, lines ending in {@code \n}
	 */
	public static String render(EvaluationReport report, int worst, boolean details) {
		StringBuilder out = new StringBuilder();
		List<DocumentScore> docs = report.documents();
		String folders = report.byFolder()
			.keySet()
			.stream()
			.map((f) -> f + " " + docs.stream().filter((d) -> d.gold().folder().equals(f)).count())
			.collect(Collectors.joining(", "));
		out.append(
				String.format(Locale.FRANCE, "Évaluation de l'extraction : %d documents (%s), extraction en %.1f s%n",
						docs.size(), folders, report.extractionMillis() / 1000.0));
		out.append("Moyennes micro sur tous les documents. VP : attendus et trouvés ; FP : trouvés à tort ; "
				+ "FN : attendus mais non trouvés.\n\n");
		out.append(String.format("%-16s %10s %8s %6s %6s %6s %6s%n", "Type", "Précision", "Rappel", "F1", "VP", "FP",
				"FN"));
		report.totals()
			.forEach((type,
					t) -> out.append(String.format("%-16s %10s %8s %6s %6d %6d %6d%n", type.label(),
							figure(t.precision()), figure(t.recall()), figure(t.f1()), t.truePositives(),
							t.falsePositives(), t.falseNegatives())));
		out.append('\n');
		MeetingDetails m = report.meetingDetails();
		out.append(String.format(
				"Réunions propres aux documents trouvées : %d/%d ; réunions retrouvées : date de fin juste %d/%d, "
						+ "format juste %d/%d%n",
				m.heldFound(), m.heldExpected(), m.endRight(), m.endChecked(), m.formatRight(), m.formatChecked()));
		out.append(String.format("Année du document juste : %d/%d%n", report.yearsRight(), docs.size()));
		out.append(String.format("Type de document juste : %d/%d%n", report.kindsRight(), report.kindsChecked()));
		List<DocumentScore> none = report.namingNoOne();
		out.append(
				String.format("Personnes inventées dans les documents qui ne nomment personne : %d (%d documents)%s%n",
						report.inventedPeople(), none.size(), invented(none)));
		List<String> unread = docs.stream()
			.filter((d) -> d.readError() != null)
			.map((d) -> d.gold().fileName() + " : " + d.readError())
			.toList();
		if (!unread.isEmpty()) {
			out.append("Documents illisibles : ").append(String.join(" ; ", unread)).append('\n');
		}
		out.append("\nF1 par dossier :\n").append(f1Table("Dossier", report.byFolder()));
		out.append("\nF1 par forme de document :\n").append(f1Table("Forme", report.byShape()));
		out.append(
				String.format("%nLes %d documents les plus faibles (F1 tous types confondus ; VP/FP/FN par type) :%n",
						Math.min(worst, docs.size())));
		for (DocumentScore d : report.worst(worst)) {
			out.append(String.format("  %-48s %s  %s%n", d.gold().folder() + "/" + d.gold().fileName(),
					figure(d.overall().f1()), counts(d)));
		}
		if (details) {
			out.append("\nErreurs par document (- attendu non trouvé, + trouvé à tort) :\n");
			for (DocumentScore d : docs) {
				out.append(errors(d));
			}
		}
		return out.toString();
	}

	private static String invented(List<DocumentScore> none) {
		String names = none.stream()
			.filter((d) -> !d.invented().isEmpty())
			.map((d) -> d.gold().fileName() + " : " + String.join(", ", d.invented()))
			.collect(Collectors.joining(" ; "));
		return names.isEmpty() ? "" : " — " + names;
	}

	private static String f1Table(String first, Map<String, Map<EntityType, Tally>> rows) {
		StringBuilder out = new StringBuilder(String.format("  %-20s", first));
		for (EntityType type : EntityType.values()) {
			out.append(String.format(" %15s", type.label()));
		}
		out.append('\n');
		rows.forEach((name, totals) -> {
			out.append(String.format("  %-20s", name));
			for (EntityType type : EntityType.values()) {
				Tally t = totals.get(type);
				out.append(String.format(" %15s", (t != null) ? figure(t.f1()) : "—"));
			}
			out.append('\n');
		});
		return out.toString();
	}

	private static String counts(DocumentScore d) {
		return d.tallies()
			.entrySet()
			.stream()
			.map((e) -> e.getKey().label() + " " + e.getValue().truePositives() + "/" + e.getValue().falsePositives()
					+ "/" + e.getValue().falseNegatives())
			.collect(Collectors.joining(" · "));
	}

	private static String errors(DocumentScore d) {
		StringBuilder out = new StringBuilder();
		for (EntityType type : EntityType.values()) {
			List<String> missed = d.missed().getOrDefault(type, List.of());
			List<String> wrong = d.spurious().getOrDefault(type, List.of());
			missed.forEach((x) -> out.append("    - ").append(type.label()).append(" : ").append(x).append('\n'));
			wrong.forEach((x) -> out.append("    + ").append(type.label()).append(" : ").append(x).append('\n'));
		}
		if (!d.yearRight()) {
			out.append("    année : attendue ")
				.append(d.gold().year())
				.append(", trouvée ")
				.append(d.foundYear())
				.append('\n');
		}
		if (d.kindChecked() && !d.kindRight()) {
			out.append("    type : attendu ")
				.append(d.gold().kind())
				.append(", trouvé ")
				.append(d.foundKind())
				.append('\n');
		}
		return out.isEmpty() ? "" : "  " + d.gold().folder() + "/" + d.gold().fileName() + "\n" + out;
	}

	/** Two decimals, French style ("0,81"), or "—" when unknown. */
	static String figure(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.FRANCE, "%.2f", value.getAsDouble()) : "—";
	}

}
