package fr.metrograph.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks on rendered charts, as a reader would make them: the PNG decodes at the asked
 * size and is not blank (several colours, enough ink); the SVG is well-formed XML and
 * says what it should. Every image is also written under {@code target/charts-preview} to
 * be looked at.
 */
public final class ChartImages {

	private static final Path PREVIEW = Path.of("target", "charts-preview");

	private ChartImages() {
	}

	/** Asserts a readable PNG and returns it. */
	public static BufferedImage assertPng(byte[] bytes, int width, int height, String name) {
		save(bytes, name + ".png");
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(image).as("PNG decodes").isNotNull();
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
		Set<Integer> colours = new HashSet<>();
		long ink = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				colours.add(rgb);
				if (rgb != 0xFFFFFF) {
					ink++;
				}
			}
		}
		assertThat(colours.size()).as("distinct colours in %s", name).isGreaterThanOrEqualTo(4);
		assertThat(ink / (double) (width * height)).as("share of non-background pixels in %s", name)
			.isGreaterThan(0.01);
		return image;
	}

	/** Asserts a well-formed SVG that contains every expected text, and returns it. */
	public static String assertSvg(byte[] bytes, String name, String... expected) {
		save(bytes, name + ".svg");
		String svg = new String(bytes, StandardCharsets.UTF_8);
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
			assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		}
		catch (Exception ex) {
			throw new AssertionError("SVG mal formé : " + name, ex);
		}
		assertThat(svg).contains(expected);
		return svg;
	}

	private static void save(byte[] bytes, String file) {
		try {
			Files.createDirectories(PREVIEW);
			Files.write(PREVIEW.resolve(file), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
