package fr.metrograph.charts;

import java.util.List;
import java.util.Random;

/**
 * Fruchterman–Reingold force-directed layout (Fruchterman and Reingold, "Graph drawing by
 * force-directed placement", 1991), deterministic: initial positions come from a seeded
 * {@link Random}, so the same graph and seed always give the same picture. Repulsion
 * {@code k²/d} between every pair, attraction {@code d²/k} along edges scaled by
 * {@code 1 + log(weight)}, a weak pull to the centre so that separate components stay in
 * view, and a temperature that cools linearly. Positions are returned in the unit square.
 * Cost O(iterations × (n² + m)).
 */
final class ForceLayout {

	/** An edge between node indexes, with its weight (> 0). */
	record Edge(int a, int b, double weight) {
	}

	private final int iterations;

	private final long seed;

	ForceLayout(int iterations, long seed) {
		if (iterations < 1) {
			throw new IllegalArgumentException("Le nombre d'itérations doit être positif : " + iterations);
		}
		this.iterations = iterations;
		this.seed = seed;
	}

	/**
	 * Lays out {@code n} nodes.
	 * @param n number of nodes
	 * @param edges the edges
	 * @return {@code [n][2]} positions in [0, 1]
	 */
	double[][] layout(int n, List<Edge> edges) {
		double[][] pos = new double[n][2];
		if (n == 0) {
			return pos;
		}
		if (n == 1) {
			pos[0][0] = 0.5;
			pos[0][1] = 0.5;
			return pos;
		}
		Random random = new Random(this.seed);
		for (double[] p : pos) {
			p[0] = random.nextDouble();
			p[1] = random.nextDouble();
		}
		double k = Math.sqrt(1.0 / n);
		double temperature = 0.1;
		double[][] disp = new double[n][2];
		for (int it = 0; it < this.iterations; it++) {
			for (double[] d : disp) {
				d[0] = 0;
				d[1] = 0;
			}
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					double dx = pos[i][0] - pos[j][0];
					double dy = pos[i][1] - pos[j][1];
					double dist = Math.max(1e-4, Math.hypot(dx, dy));
					double force = k * k / dist;
					disp[i][0] += dx / dist * force;
					disp[i][1] += dy / dist * force;
					disp[j][0] -= dx / dist * force;
					disp[j][1] -= dy / dist * force;
				}
			}
			for (Edge e : edges) {
				double dx = pos[e.a()][0] - pos[e.b()][0];
				double dy = pos[e.a()][1] - pos[e.b()][1];
				double dist = Math.max(1e-4, Math.hypot(dx, dy));
				double force = dist * dist / k * (1 + Math.log(Math.max(1, e.weight())));
				disp[e.a()][0] -= dx / dist * force;
				disp[e.a()][1] -= dy / dist * force;
				disp[e.b()][0] += dx / dist * force;
				disp[e.b()][1] += dy / dist * force;
			}
			for (int i = 0; i < n; i++) {
				// gravity towards the centre keeps isolated nodes and small components
				// near
				disp[i][0] -= (pos[i][0] - 0.5) * k * 2;
				disp[i][1] -= (pos[i][1] - 0.5) * k * 2;
				double length = Math.max(1e-9, Math.hypot(disp[i][0], disp[i][1]));
				double step = Math.min(length, temperature);
				pos[i][0] += disp[i][0] / length * step;
				pos[i][1] += disp[i][1] / length * step;
			}
			temperature = 0.1 * (1 - (it + 1.0) / this.iterations) + 0.002;
		}
		normalise(pos);
		return pos;
	}

	private static void normalise(double[][] pos) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (double[] p : pos) {
			minX = Math.min(minX, p[0]);
			maxX = Math.max(maxX, p[0]);
			minY = Math.min(minY, p[1]);
			maxY = Math.max(maxY, p[1]);
		}
		double spanX = Math.max(1e-9, maxX - minX);
		double spanY = Math.max(1e-9, maxY - minY);
		for (double[] p : pos) {
			p[0] = (maxX - minX < 1e-9) ? 0.5 : (p[0] - minX) / spanX;
			p[1] = (maxY - minY < 1e-9) ? 0.5 : (p[1] - minY) / spanY;
		}
	}

}
