package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.bodies.Communes;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * Attendance tables with pipes ({@code | Nom | Fonction | Structure | Présence |}, in any
 * column order, French column names): one person per row (surname first allowed), the
 * role, the structure (a commune named as such is the commune), and the presence ("
 * présent", "oui", "x", "visio" → present; "excusé", "absent" → excused; anything else:
 * not attested). Two people in one row (« A ; B » beside « rôle de A ; rôle de B ») are
 * paired in order.
 * <p>
 * In a document that reports no meeting, the same tables list members (« | Métropole |
 * Membre | Fonction | »): {@link #PEOPLE} reads them for people, roles and bodies, and
 * attests no presence.
 */
public final class AttendanceTableFinder implements Finder {

	/** Reads the tables of a document that reports no meeting: nobody's presence. */
	public static final AttendanceTableFinder PEOPLE = new AttendanceTableFinder(false);

	private final boolean attendance;

	/** Reads attendance tables. */
	public AttendanceTableFinder() {
		this(true);
	}

	private AttendanceTableFinder(boolean attendance) {
		this.attendance = attendance;
	}

	@Override
	public String name() {
		return this.attendance ? "attendance-table" : "people-table";
	}

	@Override
	public double confidence() {
		return 0.95;
	}

	@Override
	public void find(ExtractionContext context) {
		TextLines doc = context.lines();
		int n = doc.first();
		while (n <= doc.last()) {
			String l = doc.line(n).strip();
			if (!l.startsWith("|")) {
				n++;
				continue;
			}
			Columns columns = Columns.of(cells(l));
			n++;
			if (columns.name() < 0 || n > doc.last() || !isSeparator(doc.line(n).strip())) {
				// a header is a table's first row, over its separator: an infobox's
				// "| Membres | 200 |" is a row
				continue;
			}
			while (n <= doc.last() && doc.line(n).strip().startsWith("|")) {
				String row = doc.line(n).strip();
				context.claim(n);
				if (!isSeparator(row)) {
					List<String> c = cells(row);
					if (columns.name() < c.size()) {
						for (List<String> one : paired(c, columns)) {
							row(context, one, columns, doc.evidence(n, n), this.attendance);
						}
					}
				}
				n++;
			}
		}
	}

	/**
	 * Which cell holds what; -1 when the table has no such column. {@code given} is a
	 * first-name column beside a surname column ("| Nom | Prénom |").
	 */
	record Columns(int name, int role, int body, int presence, int given) {

		Columns(int name, int role, int body, int presence) {
			this(name, role, body, presence, -1);
		}

		static Columns of(List<String> header) {
			int name = -1;
			int role = -1;
			int body = -1;
			int presence = -1;
			int surname = -1;
			int given = -1;
			for (int i = 0; i < header.size(); i++) {
				String h = Slugs.fold(header.get(i));
				if (h.matches("nom(?: de famille)?")) {
					surname = i;
				}
				else if (h.matches("prenoms?")) {
					given = i;
				}
				if (name < 0 && h.matches("(nom|prenom|participant|personne|identite|membre).*")) {
					name = i;
				}
				else if (role < 0 && h.matches("(fonction|titre|role|poste|qualite|mandat).*")) {
					role = i;
				}
				else if (body < 0
						&& h.matches("(structure|organisme|collectivite|metropole|institution|employeur|entite).*")) {
					body = i;
				}
				else if (presence < 0 && h.matches("(presence|statut|present|participation|etat).*")) {
					presence = i;
				}
			}
			if (surname >= 0 && given >= 0) {
				return new Columns(surname, role, body, presence, given);
			}
			return new Columns(name, role, body, presence);
		}

		/** The row's name: the first-name cell before the surname's when they are two. */
		String nameIn(List<String> cells) {
			String surname = cells.get(this.name).strip();
			if (this.given < 0 || this.given >= cells.size() || cells.get(this.given).isBlank()) {
				return surname;
			}
			return cells.get(this.given).strip() + " " + surname;
		}

	}

	/**
	 * One row per person: « A ; B » in the name cell, with « rôle de A ; rôle de B » in
	 * the role cell, are two rows; a role cell without a semicolon is both people's; when
	 * the counts differ, neither gets a role.
	 */
	private static List<List<String>> paired(List<String> c, Columns columns) {
		String[] names = c.get(columns.name()).split("\\s+;\\s+");
		if (names.length < 2 || columns.given() >= 0) {
			return List.of(c);
		}
		boolean hasRole = columns.role() >= 0 && columns.role() < c.size();
		String[] roles = hasRole ? c.get(columns.role()).split("\\s+;\\s+") : new String[0];
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			List<String> one = new ArrayList<>(c);
			one.set(columns.name(), names[i]);
			if (hasRole) {
				one.set(columns.role(),
						(roles.length == names.length) ? roles[i] : (roles.length == 1) ? roles[0] : "");
			}
			rows.add(one);
		}
		return rows;
	}

	/**
	 * Reads one row: name, role, structure and presence cells.
	 * @param attendance whether the table attests presence; when it does not, a cell that
	 * starts with two capitalised words is a name only when they are the whole cell or a
	 * sure name (a known first name, capitals or an honorific): « Open Source Politics
	 * (sur invitation) » is no one
	 */
	static void row(ExtractionContext context, List<String> c, Columns columns, Evidence ev, boolean attendance) {
		String written = columns.nameIn(c);
		Optional<ParsedName> parsed = context.names().atStart(written, true);
		if (!attendance && parsed.isPresent() && parsed.get().strength() == ParsedName.Strength.WEAK
				&& parsed.get().end() < written.strip().length()) {
			return;
		}
		if (parsed.isPresent() && columns.given() >= 0 && parsed.get().end() < written.length()) {
			// "Mamadou Lamine" + "DIALLO": the cells say where the first name ends
			parsed = Optional
				.of(new ParsedName(written, written, false, ParsedName.Strength.STRONG, 0, written.length()));
		}
		if (parsed.isEmpty()) {
			return;
		}
		List<String> roles = new ArrayList<>();
		Capacity cellCapacity = null;
		if (columns.role() >= 0 && columns.role() < c.size() && !c.get(columns.role()).isBlank()) {
			String cell = c.get(columns.role()).strip();
			// "Animation", "Accueil" in the function column: a capacity, not a role
			cellCapacity = cell.matches("\\S+") ? ListItems.capacityWord(cell) : null;
			if (cellCapacity == null) {
				roles.add(cell);
			}
		}
		BodyMatch b = null;
		Communes.Commune commune = null;
		if (columns.body() >= 0 && columns.body() < c.size()) {
			String cell = c.get(columns.body()).strip();
			commune = Communes.in(cell);
			if (commune == null) {
				b = context.reference().resolve(cell).orElse(null);
			}
			else {
				context.findings().organization(commune.id(), commune.name(), Communes.KIND, ev);
			}
		}
		Status status = attendance ? Status.PRESENT : null;
		if (attendance && columns.presence() >= 0 && columns.presence() < c.size()) {
			String pr = Slugs.fold(c.get(columns.presence()));
			if (pr.matches(".*(excus|absent).*")) {
				status = Status.EXCUSED;
			}
			else if (!pr.matches(".*(present|oui|x|visio|distance).*")) {
				status = null;
			}
		}
		Item item = new Item(parsed.get(), roles, b, commune, cellCapacity, status);
		PersonDraft p = Attendees.attach(context, item, status,
				(status == Status.PRESENT) ? Capacity.PARTICIPANT : null, null, ev);
		if (p != null && p.affiliationId() == null && commune != null) {
			p.affiliate(commune.id(), false);
		}
	}

	private static boolean isSeparator(String row) {
		return row.matches("^\\|[\\s:|\\-]+\\|?$");
	}

	private static List<String> cells(String row) {
		String r = row.strip();
		if (r.startsWith("|")) {
			r = r.substring(1);
		}
		if (r.endsWith("|")) {
			r = r.substring(0, r.length() - 1);
		}
		List<String> out = new ArrayList<>();
		for (String c : r.split("\\|", -1)) {
			out.add(c.replace("*", "").strip());
		}
		return out;
	}

}
