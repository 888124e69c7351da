package fr.metrograph.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;

/** Turns a drawing into PNG or SVG bytes. */
public final class ChartEncoder {

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private ChartEncoder() {
	}

	/** The drawing in the given format. */
	public static byte[] encode(Drawable drawing, ChartFormat format, int width, int height) {
		return (format == ChartFormat.PNG) ? png(drawing, width, height)
				: svgDocument(drawing, width, height).getBytes(StandardCharsets.UTF_8);
	}

	/** A PNG on a white background. */
	public static byte[] png(Drawable drawing, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g2.setColor(Color.WHITE);
			g2.fillRect(0, 0, width, height);
			drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g2.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A standalone SVG document: an XML declaration and the {@code <svg>} element,
	 * without the SVG 1.0 DOCTYPE JFreeSVG would add (obsolete, and it makes XML parsers
	 * fetch the DTD from the network).
	 */
	public static String svgDocument(Drawable drawing, int width, int height) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(drawing, width, height);
	}

	/** An {@code <svg>} element, to inline in HTML. */
	public static String svgElement(Drawable drawing, int width, int height) {
		return svg(drawing, width, height).getSVGElement(null, true, null, null, null);
	}

	private static SVGGraphics2D svg(Drawable drawing, int width, int height) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		g2.setColor(Color.WHITE);
		g2.fillRect(0, 0, width, height);
		drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		return g2;
	}

}
