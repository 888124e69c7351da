package fr.metrograph.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic corpus in the shapes the service knows (annual summaries, meeting
 * reports, project sheets, prose articles), for the ingest benchmark. Deterministic for a
 * given seed. The names are invented from small pools, so people recur across documents
 * as they do in a real network.
 */
public final class CorpusGenerator {

	private static final String[] METROPOLISES = { "Bordeaux Métropole", "Nantes Métropole", "Rennes Métropole",
			"Grenoble Alpes Métropole", "Métropole Européenne de Lille", "Eurométropole de Strasbourg", "Grand Lyon",
			"Toulouse Métropole", "Métropole Rouen Normandie", "Grand Nancy", "Brest Métropole", "Metz Métropole",
			"Montpellier Méditerranée Métropole", "Dijon Métropole", "Orléans Métropole", "Plaine Commune",
			"Métropole Clermont Auvergne", "Métropole Aix Marseille", "Tours Métropole Val de Loire",
			"Saint-Étienne Métropole" };

	private static final String[] SHORT = { "Bordeaux", "Nantes", "Rennes", "Grenoble", "Lille", "Strasbourg", "Lyon",
			"Toulouse", "Rouen Normandie", "Grand Nancy", "Brest", "Metz", "Montpellier", "Dijon", "Orléans",
			"Plaine Commune", "Clermont-Auvergne", "Aix-Marseille", "Tours", "Saint-Étienne" };

	private static final String[] FIRST = { "Camille", "Claire", "Julien", "Nadia", "Thomas", "Sophie", "Karim",
			"Élodie", "Mathieu", "Hélène", "Paul", "Inès", "Antoine", "Lucie", "Olivier", "Fatima", "Bruno", "Agnès",
			"Rémi", "Sandrine" };

	private static final String[] LAST = { "MARTIN", "BERNARD", "DUBOIS", "LAMBERT", "FONTAINE", "ROUSSEL", "MOREAU",
			"GIRARD", "BONNET", "DUPUIS", "LEROY", "GARNIER", "CHEVALIER", "FAURE", "ANDRÉ", "MERCIER", "BLANC",
			"GUÉRIN", "BOYER", "ROBIN" };

	private static final String[] THEMES = { "Les budgets participatifs", "Les conseils de développement", "Les CCSPL",
			"La participation des jeunes", "Les conventions citoyennes", "L'évaluation participative",
			"Les plateformes numériques", "La gouvernance des PCAET", "Le droit d'interpellation",
			"Les assemblées citoyennes" };

	private static final String[] MONTHS = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
			"septembre", "octobre", "novembre", "décembre" };

	private final Random random;

	public CorpusGenerator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Writes {@code count} documents into {@code dir}, cycling through the four shapes.
	 * @return the files written
	 */
	public List<Path> write(Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int year = 2015 + this.random.nextInt(11);
			String text = switch (i % 4) {
				case 0 -> annualSummary(year);
				case 1 -> meetingReport(year);
				case 2 -> projectSheet(year);
				default -> article(year);
			};
			Path file = dir.resolve(String.format(Locale.ROOT, "gen_%05d.txt", i));
			Files.writeString(file, text, StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	private String annualSummary(int year) {
		List<String> members = pick(SHORT, 10 + this.random.nextInt(9));
		StringBuilder sb = new StringBuilder();
		sb.append("Résumé annuel du groupe des métropoles participatives\n\n");
		sb.append("Qui est dans le groupe en ").append(year).append(" ?\n\n");
		sb.append("Cette année, le groupe a réuni les agent·es de : ")
			.append(String.join(", ", members.subList(0, members.size() - 1)))
			.append(" et ")
			.append(members.get(members.size() - 1))
			.append(" !\n\n");
		sb.append("En ")
			.append(year)
			.append(", nous avons principalement travaillé sur ")
			.append(pickOne(THEMES).toLowerCase(Locale.FRENCH))
			.append(".\n\nLes rencontres ?\n\n");
		int inPerson = 1 + this.random.nextInt(3);
		sb.append(inPerson).append("\n\nen présentiel à ").append(pickOne(SHORT)).append("\n\n");
		sb.append(1 + this.random.nextInt(4)).append("\n\nen distanciel\n\n");
		sb.append("Le groupe s'est également réuni autour de temps de retours d'expérience sur :\n\n");
		for (int k = 0; k < 2 + this.random.nextInt(3); k++) {
			List<String> presenters = pick(METROPOLISES, 1 + this.random.nextInt(2));
			sb.append("- ")
				.append(pickOne(THEMES))
				.append(" à partir des exemples de ")
				.append(String.join(" et de ", presenters))
				.append("\n\n");
		}
		sb.append("Et pour ").append(year + 1).append(" ?\n\n");
		sb.append("Il est prévu de poursuivre les échanges autour de plusieurs thèmes (")
			.append(pickOne(THEMES).toLowerCase(Locale.FRENCH))
			.append(", ")
			.append(pickOne(THEMES).toLowerCase(Locale.FRENCH))
			.append(").\n");
		return sb.toString();
	}

	private String meetingReport(int year) {
		// Sized like real reports: the seed meeting report names 23 people.
		int day = 1 + this.random.nextInt(27);
		String month = pickOne(MONTHS);
		int host = this.random.nextInt(METROPOLISES.length);
		StringBuilder sb = new StringBuilder();
		sb.append("Rencontre des élu·es des Métropoles Participatives\n\n");
		sb.append("Le ").append(day).append(' ').append(month).append(' ').append(year).append('\n');
		sb.append("Accueillie par ").append(METROPOLISES[host]).append("\n\nPrésent·es\n\n");
		for (String body : pick(METROPOLISES, 5 + this.random.nextInt(8))) {
			sb.append(body).append("\n\n");
			sb.append(this.random.nextBoolean() ? "Mme " : "M. ").append(person()).append("\n\n");
			sb.append("Vice-président·e en charge de la participation citoyenne\n\n");
			if (this.random.nextInt(3) == 0) {
				sb.append("Accompagnée par Mme ").append(person()).append("\n\n");
			}
		}
		sb.append("Excusé·es\n\n");
		for (String body : pick(METROPOLISES, 1 + this.random.nextInt(4))) {
			sb.append(body).append(", Mme ").append(person()).append(", Vice-présidente Démocratie locale\n\n");
		}
		sb.append("Accueil & préparation\n\n");
		for (int k = 0; k < 2 + this.random.nextInt(3); k++) {
			sb.append(person())
				.append("\n\nChargée de mission participation, ")
				.append(METROPOLISES[host])
				.append("\n\n");
		}
		sb.append("Animation des parcours\n\n");
		for (int k = 0; k < 1 + this.random.nextInt(3); k++) {
			sb.append(person()).append(", Responsable du dialogue citoyen\n\n");
		}
		return sb.toString();
	}

	private String projectSheet(int year) {
		StringBuilder sb = new StringBuilder();
		sb.append("**").append(pickOne(METROPOLISES)).append("**\n\n");
		sb.append("**Étude sur ").append(pickOne(THEMES).toLowerCase(Locale.FRENCH)).append("**\n\n");
		sb.append("→ ").append(year).append("\n\n→ Partenaires : Espelia, Consultvox\n\n");
		sb.append("**La mission**\n\nLe GIE Passages a accompagné la Métropole dans une démarche de co-construction ")
			.append("de sa stratégie de participation.\n\n**Actions & livrables**\n\n")
			.append("- Diagnostic partagé avec les services.\n- Plan d'actions à court et moyen terme.\n");
		return sb.toString();
	}

	private String article(int year) {
		int day = 1 + this.random.nextInt(27);
		String body = pickOne(METROPOLISES);
		StringBuilder sb = new StringBuilder();
		sb.append("# Les élu·es des métropoles participatives réuni·es à ").append(pickOne(SHORT)).append("\n\n");
		sb.append("Le ").append(day).append(' ').append(pickOne(MONTHS)).append(' ').append(year);
		sb.append(", ")
			.append(person())
			.append(", vice-présidente de ")
			.append(body)
			.append(" en charge de la participation citoyenne, a rappelé l'importance du dialogue citoyen. ");
		sb.append("Selon ")
			.append(person())
			.append(", directeur de la participation à ")
			.append(pickOne(METROPOLISES))
			.append(", « les habitant·es attendent des réponses argumentées ».\n");
		return sb.toString();
	}

	private String person() {
		return pickOne(FIRST) + " " + pickOne(LAST);
	}

	private String pickOne(String[] pool) {
		return pool[this.random.nextInt(pool.length)];
	}

	private List<String> pick(String[] pool, int n) {
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(n, pool.length)) {
			chosen.add(pickOne(pool));
		}
		return new ArrayList<>(chosen);
	}

}
