package fr.metrograph.copresence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.metrograph.csv.CsvDialect;
import fr.metrograph.csv.CsvWriter;
import fr.metrograph.copresence.CopresenceViews.ExportEdge;
import fr.metrograph.copresence.CopresenceViews.ExportModel;
import fr.metrograph.copresence.CopresenceViews.ExportNode;
import fr.metrograph.copresence.CopresenceViews.NodeView;

/**
 * Writes a network for Gephi, R, pandas: GEXF 1.3 (dynamic, one spell per year a node or
 * edge is active), GraphML, or a ZIP of {@code nodes.csv} and {@code edges.csv}, streamed
 * to the response as the model's nodes and edges are iterated (a network of millions of
 * edges is never one string in memory). Each node and edge carries its metrics and the
 * ids of the documents behind it (several ids are joined by {@code ;}). XML goes through
 * StAX, so names with {@code &}, quotes or accents come out escaped and well-formed. A
 * metric that was not computed is left out (an empty CSV cell), never written as zero.
 * <p>
 * Why over 300 lines: the three formats share the iteration over nodes and edges, the
 * attributes' names, the spells per year and the documents' ids; each format's own
 * writing is about 80 lines.
 */
final class NetworkExports {

	static final String GEXF_NAMESPACE = "http://gexf.net/1.3";

	static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	/** id, French title shown by Gephi, GEXF type, GraphML type. */
	private static final String[][] NODE_ATTRIBUTES = { { "degree", "degré", "integer", "int" },
			{ "weightedDegree", "degré pondéré", "double", "double" },
			{ "betweenness", "intermédiarité", "double", "double" },
			{ "eigenvector", "centralité de vecteur propre", "double", "double" },
			{ "community", "communauté", "integer", "int" }, { "years", "années", "string", "string" },
			{ "sources", "documents sources", "string", "string" } };

	private NetworkExports() {
	}

	/** GEXF 1.3, dynamic graph with integer (year) spells. */
	static byte[] gexf(ExportModel model) {
		return bytes((out) -> gexf(model, out));
	}

	/** GEXF 1.3, written to {@code out} as the model is iterated. */
	static void gexf(ExportModel model, OutputStream out) {
		xml(out, (w) -> {
			w.writeStartElement("gexf");
			w.writeDefaultNamespace(GEXF_NAMESPACE);
			w.writeAttribute("version", "1.3");
			w.writeStartElement("meta");
			w.writeStartElement("creator");
			w.writeCharacters("Metrograph");
			w.writeEndElement();
			w.writeStartElement("description");
			w.writeCharacters(description(model));
			w.writeEndElement();
			w.writeEndElement();
			w.writeStartElement("graph");
			w.writeAttribute("defaultedgetype", "undirected");
			w.writeAttribute("mode", "dynamic");
			w.writeAttribute("timeformat", "integer");
			w.writeStartElement("attributes");
			w.writeAttribute("class", "node");
			w.writeAttribute("mode", "static");
			for (String[] attribute : NODE_ATTRIBUTES) {
				w.writeEmptyElement("attribute");
				w.writeAttribute("id", attribute[0]);
				w.writeAttribute("title", attribute[1]);
				w.writeAttribute("type", attribute[2]);
			}
			w.writeEndElement();
			w.writeStartElement("attributes");
			w.writeAttribute("class", "edge");
			w.writeAttribute("mode", "static");
			w.writeEmptyElement("attribute");
			w.writeAttribute("id", "years");
			w.writeAttribute("title", "années");
			w.writeAttribute("type", "string");
			w.writeEmptyElement("attribute");
			w.writeAttribute("id", "sources");
			w.writeAttribute("title", "documents sources");
			w.writeAttribute("type", "string");
			w.writeEndElement();
			w.writeStartElement("nodes");
			for (ExportNode node : model.nodes()) {
				w.writeStartElement("node");
				w.writeAttribute("id", node.node().id());
				w.writeAttribute("label", node.node().name());
				w.writeStartElement("attvalues");
				String[] values = nodeValues(node);
				for (int i = 0; i < values.length; i++) {
					if (values[i] != null) {
						w.writeEmptyElement("attvalue");
						w.writeAttribute("for", NODE_ATTRIBUTES[i][0]);
						w.writeAttribute("value", values[i]);
					}
				}
				w.writeEndElement();
				spells(w, node.years());
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeStartElement("edges");
			int id = 0;
			for (ExportEdge edge : model.edges()) {
				w.writeStartElement("edge");
				w.writeAttribute("id", Integer.toString(id++));
				w.writeAttribute("source", edge.edge().source());
				w.writeAttribute("target", edge.edge().target());
				w.writeAttribute("weight", Double.toString(edge.edge().weight()));
				w.writeStartElement("attvalues");
				w.writeEmptyElement("attvalue");
				w.writeAttribute("for", "years");
				w.writeAttribute("value", join(edge.years()));
				w.writeEmptyElement("attvalue");
				w.writeAttribute("for", "sources");
				w.writeAttribute("value", join(edge.sources()));
				w.writeEndElement();
				spells(w, edge.years());
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	/** GraphML with typed keys for every metric and the sources. */
	static byte[] graphml(ExportModel model) {
		return bytes((out) -> graphml(model, out));
	}

	/** GraphML, written to {@code out} as the model is iterated. */
	static void graphml(ExportModel model, OutputStream out) {
		xml(out, (w) -> {
			w.writeStartElement("graphml");
			w.writeDefaultNamespace(GRAPHML_NAMESPACE);
			key(w, "name", "node", "name", "string");
			for (String[] attribute : NODE_ATTRIBUTES) {
				key(w, attribute[0], "node", attribute[0], attribute[3]);
			}
			key(w, "weight", "edge", "weight", "double");
			key(w, "edgeYears", "edge", "years", "string");
			key(w, "edgeSources", "edge", "sources", "string");
			w.writeStartElement("graph");
			w.writeAttribute("id", model.network());
			w.writeAttribute("edgedefault", "undirected");
			for (ExportNode node : model.nodes()) {
				w.writeStartElement("node");
				w.writeAttribute("id", node.node().id());
				data(w, "name", node.node().name());
				String[] values = nodeValues(node);
				for (int i = 0; i < values.length; i++) {
					if (values[i] != null) {
						data(w, NODE_ATTRIBUTES[i][0], values[i]);
					}
				}
				w.writeEndElement();
			}
			for (ExportEdge edge : model.edges()) {
				w.writeStartElement("edge");
				w.writeAttribute("source", edge.edge().source());
				w.writeAttribute("target", edge.edge().target());
				data(w, "weight", Double.toString(edge.edge().weight()));
				data(w, "edgeYears", join(edge.years()));
				data(w, "edgeSources", join(edge.sources()));
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	/**
	 * A ZIP of {@code nodes.csv} and {@code edges.csv} (UTF-8, comma-separated, header
	 * row); a metric not computed is an empty cell.
	 */
	static byte[] csvZip(ExportModel model) {
		return bytes((out) -> csvZip(model, out, CsvDialect.RFC_4180));
	}

	/**
	 * The CSV ZIP, written to {@code out} as the model is iterated, in the dialect asked
	 * for ({@link CsvDialect#TABLEUR}: semicolons, decimal commas and a byte order mark,
	 * for a French spreadsheet).
	 */
	static void csvZip(ExportModel model, OutputStream out, CsvDialect dialect) {
		try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			// Through fr.metrograph.csv, like every CSV the service writes: names such as
			// "=HYPERLINK(…)" are neutralised.
			CsvWriter nodes = CsvWriter.utf8(zip, dialect);
			nodes.row("id", "name", "degree", "weightedDegree", "betweenness", "eigenvector", "community", "years",
					"sources");
			for (ExportNode node : model.nodes()) {
				Object[] values = nodeCells(node);
				nodes.row(node.node().id(), node.node().name(), values[0], values[1], values[2], values[3], values[4],
						values[5], values[6]);
			}
			nodes.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("edges.csv"));
			CsvWriter edges = CsvWriter.utf8(zip, dialect);
			edges.row("source", "target", "weight", "years", "sources");
			for (ExportEdge edge : model.edges()) {
				edges.row(edge.edge().source(), edge.edge().target(), edge.edge().weight(), join(edge.years()),
						join(edge.sources()));
			}
			edges.flush();
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The node's attribute values in {@link #NODE_ATTRIBUTES} order; null when unknown.
	 */
	private static String[] nodeValues(ExportNode node) {
		return java.util.Arrays.stream(nodeCells(node))
			.map((v) -> (v != null) ? v.toString() : null)
			.toArray(String[]::new);
	}

	/**
	 * The same values, numbers as numbers (a CSV writes them with its dialect's decimal
	 * separator); null when unknown.
	 */
	private static Object[] nodeCells(ExportNode node) {
		NodeView n = node.node();
		return new Object[] { n.degree(), n.weightedDegree(), n.betweenness(), n.eigenvector(), n.community(),
				join(node.years()), join(node.sources()) };
	}

	private static String description(ExportModel model) {
		return "Réseau de co-présence des " + ("people".equals(model.network()) ? "personnes" : "métropoles")
				+ " (Metrograph)";
	}

	private static void spells(XMLStreamWriter w, List<Integer> years) throws XMLStreamException {
		if (years.isEmpty()) {
			return;
		}
		w.writeStartElement("spells");
		for (int year : years) {
			w.writeEmptyElement("spell");
			w.writeAttribute("start", Integer.toString(year));
			w.writeAttribute("end", Integer.toString(year));
		}
		w.writeEndElement();
	}

	private static void key(XMLStreamWriter w, String id, String domain, String name, String type)
			throws XMLStreamException {
		w.writeEmptyElement("key");
		w.writeAttribute("id", id);
		w.writeAttribute("for", domain);
		w.writeAttribute("attr.name", name);
		w.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
		w.writeStartElement("data");
		w.writeAttribute("key", key);
		w.writeCharacters(value);
		w.writeEndElement();
	}

	private static String join(List<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
	}

	private static byte[] bytes(java.util.function.Consumer<OutputStream> writer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		writer.accept(bytes);
		return bytes.toByteArray();
	}

	private static void xml(OutputStream out, XmlBody body) {
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory()
				.createXMLStreamWriter(
						new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.flush();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write XML", ex);
		}
	}

	/** Lets the ZIP finish its last entry without closing the response's stream. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

}
