/**
 * Finders for prose paragraphs, on the French NLP layer's annotations: people named
 * inline (with the roles their appositions and titles give), enumerations of people, and
 * events told in sentences (an event noun tied to a date, with a place, a format, an
 * organiser and the people around it).
 */
package fr.metrograph.ingest.find.prose;
