package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.split.Layout;
import fr.metrograph.ingest.split.TextLines;

/**
 * An attendance table aligned with spaces, as typed in plain-text minutes, whose name
 * column is not the first ("Structure Nom Prénom Fonction Présent·e / Excusé·e"): the
 * header's cells (two spaces or more between them) give each column's start; a line whose
 * name cell is empty continues the row above (a structure or a function wrapped onto a
 * second line). Rows are read like {@link AttendanceTableFinder}'s. Tables that start
 * with the name are {@link TextTableFinder}'s.
 */
public final class AlignedTableFinder implements Finder {

	private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");

	@Override
	public String name() {
		return "aligned-table";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		TextLines doc = context.lines();
		for (int n = doc.first(); n < doc.last(); n++) {
			String raw = doc.line(n).replace('\t', ' ');
			if (context.claimed(n) || raw.contains("|")) {
				continue;
			}
			List<Integer> starts = new ArrayList<>();
			List<String> header = new ArrayList<>();
			Matcher cell = CELL.matcher(raw);
			while (cell.find()) {
				starts.add(cell.start());
				header.add(cell.group());
			}
			AttendanceTableFinder.Columns columns = AttendanceTableFinder.Columns.of(header);
			if (header.size() < 3 || columns.name() <= 0 || (columns.role() < 0 && columns.body() < 0)
					|| Layout.SPACED_TABLE_HEADER.matcher(Slugs.fold(Lines.clean(raw))).matches()) {
				continue;
			}
			n = rows(context, doc, n, starts, columns);
		}
	}

	/** Reads the rows under a header; returns the last line read. */
	private static int rows(ExtractionContext context, TextLines doc, int header, List<Integer> starts,
			AttendanceTableFinder.Columns columns) {
		List<String> row = null;
		int rowFrom = -1;
		int k = header + 1;
		for (; k <= doc.last(); k++) {
			String line = doc.line(k).replace('\t', ' ');
			if (line.isBlank()) {
				break;
			}
			List<String> cells = cells(line, starts);
			boolean starts0 = context.names()
				.atStart(columns.nameIn(cells), true)
				.filter((x) -> x.start() == 0 && !x.surnameOnly())
				.isPresent();
			if (starts0) {
				if (row != null) {
					read(context, row, columns, doc, rowFrom, k - 1);
				}
				row = cells;
				rowFrom = k;
			}
			else if (row != null && cells.get(columns.name()).isBlank()) {
				for (int i = 0; i < cells.size(); i++) {
					if (!cells.get(i).isBlank()) {
						row.set(i, (row.get(i) + " " + cells.get(i)).strip());
					}
				}
			}
			else {
				break;
			}
		}
		if (row != null) {
			read(context, row, columns, doc, rowFrom, k - 1);
			context.claim(header, k - 1);
		}
		return k - 1;
	}

	private static void read(ExtractionContext context, List<String> row, AttendanceTableFinder.Columns columns,
			TextLines doc, int from, int to) {
		List<String> cells = new ArrayList<>(row);
		if (columns.role() >= 0) {
			cells.set(columns.role(), TextTableFinder.withoutCapacity(cells.get(columns.role())));
		}
		AttendanceTableFinder.row(context, cells, columns, doc.evidence(from, to), true);
	}

	/**
	 * A line cut at the header's column starts; a word that runs over a start stays in
	 * the cell it began in.
	 */
	static List<String> cells(String line, List<Integer> starts) {
		List<String> out = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < starts.size(); i++) {
			int to = (i + 1 < starts.size()) ? Math.min(line.length(), starts.get(i + 1)) : line.length();
			to = Math.max(from, to);
			while (to < line.length() && to > from && line.charAt(to) != ' ' && line.charAt(to - 1) != ' ') {
				to++;
			}
			out.add(line.substring(from, to).strip());
			from = to;
		}
		return out;
	}

}
