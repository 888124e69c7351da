package fr.metrograph.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;
import fr.metrograph.trends.MeetingTrends;
import fr.metrograph.trends.MeetingTrends.MeetingRow;
import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.MembershipTrends;
import fr.metrograph.trends.MembershipTrends.Member;
import fr.metrograph.trends.MembershipTrends.MembershipYear;
import fr.metrograph.trends.PlannedVersusRealised;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.PlannedVersusRealised.Planned;
import fr.metrograph.trends.PlannedVersusRealised.Realised;
import fr.metrograph.trends.ThemeTrends;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;
import fr.metrograph.trends.ThemeTrends.ThemeYearRow;
import fr.metrograph.trends.TrendsService.TimelineYear;

/**
 * Plausible result records for any number of years, from a seed, run through the real
 * calculators: members who join and leave, meetings that move online in 2020, themes that
 * come back, plans partly realised, a network with communities.
 */
public final class TrendRecords {

	/** French metropolises, as members. */
	public static final List<String> METROPOLISES = List.of("Aix-Marseille", "Bordeaux", "Brest", "Clermont-Auvergne",
			"Dijon", "Grenoble", "Grand Nancy", "Grand Paris", "Lille", "Lyon", "Metz", "Montpellier", "Nantes", "Nice",
			"Orléans", "Plaine Commune", "Rennes", "Rouen Normandie", "Saint-Étienne", "Strasbourg", "Toulon",
			"Toulouse", "Tours");

	private static final List<String> THEMES = List.of("Outils de diffusion d'une culture interne",
			"Plateformes participatives", "CCSPL", "Conseils de développement", "Budgets participatifs",
			"Évaluation des démarches", "Participation des jeunes", "Concertation sur le PCAET", "Délibérations cadres",
			"Tirage au sort et conventions citoyennes", "Contrats de ville", "Zones à faibles émissions",
			"Formation des élu·es", "Numérique et inclusion", "Bilans de mandat");

	private final int firstYear;

	private final int years;

	private final long seed;

	public TrendRecords(int firstYear, int years, long seed) {
		this.firstYear = firstYear;
		this.years = years;
		this.seed = seed;
	}

	public List<MembershipYear> membership() {
		Random random = new Random(this.seed);
		SortedMap<Integer, List<Member>> byYear = new TreeMap<>();
		List<String> current = new ArrayList<>(METROPOLISES.subList(0, 8));
		for (int y = this.firstYear; y < this.firstYear + this.years; y++) {
			if (y > this.firstYear) {
				if (random.nextDouble() < 0.3 && current.size() > 4) {
					current.remove(random.nextInt(current.size()));
				}
				int joins = random.nextInt(3);
				for (int j = 0; j < joins; j++) {
					String candidate = METROPOLISES.get(random.nextInt(METROPOLISES.size()));
					if (!current.contains(candidate)) {
						current.add(candidate);
					}
				}
			}
			byYear.put(y, current.stream().sorted().map((name) -> new Member(slug(name), name)).toList());
		}
		return MembershipTrends.compute(byYear);
	}

	public List<MeetingYear> meetings() {
		Random random = new Random(this.seed + 1);
		List<MeetingRow> rows = new ArrayList<>();
		for (int y = this.firstYear; y < this.firstYear + this.years; y++) {
			int count = 2 + random.nextInt(6);
			for (int i = 0; i < count; i++) {
				double r = random.nextDouble();
				String format = (y >= 2020) ? ((r < 0.45) ? "REMOTE" : (r < 0.65) ? "HYBRID" : "IN_PERSON")
						: ((r < 0.85) ? "IN_PERSON" : (r < 0.95) ? "UNKNOWN" : "REMOTE");
				String place = format.equals("REMOTE") ? null : METROPOLISES.get(random.nextInt(METROPOLISES.size()));
				rows.add(new MeetingRow(y + "-" + i, y, format, place, 5 + random.nextInt(20)));
			}
		}
		return MeetingTrends.compute(rows);
	}

	public List<ThemeTrend> themes() {
		Random random = new Random(this.seed + 2);
		List<ThemeYearRow> rows = new ArrayList<>();
		for (String theme : THEMES) {
			for (int y = this.firstYear; y < this.firstYear + this.years; y++) {
				if (random.nextDouble() < 0.25) {
					List<String> presenters = new ArrayList<>();
					int sessions = 1 + random.nextInt(3);
					for (int p = 0; p < sessions; p++) {
						String name = METROPOLISES.get(random.nextInt(METROPOLISES.size()));
						if (!presenters.contains(name)) {
							presenters.add(name);
						}
					}
					rows.add(new ThemeYearRow(slug(theme), theme, y, sessions, 0, presenters, List.of("doc-" + y)));
				}
			}
		}
		rows.sort(java.util.Comparator.comparing(ThemeYearRow::theme).thenComparingInt(ThemeYearRow::year));
		return ThemeTrends.compute(rows);
	}

	public List<Outcome> plannedVersusRealised() {
		Random random = new Random(this.seed + 3);
		List<Planned> planned = new ArrayList<>();
		List<Realised> realised = new ArrayList<>();
		for (int y = this.firstYear + 1; y < this.firstYear + this.years + 1; y++) {
			int plans = 1 + random.nextInt(4);
			for (int i = 0; i < plans; i++) {
				String theme = THEMES.get(random.nextInt(THEMES.size()));
				planned.add(new Planned("agents", y, slug(theme), theme, "Et pour " + y + " ?", "doc-" + (y - 1)));
				if (random.nextDouble() < 0.6 && y < this.firstYear + this.years) {
					realised.add(new Realised("agents", y, slug(theme), theme, "", "doc-" + y));
				}
			}
			if (y < this.firstYear + this.years) {
				String other = THEMES.get(random.nextInt(THEMES.size()));
				realised.add(new Realised("agents", y, slug(other), other, "", "doc-" + y));
			}
		}
		return PlannedVersusRealised.match(planned, realised, PlannedVersusRealised.DEFAULT_THRESHOLD);
	}

	public List<TimelineYear> timeline() {
		Random random = new Random(this.seed + 4);
		List<TimelineYear> out = new ArrayList<>();
		for (int y = this.firstYear; y < this.firstYear + this.years; y++) {
			List<String> groups = (y >= 2022) ? List.of("agents", "elus") : List.of("agents");
			List<String> presented = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				presented.add(THEMES.get(random.nextInt(THEMES.size())));
			}
			List<String> people = new ArrayList<>();
			for (int i = 1 + random.nextInt(5); i > 0; i--) {
				people.add("Personne " + i);
			}
			out.add(new TimelineYear(y, groups, presented, 2 + random.nextInt(5), people, presented));
		}
		return out;
	}

	/**
	 * A network of {@code n} nodes in {@code communities} dense groups, loosely linked.
	 */
	public static NetworkView network(int n, int communities, long seed) {
		Random random = new Random(seed);
		List<NodeView> nodes = new ArrayList<>();
		int[] degree = new int[n];
		List<EdgeView> edges = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				boolean same = a % communities == b % communities;
				if (random.nextDouble() < (same ? 0.5 : 0.03)) {
					edges.add(new EdgeView(id(a), id(b), 1 + random.nextInt(same ? 6 : 2)));
					degree[a]++;
					degree[b]++;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			String name = (i < METROPOLISES.size()) ? METROPOLISES.get(i) : "Personne n° " + i;
			nodes.add(new NodeView(id(i), name, degree[i], (double) degree[i], 0.0, 0.0, i % communities));
		}
		return new NetworkView("metropolises", nodes, edges, 0.4, 0.1, 1, List.of(n), 20,
				List.of("degree", "weightedDegree", "betweenness", "eigenvector", "community"), n, edges.size(),
				"weightedDegree", edges.size(), null);
	}

	private static String id(int i) {
		return String.format("n%03d", i);
	}

	private static String slug(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
