package fr.metrograph.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.jfree.chart.ui.Drawable;

/**
 * What a chart shows when its series is empty: its title and "Pas de données pour cette
 * période", in a dashed frame, so that a page embedding it still reads well.
 */
final class NoDataDrawing implements Drawable {

	static final String MESSAGE = "Pas de données pour cette période";

	private final String title;

	private final String detail;

	NoDataDrawing(String title, String detail) {
		this.title = title;
		this.detail = detail;
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area) {
		int width = (int) area.getWidth();
		g2.setColor(Color.WHITE);
		g2.fill(area);
		double margin = Math.min(area.getWidth(), area.getHeight()) * 0.08;
		RoundRectangle2D frame = new RoundRectangle2D.Double(area.getX() + margin, area.getY() + margin,
				area.getWidth() - 2 * margin, area.getHeight() - 2 * margin, 16, 16);
		g2.setColor(new Color(0xF5F5F5));
		g2.fill(frame);
		g2.setColor(ChartStyle.GREY);
		g2.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6, 6 }, 0));
		g2.draw(frame);
		double centreY = area.getCenterY();
		centred(g2, ChartStyle.font(Font.BOLD, 16, width), ChartStyle.TEXT, this.title, area, centreY - 30);
		centred(g2, ChartStyle.font(Font.PLAIN, 15, width), ChartStyle.VERMILLION, MESSAGE, area, centreY + 5);
		if (this.detail != null) {
			centred(g2, ChartStyle.font(Font.PLAIN, 11, width), new Color(0x555555), this.detail, area, centreY + 35);
		}
	}

	private static void centred(Graphics2D g2, Font font, Color colour, String text, Rectangle2D area, double y) {
		Font fitted = font;
		FontMetrics metrics = g2.getFontMetrics(fitted);
		while (metrics.stringWidth(text) > area.getWidth() * 0.8 && fitted.getSize() > 7) {
			fitted = fitted.deriveFont(fitted.getSize2D() - 1);
			metrics = g2.getFontMetrics(fitted);
		}
		g2.setFont(fitted);
		g2.setColor(colour);
		g2.drawString(text, (float) (area.getCenterX() - metrics.stringWidth(text) / 2.0), (float) y);
	}

}
