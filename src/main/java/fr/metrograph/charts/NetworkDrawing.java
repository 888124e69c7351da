package fr.metrograph.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;

/**
 * A co-presence network drawn with {@link ForceLayout}: node area by degree, colour by
 * community (the seven largest communities get the Okabe–Ito colours, the others grey),
 * edge width by weight. Labels are placed greedily, most connected nodes first, at the
 * first of eight spots around the node that overlaps no label, no other node and stays
 * inside the picture; a label with no free spot is left out and counted in the legend.
 */
final class NetworkDrawing implements Drawable {

	/** Layout seed: same network, same picture. */
	static final long SEED = 42;

	private final NetworkView network;

	private final String title;

	private final String subtitle;

	NetworkDrawing(NetworkView network, String title, String subtitle) {
		this.network = network;
		this.title = title;
		this.subtitle = subtitle;
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area) {
		int width = (int) area.getWidth();
		double scale = ChartStyle.scale(width) * Math.min(1.0, area.getHeight() / 500.0 + 0.2);
		g2.setColor(Color.WHITE);
		g2.fill(area);
		Font titleFont = ChartStyle.font(Font.BOLD, 17, width);
		Font subFont = ChartStyle.font(Font.PLAIN, 12, width);
		Font labelFont = ChartStyle.font(Font.PLAIN, 11, width);
		double pad = 10 * ChartStyle.scale(width);
		double y = area.getY() + pad;
		y = centred(g2, titleFont, ChartStyle.TEXT, this.title, area, y);
		y = centred(g2, subFont, new Color(0x555555), this.subtitle, area, y + 2);
		FontMetrics labelMetrics = g2.getFontMetrics(labelFont);
		double legendHeight = labelMetrics.getHeight() * 2 + pad;
		List<NodeView> nodes = new ArrayList<>(this.network.nodes());
		nodes.sort(Comparator.comparing(NodeView::id));
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i).id(), i);
		}
		List<ForceLayout.Edge> edges = new ArrayList<>();
		double minWeight = Double.MAX_VALUE;
		double maxWeight = 0;
		for (EdgeView edge : this.network.edges()) {
			Integer a = index.get(edge.source());
			Integer b = index.get(edge.target());
			if (a != null && b != null) {
				edges.add(new ForceLayout.Edge(a, b, edge.weight()));
				minWeight = Math.min(minWeight, edge.weight());
				maxWeight = Math.max(maxWeight, edge.weight());
			}
		}
		int iterations = (nodes.size() > 400) ? 100 : 300;
		double[][] pos = new ForceLayout(iterations, SEED).layout(nodes.size(), edges);
		int maxDegree = Math.max(1, nodes.stream().mapToInt(NodeView::degree).max().orElse(1));
		double maxRadius = Math.max(4, Math.min(20, 110.0 / Math.sqrt(nodes.size() + 1))) * scale;
		double[] radius = new double[nodes.size()];
		for (int i = 0; i < nodes.size(); i++) {
			radius[i] = maxRadius * (0.3 + 0.7 * Math.sqrt(nodes.get(i).degree() / (double) maxDegree));
		}
		double marginX = Math.min(area.getWidth() * 0.12, 120 * scale) + maxRadius;
		Rectangle2D plot = new Rectangle2D.Double(area.getX() + marginX, y + pad + maxRadius,
				area.getWidth() - 2 * marginX,
				Math.max(10, area.getMaxY() - legendHeight - (y + pad + maxRadius) - maxRadius - pad));
		double[][] xy = new double[nodes.size()][2];
		for (int i = 0; i < nodes.size(); i++) {
			xy[i][0] = plot.getX() + pos[i][0] * plot.getWidth();
			xy[i][1] = plot.getY() + pos[i][1] * plot.getHeight();
		}
		separate(xy, radius, plot);
		Map<Integer, Color> colours = communityColours(nodes);
		g2.setColor(new Color(0x70, 0x70, 0x70, 110));
		for (ForceLayout.Edge e : edges) {
			double t = (maxWeight - minWeight < 1e-9) ? 0.4 : (e.weight() - minWeight) / (maxWeight - minWeight);
			g2.setStroke(
					new BasicStroke((float) ((0.6 + 4.4 * t) * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g2.draw(new Line2D.Double(xy[e.a()][0], xy[e.a()][1], xy[e.b()][0], xy[e.b()][1]));
		}
		g2.setStroke(new BasicStroke((float) (1.2 * scale)));
		for (int i = 0; i < nodes.size(); i++) {
			NodeView node = nodes.get(i);
			if (g2 instanceof SVGGraphics2D) {
				g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE,
						node.name() + " : degré " + node.degree() + ", communauté " + (node.community() + 1));
			}
			Ellipse2D circle = new Ellipse2D.Double(xy[i][0] - radius[i], xy[i][1] - radius[i], 2 * radius[i],
					2 * radius[i]);
			g2.setColor(colours.getOrDefault(node.community(), ChartStyle.GREY));
			g2.fill(circle);
			g2.setColor(Color.WHITE);
			g2.draw(circle);
		}
		Rectangle2D labelArea = new Rectangle2D.Double(area.getX() + 2, y + 2, area.getWidth() - 4,
				area.getMaxY() - legendHeight - y - 2);
		int hidden = drawLabels(g2, labelFont, nodes, xy, radius, labelArea);
		drawLegend(g2, labelFont, nodes, colours, hidden, area, area.getMaxY() - legendHeight + pad / 2);
	}

	/**
	 * Pushes overlapping circles apart (a few deterministic passes), keeping them inside
	 * the plot.
	 */
	static void separate(double[][] xy, double[] radius, Rectangle2D plot) {
		for (int pass = 0; pass < 60; pass++) {
			boolean moved = false;
			for (int i = 0; i < xy.length; i++) {
				for (int j = i + 1; j < xy.length; j++) {
					double dx = xy[j][0] - xy[i][0];
					double dy = xy[j][1] - xy[i][1];
					double dist = Math.hypot(dx, dy);
					double needed = radius[i] + radius[j] + 2;
					if (dist >= needed) {
						continue;
					}
					if (dist < 1e-6) {
						dx = 1;
						dy = 0;
						dist = 1;
					}
					double push = (needed - dist) / 2;
					xy[i][0] -= dx / dist * push;
					xy[i][1] -= dy / dist * push;
					xy[j][0] += dx / dist * push;
					xy[j][1] += dy / dist * push;
					moved = true;
				}
			}
			for (double[] p : xy) {
				p[0] = Math.max(plot.getMinX(), Math.min(plot.getMaxX(), p[0]));
				p[1] = Math.max(plot.getMinY(), Math.min(plot.getMaxY(), p[1]));
			}
			if (!moved) {
				return;
			}
		}
	}

	private static int drawLabels(Graphics2D g2, Font font, List<NodeView> nodes, double[][] xy, double[] radius,
			Rectangle2D bounds) {
		FontMetrics metrics = g2.getFontMetrics(font);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingInt((i) -> -nodes.get(i).degree())
			.thenComparing((i) -> nodes.get(i).name()));
		List<Rectangle2D> taken = new ArrayList<>();
		int hidden = 0;
		g2.setFont(font);
		for (int i : order) {
			String label = ChartStyle.shorten(nodes.get(i).name(), 30);
			double w = metrics.stringWidth(label) + 4;
			double h = metrics.getHeight();
			double r = radius[i] + 2;
			double[][] spots = { { r, -h / 2 }, { -r - w, -h / 2 }, { -w / 2, -r - h }, { -w / 2, r },
					{ r * 0.7, -r * 0.7 - h }, { -r * 0.7 - w, -r * 0.7 - h }, { r * 0.7, r * 0.7 },
					{ -r * 0.7 - w, r * 0.7 } };
			Rectangle2D chosen = null;
			for (double[] spot : spots) {
				Rectangle2D box = new Rectangle2D.Double(xy[i][0] + spot[0], xy[i][1] + spot[1], w, h);
				if (free(box, taken, xy, radius, i) && bounds.contains(box)) {
					chosen = box;
					break;
				}
			}
			if (chosen == null) {
				hidden++;
				continue;
			}
			taken.add(chosen);
			g2.setColor(new Color(255, 255, 255, 200));
			g2.fill(chosen);
			g2.setColor(ChartStyle.TEXT);
			g2.drawString(label, (float) (chosen.getX() + 2), (float) (chosen.getY() + metrics.getAscent()));
		}
		return hidden;
	}

	private static boolean free(Rectangle2D box, List<Rectangle2D> taken, double[][] xy, double[] radius, int self) {
		for (Rectangle2D other : taken) {
			if (other.intersects(box)) {
				return false;
			}
		}
		for (int j = 0; j < xy.length; j++) {
			if (j != self && box.intersects(xy[j][0] - radius[j], xy[j][1] - radius[j], 2 * radius[j], 2 * radius[j])) {
				return false;
			}
		}
		return true;
	}

	/** The seven largest communities take the palette, in decreasing size. */
	private static Map<Integer, Color> communityColours(List<NodeView> nodes) {
		Map<Integer, Integer> sizes = new HashMap<>();
		nodes.forEach((n) -> sizes.merge(n.community(), 1, Integer::sum));
		List<Integer> ranked = new ArrayList<>(sizes.keySet());
		ranked.sort(Comparator.<Integer>comparingInt((c) -> -sizes.get(c)).thenComparing((c) -> c));
		Map<Integer, Color> colours = new HashMap<>();
		for (int i = 0; i < ranked.size() && i < ChartStyle.PALETTE.size(); i++) {
			colours.put(ranked.get(i), ChartStyle.PALETTE.get(i));
		}
		return colours;
	}

	private void drawLegend(Graphics2D g2, Font font, List<NodeView> nodes, Map<Integer, Color> colours, int hidden,
			Rectangle2D area, double y) {
		FontMetrics metrics = g2.getFontMetrics(font);
		g2.setFont(font);
		double x = area.getX() + 12;
		g2.setColor(ChartStyle.TEXT);
		String first = "Taille : nombre de liens · épaisseur : réunions partagées · couleur : communauté";
		g2.drawString(first, (float) x, (float) (y + metrics.getAscent()));
		double line2 = y + metrics.getHeight();
		Map<Integer, Integer> sizes = new HashMap<>();
		nodes.forEach((n) -> sizes.merge(n.community(), 1, Integer::sum));
		List<Map.Entry<Integer, Color>> entries = new ArrayList<>(colours.entrySet());
		entries.sort(Comparator.<Map.Entry<Integer, Color>>comparingInt((e) -> -sizes.get(e.getKey()))
			.thenComparing(Map.Entry::getKey));
		double cx = x;
		for (Map.Entry<Integer, Color> entry : entries) {
			String text = "communauté " + (entry.getKey() + 1) + " (" + sizes.get(entry.getKey()) + ")";
			double needed = metrics.getHeight() + 4 + metrics.stringWidth(text) + 12;
			if (cx + needed > area.getMaxX() - 10) {
				break;
			}
			double d = metrics.getAscent() * 0.8;
			g2.setColor(entry.getValue());
			g2.fill(new Ellipse2D.Double(cx, line2 + (metrics.getHeight() - d) / 2, d, d));
			g2.setColor(ChartStyle.TEXT);
			g2.drawString(text, (float) (cx + d + 4), (float) (line2 + metrics.getAscent()));
			cx += needed;
		}
		if (hidden > 0) {
			String text = hidden + " libellé" + ((hidden > 1) ? "s" : "") + " masqué" + ((hidden > 1) ? "s" : "")
					+ " faute de place";
			if (cx + metrics.stringWidth(text) < area.getMaxX() - 10) {
				g2.setColor(new Color(0x555555));
				g2.drawString(text, (float) cx, (float) (line2 + metrics.getAscent()));
			}
		}
	}

	private static double centred(Graphics2D g2, Font font, Color colour, String text, Rectangle2D area, double top) {
		if (text == null || text.isBlank()) {
			return top;
		}
		Font fitted = font;
		FontMetrics metrics = g2.getFontMetrics(fitted);
		while (metrics.stringWidth(text) > area.getWidth() - 20 && fitted.getSize() > 7) {
			fitted = fitted.deriveFont(fitted.getSize2D() - 1);
			metrics = g2.getFontMetrics(fitted);
		}
		g2.setFont(fitted);
		g2.setColor(colour);
		g2.drawString(text, (float) (area.getCenterX() - metrics.stringWidth(text) / 2.0),
				(float) (top + metrics.getAscent()));
		return top + metrics.getHeight();
	}

}
