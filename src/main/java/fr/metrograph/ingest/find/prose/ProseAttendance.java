package fr.metrograph.ingest.find.prose;

import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;

/**
 * A person the prose places at an event.
 *
 * @param person the person as the people finder found them
 * @param status present or excused
 * @param capacity speaker, facilitator, organiser or participant
 * @param confidence how sure the finder is that they attended in this capacity (0–1)
 */
public record ProseAttendance(ProsePerson person, Status status, Capacity capacity, double confidence) {
}
