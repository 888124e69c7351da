package fr.metrograph.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import fr.metrograph.copresence.bench.AttendanceGenerator;
import fr.metrograph.copresence.bench.AttendanceGenerator.Attendance;

/**
 * Writes a large attendance sheet (CSV, {@code ;}, the columns coordinators use) from
 * {@link AttendanceGenerator#sheets()}: one row per person at a meeting, so the sheet of
 * 20,000 people and 5,000 meetings has about 98k rows and the one ten times larger about
 * 973k (20 MB). Deterministic for a seed. Each person belongs to one of 22 métropoles of
 * the reference list (the sheet's {@code métropole} column, so participations and
 * affiliations are written too), and 5 % of the rows are excused.
 * <p>
 * Names are built so that two generated people are never one person to the resolver:
 * first names come from a small pool (so the fuzzy matcher has many candidates per block,
 * as in real data), and each surname spells the person's number twice in letters, so two
 * surnames always differ in at least two places.
 */
public final class SheetGenerator {

	private static final String[] METROPOLISES = { "Bordeaux Métropole", "Nantes Métropole", "Rennes Métropole",
			"Grenoble Alpes Métropole", "Métropole Européenne de Lille", "Eurométropole de Strasbourg",
			"Métropole de Lyon", "Toulouse Métropole", "Métropole Rouen Normandie", "Métropole du Grand Nancy",
			"Brest Métropole", "Metz Métropole", "Montpellier Méditerranée Métropole", "Dijon Métropole",
			"Orléans Métropole", "Plaine Commune", "Clermont Auvergne Métropole", "Métropole d'Aix-Marseille-Provence",
			"Tours Métropole Val de Loire", "Saint-Étienne Métropole", "Nice Côte d'Azur",
			"Toulon Provence Méditerranée" };

	private static final String[] FIRST = { "Camille", "Claire", "Julien", "Nadia", "Thomas", "Sophie", "Karim",
			"Élodie", "Mathieu", "Hélène", "Paul", "Inès", "Antoine", "Lucie", "Olivier", "Fatima", "Bruno", "Agnès",
			"Rémi", "Sandrine" };

	/**
	 * What was written.
	 *
	 * @param file the sheet
	 * @param rows data rows (header excluded)
	 * @param people distinct people
	 * @param meetings distinct meetings
	 * @param bytes file size
	 */
	public record Sheet(Path file, int rows, int people, int meetings, long bytes) {
	}

	private final long seed;

	public SheetGenerator(long seed) {
		this.seed = seed;
	}

	/** Writes the sheet of {@code people} people at {@code meetings} meetings. */
	public Sheet write(Path file, int people, int meetings) throws IOException {
		Attendance attendance = AttendanceGenerator.sheets().generate(people, meetings, this.seed);
		SplittableRandom random = new SplittableRandom(this.seed + 1);
		Files.createDirectories(file.toAbsolutePath().getParent());
		boolean[] seen = new boolean[people];
		int distinct = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("personne;réunion;date;métropole;statut\n");
			for (int i = 0; i < attendance.pairs(); i++) {
				int p = attendance.person()[i];
				int m = attendance.meeting()[i];
				if (!seen[p]) {
					seen[p] = true;
					distinct++;
				}
				out.write(name(p));
				out.write(';');
				out.write("Rencontre " + m);
				out.write(';');
				out.write(date(m).toString());
				out.write(';');
				out.write(METROPOLISES[p % METROPOLISES.length]);
				out.write(';');
				out.write((random.nextInt(20) == 0) ? "excusé" : "présent");
				out.write('\n');
			}
		}
		return new Sheet(file, attendance.pairs(), distinct, attendance.meetings(), Files.size(file));
	}

	/** A person's name: a first name from the pool and a surname spelling {@code p}. */
	static String name(int p) {
		String letters = letters(p);
		return FIRST[p % FIRST.length] + " " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1)
				+ letters;
	}

	private static String letters(int p) {
		StringBuilder out = new StringBuilder();
		int n = p;
		for (int i = 0; i < 4; i++) {
			out.append((char) ('a' + n % 26));
			n /= 26;
		}
		return out.toString();
	}

	/** Meetings spread over 2020–2025, one date each. */
	private static LocalDate date(int m) {
		return LocalDate.of(2020, 1, 1).plusDays(m % 2190);
	}

}
