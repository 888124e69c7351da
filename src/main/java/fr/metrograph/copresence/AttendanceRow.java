package fr.metrograph.copresence;

import java.util.List;

/**
 * One row of the two-mode data: an actor (person or metropolis) at a meeting, with the
 * documents that say so. Field names are the columns of
 * {@code cypher/queries/copresence/*.cypher}.
 *
 * @param actorId the person's or metropolis' id
 * @param actorName its display name
 * @param eventId the meeting's id
 * @param year the meeting's year, or null
 * @param sources ids of the supporting documents
 */
record AttendanceRow(String actorId, String actorName, String eventId, Integer year, List<String> sources) {
}
