package fr.metrograph.ingest.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.EngagementFact;
import fr.metrograph.ingest.model.Facts.MembershipFact;
import fr.metrograph.ingest.model.Facts.ParticipationFact;
import fr.metrograph.ingest.model.Facts.PartnershipFact;
import fr.metrograph.ingest.model.Facts.PlannedThemeFact;
import fr.metrograph.ingest.model.Facts.RoleFact;
import fr.metrograph.graph.Slugs;

/**
 * The identity of a fact that survives a changed document: never the document id (a
 * content hash, which changes with every edit) but what the fact says. For a
 * relationship: its type, the ids of its two ends and the properties that tell two such
 * relationships apart,
 * {@code HELD|christelle-scuotto-calvez|vice-presidente--nantes|year=2024}; for a node:
 * its label and id, {@code Meeting|rencontre-des-elus-2022-05-05}; for a metropolis named
 * in a document: {@code MENTIONED_IN|brest}. The same string is computed from an
 * extracted fact (here) and from a relationship in the graph ({@link #of}), so a
 * correction made on what the graph shows finds the fact at the next load.
 *
 * @param type relationship type or node label
 * @param start id of the start node (the node's id for a node fact)
 * @param end id of the end node, or null for a node fact
 * @param properties the discriminating properties, in a fixed order
 */
public record FactIdentity(String type, String start, String end, Map<String, String> properties) {

	/** Properties that tell two relationships of one type between the same ends apart. */
	static final Map<String, List<String>> DISCRIMINATING = Map.of("HELD", List.of("year"), "MEMBER_OF",
			List.of("year"), "ATTENDED", List.of("capacity"), "PARTICIPATED_IN", List.of("as"), "PLANNED",
			List.of("forYear"), "ACCOMPANIED", List.of("year"), "PARTNERED", List.of("year"));

	/** Node labels whose facts are identified by the node alone. */
	static final List<String> NODE_FACTS = List.of("Meeting", "Person");

	public FactIdentity {
		properties = Map.copyOf(properties);
	}

	/**
	 * The identity of a relationship as the graph holds it.
	 * @param type the relationship type
	 * @param start the start node's id
	 * @param end the end node's id
	 * @param properties the relationship's properties (only the discriminating ones are
	 * kept)
	 */
	public static FactIdentity of(String type, String start, String end, Map<String, ?> properties) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String key : DISCRIMINATING.getOrDefault(type, List.of())) {
			kept.put(key, text(properties.get(key)));
		}
		return new FactIdentity(type, start, end, kept);
	}

	/** The identity of a node fact ({@code Meeting}, {@code Person}). */
	public static FactIdentity node(String label, String id) {
		return new FactIdentity(label, id, null, Map.of());
	}

	/** The identity of a metropolis named in a document. */
	public static FactIdentity metropolisMention(String metropolisId) {
		return new FactIdentity("MENTIONED_IN", metropolisId, null, Map.of());
	}

	/** Parses the text form; null when it is not one. */
	public static FactIdentity parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.split("\\|", -1);
		if (parts.length < 2) {
			return null;
		}
		if (parts.length == 2) {
			return new FactIdentity(parts[0], parts[1], null, Map.of());
		}
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 3; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			if (eq < 0) {
				return null;
			}
			properties.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
		}
		return new FactIdentity(parts[0], parts[1], parts[2], properties);
	}

	/** Whether this is a node fact (no end). */
	public boolean isNode() {
		return this.end == null;
	}

	/** The text form, as stored in a correction. */
	@Override
	public String toString() {
		StringBuilder out = new StringBuilder(this.type).append('|').append(this.start);
		if (this.end != null) {
			out.append('|').append(this.end);
			for (String key : DISCRIMINATING.getOrDefault(this.type, List.of())) {
				out.append('|').append(key).append('=').append(this.properties.getOrDefault(key, ""));
			}
		}
		return out.toString();
	}

	/** The properties to match on the relationship, typed as the writer stores them. */
	public Map<String, Object> typedProperties() {
		Map<String, Object> typed = new LinkedHashMap<>();
		this.properties.forEach((key, value) -> {
			if (value.isEmpty()) {
				typed.put(key, null);
			}
			else if (value.matches("-?\\d+")) {
				typed.put(key, Long.parseLong(value));
			}
			else {
				typed.put(key, value);
			}
		});
		return typed;
	}

	static FactIdentity held(RoleFact role) {
		return rel("HELD", role.personId(), roleId(role.title(), role.atId()), "year", role.year());
	}

	static FactIdentity attended(AttendanceFact attendance) {
		String capacity = (attendance.capacity() != null) ? attendance.capacity().code() : Capacity.PARTICIPANT.code();
		return rel("ATTENDED", attendance.personId(), attendance.meetingId(), "capacity", capacity);
	}

	static FactIdentity memberOf(MembershipFact membership) {
		return rel("MEMBER_OF", membership.metropolisId(), membership.groupId(), "year", membership.year());
	}

	static FactIdentity participated(ParticipationFact participation) {
		return rel("PARTICIPATED_IN", participation.bodyId(), participation.meetingId(), "as", participation.as());
	}

	static FactIdentity planned(PlannedThemeFact planned) {
		return rel("PLANNED", planned.groupId(), planned.themeId(), "forYear", planned.forYear());
	}

	static FactIdentity accompanied(EngagementFact engagement) {
		return rel("ACCOMPANIED", engagement.organizationId(), engagement.metropolisId(), "year", engagement.year());
	}

	static FactIdentity partnered(PartnershipFact partnership) {
		return rel("PARTNERED", partnership.organizationId(), partnership.partnerId(), "year", partnership.year());
	}

	static FactIdentity affiliated(String personId, String bodyId) {
		return new FactIdentity("AFFILIATED_WITH", personId, bodyId, Map.of());
	}

	/**
	 * A role node's id, as the graph writer makes it: the title's slug, then the body it
	 * is held at.
	 */
	static String roleId(String title, String atId) {
		return Slugs.of(title) + ((atId != null) ? "--" + atId : "");
	}

	private static FactIdentity rel(String type, String start, String end, String key, Object value) {
		return new FactIdentity(type, start, end, Map.of(key, text(value)));
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return String.valueOf(number.longValue());
		}
		return value.toString();
	}

}
