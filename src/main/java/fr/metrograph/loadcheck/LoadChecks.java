package fr.metrograph.loadcheck;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The entry points of the checks for the command line: they run a check and print its
 * figures.
 */
public final class LoadChecks {

	private LoadChecks() {
	}

	/**
	 * Runs the dashboard load test and prints per-request and overall figures.
	 * @param base the service, on loopback
	 * @param clients concurrent clients
	 * @param warmup time not counted at the start
	 * @param duration time counted
	 * @param out where to print
	 * @return whether the dashboard's p99 stayed within 5× health's
	 * @throws IllegalArgumentException (French) for a non-loopback address or limits
	 */
	public static boolean dashboardLoad(URI base, int clients, Duration warmup, Duration duration, PrintWriter out) {
		DashboardLoad.Result result;
		try {
			result = new DashboardLoad(base).run(clients, warmup, duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		out.printf(Locale.ROOT, "%d clients, %d s comptées après %d s d'échauffement, %d requêtes (%.0f/s)%n", clients,
				duration.toSeconds(), warmup.toSeconds(), result.requests(),
				result.requests() / (double) duration.toSeconds());
		result.byPath().forEach((path, latencies) -> out.printf("%-90s %s%n", path, latencies.summary()));
		out.println();
		out.println("tableau de bord (tout sauf la santé) : " + result.dashboard().summary());
		out.println("/actuator/health sous la même charge  : " + result.health().summary());
		double ratio = result.ratioP99();
		boolean within = ratio <= 5.0 && result.dashboard().errors() == 0;
		out.printf(Locale.ROOT, "p99 tableau de bord / p99 santé : %.2f (objectif ≤ 5) : %s%n", ratio,
				within ? "TENU" : "NON TENU");
		out.flush();
		return within;
	}

	/**
	 * Runs the runaway-query check and prints how each query ended.
	 * @param base the service, on loopback
	 * @param concurrent queries sent at once in the burst phases
	 * @param out where to print
	 */
	public static void runaway(URI base, int concurrent, PrintWriter out) {
		try {
			new RunawayCheck(base, out).run(concurrent);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
