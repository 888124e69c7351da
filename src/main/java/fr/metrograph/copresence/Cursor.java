package fr.metrograph.copresence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque paging cursor: which page comes next, for which request and graph version. A
 * cursor of another request, or of a graph that has changed since (a load, a retraction,
 * a correction), is refused in French rather than mixing two states.
 *
 * @param version the graph version of the first page
 * @param request a fingerprint of the request's parameters
 * @param offset next node rank (node pages)
 * @param weight weight of the last edge returned (edge pages)
 * @param u lower end of the last edge returned (edge pages)
 * @param v upper end of the last edge returned (edge pages)
 */
record Cursor(long version, int request, int offset, double weight, int u, int v) {

	static Cursor nodes(long version, int request, int offset) {
		return new Cursor(version, request, offset, 0, -1, -1);
	}

	String encode() {
		String text = "1:" + this.version + ":" + Integer.toHexString(this.request) + ":" + this.offset + ":"
				+ Double.doubleToLongBits(this.weight) + ":" + this.u + ":" + this.v;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor and checks it belongs to this request and version.
	 * @throws InvalidCopresenceRequestException when it is malformed, of another request,
	 * or of an older graph
	 */
	static Cursor decode(String cursor, long version, int request) {
		Cursor decoded;
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			if (parts.length != 7 || !parts[0].equals("1")) {
				throw new IllegalArgumentException("format");
			}
			decoded = new Cursor(Long.parseLong(parts[1]), Integer.parseUnsignedInt(parts[2], 16),
					Integer.parseInt(parts[3]), Double.longBitsToDouble(Long.parseLong(parts[4])),
					Integer.parseInt(parts[5]), Integer.parseInt(parts[6]));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCopresenceRequestException("cursor", cursor,
					"Curseur illisible : reprenez la pagination depuis le début (sans cursor).");
		}
		if (decoded.request != request || decoded.offset < 0) {
			throw new InvalidCopresenceRequestException("cursor", cursor,
					"Ce curseur appartient à une autre requête : gardez les mêmes paramètres d'une page à l'autre.");
		}
		if (decoded.version != version) {
			throw new InvalidCopresenceRequestException("cursor", cursor,
					"Le graphe a changé depuis la première page (chargement ou correction) : "
							+ "reprenez la pagination depuis le début (sans cursor).");
		}
		return decoded;
	}

}
