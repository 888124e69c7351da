package fr.metrograph.curation;

import java.util.Map;

import fr.metrograph.ingest.resolve.Correction;
import fr.metrograph.ingest.resolve.FactIdentity;

/**
 * The history in French: a label per action and one sentence per correction.
 */
final class Descriptions {

	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("merge-people", "Fusion de personnes"),
			Map.entry("split-person", "Séparation d'une personne"), Map.entry("alias-person", "Autre graphie"),
			Map.entry("rename-person", "Personne renommée"), Map.entry("keep-apart", "Personnes distinctes"),
			Map.entry("reject-fact", "Fait rejeté"), Map.entry("accept-fact", "Fait confirmé"),
			Map.entry("correct-value", "Valeur corrigée"), Map.entry("document-year", "Année d'un document"),
			Map.entry("attach-mention", "Mention rattachée"), Map.entry("rename-metropolis", "Métropole renommée"),
			Map.entry("alias-metropolis", "Autre nom de métropole"), Map.entry("accept-conflict", "Décision confirmée"),
			Map.entry("upload", "Dépôt de document"), Map.entry("retract", "Document retiré"));

	private static final Map<String, String> FIELDS = Map.of("year", "l'année", "date", "la date", "role", "le rôle",
			"metropolis", "la métropole", "status", "la présence", "capacity", "le rôle dans la réunion", "as",
			"la participation", "title", "le titre", "format", "le format", "place", "le lieu");

	private Descriptions() {
	}

	static String label(Correction c) {
		return LABELS.getOrDefault(c.action(), c.action());
	}

	static String describe(Correction c) {
		return switch (c.action()) {
			case "merge-people" -> "« " + String.join(" », « ", c.spellings()) + " » fusionné·e(s) avec « " + c.name()
					+ " » (" + c.person() + ").";
			case "split-person" -> "« " + String.join(" », « ", c.spellings()) + " » séparé·e(s) de " + c.person()
					+ " : une autre personne, « " + c.name() + " ».";
			case "alias-person" -> "« " + first(c) + " » est une autre graphie de " + c.person() + ".";
			case "rename-person" -> c.person() + " s'appelle désormais « " + c.name() + " ».";
			case "keep-apart" -> "« " + String.join(" » et « ", c.spellings()) + " » sont des personnes différentes.";
			case "reject-fact" -> "Rejeté : " + fact(c) + scope(c) + ".";
			case "accept-fact" -> "Confirmé : " + fact(c) + scope(c) + ".";
			case "correct-value" -> "Nouvelle valeur pour " + FIELDS.getOrDefault(c.field(), c.field()) + " (" + fact(c)
					+ ") : « " + c.value() + " »" + scope(c) + ".";
			case "document-year" -> "Le document n° " + ((c.part() != null) ? c.part() : 1) + " de " + c.file()
					+ " porte sur " + c.value() + ".";
			case "attach-mention" -> "« " + c.mention() + " » désigne " + c.entity() + scope(c) + ".";
			case "rename-metropolis" -> c.metropolis() + " s'appelle désormais « " + c.name() + " ».";
			case "alias-metropolis" -> "« " + first(c) + " » est un autre nom de " + c.metropolis() + ".";
			case "accept-conflict" -> "Décision relue et confirmée : " + c.conflict() + scope(c) + ".";
			case "upload" -> "Dépôt de " + c.file() + ((c.value() != null) ? " (" + c.value() + ")" : "") + ".";
			case "retract" -> "Retrait de " + c.file() + ".";
			default -> c.action();
		};
	}

	private static String fact(Correction c) {
		FactIdentity identity = FactIdentity.parse(c.fact());
		if (identity == null) {
			return String.valueOf(c.fact());
		}
		String what = switch (identity.type()) {
			case "HELD" -> "le rôle " + identity.end() + " de " + identity.start();
			case "ATTENDED" -> "la présence de " + identity.start() + " à " + identity.end();
			case "MEMBER_OF" -> "l'adhésion de " + identity.start() + " au groupe " + identity.end();
			case "PARTICIPATED_IN" -> "la participation de " + identity.start() + " à " + identity.end();
			case "AFFILIATED_WITH" -> "l'affiliation de " + identity.start() + " à " + identity.end();
			case "Meeting" -> "la réunion " + identity.start();
			case "Person" -> "la personne " + identity.start();
			case "MENTIONED_IN" -> "la mention de " + identity.start();
			default -> identity.type() + " " + identity.start() + (identity.isNode() ? "" : " → " + identity.end());
		};
		String details = identity.properties()
			.entrySet()
			.stream()
			.filter((e) -> !e.getValue().isEmpty())
			.map((e) -> e.getKey() + " " + e.getValue())
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		return what + (details.isEmpty() ? "" : " (" + details + ")");
	}

	private static String scope(Correction c) {
		return (c.file() != null) ? " dans " + c.file() : "";
	}

	private static String first(Correction c) {
		return c.spellings().isEmpty() ? "" : c.spellings().get(0);
	}

}
