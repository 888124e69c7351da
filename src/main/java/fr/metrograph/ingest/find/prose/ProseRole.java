package fr.metrograph.ingest.find.prose;

/**
 * A role a prose sentence gives a person, by apposition ("X, vice-présidente de Y en
 * charge de Z") or by a title before the name ("le maire de Brest, X").
 *
 * @param title the role as written ("vice-présidente de Rennes Métropole en charge de la
 * participation citoyenne")
 * @param begin start offset of the title in the annotated text
 * @param end end offset (exclusive)
 * @param body the body it is held at, or null when the role names none the service knows
 */
public record ProseRole(String title, int begin, int end, BodyRef body) {
}
