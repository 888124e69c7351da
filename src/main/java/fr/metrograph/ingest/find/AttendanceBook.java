package fr.metrograph.ingest.find;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;

/**
 * Who attended which meeting of one document, as the finders read it: per person and
 * meeting, a status (present wins over excused, a known status over an unknown one) and
 * the capacities, each with the first passage that stated it. One fact per capacity in
 * the end; an excused person has none, a present one without a stated capacity is a
 * participant.
 */
final class AttendanceBook {

	private record Key(PersonDraft person, String meetingId) {
	}

	private static final class State {

		private Status status;

		private final Map<Capacity, Evidence> capacities = new EnumMap<>(Capacity.class);

		private boolean statusKnown;

		private Evidence evidence;

	}

	private final Map<Key, State> entries = new LinkedHashMap<>();

	/** Records an observation (evidence already attributed). */
	void attend(PersonDraft p, String meetingId, Status status, Capacity capacity, Evidence evidence) {
		State s = this.entries.computeIfAbsent(new Key(p, meetingId), (k) -> new State());
		if (status != null && (!s.statusKnown || s.status == null || status == Status.PRESENT)) {
			s.status = status;
			s.statusKnown = true;
		}
		if (s.evidence == null) {
			s.evidence = evidence;
		}
		if (capacity != null) {
			s.capacities.putIfAbsent(capacity, evidence);
		}
	}

	Set<Capacity> capacities(PersonDraft p, String meetingId) {
		State s = this.entries.get(new Key(p, meetingId));
		return (s == null) ? Set.of() : s.capacities.keySet();
	}

	Status status(PersonDraft p, String meetingId) {
		State s = this.entries.get(new Key(p, meetingId));
		return (s == null) ? null : s.status;
	}

	boolean attends(PersonDraft p, String meetingId) {
		return this.entries.containsKey(new Key(p, meetingId));
	}

	List<AttendanceFact> facts() {
		List<AttendanceFact> att = new ArrayList<>();
		for (Map.Entry<Key, State> e : this.entries.entrySet()) {
			State s = e.getValue();
			String personId = e.getKey().person().id();
			String meetingId = e.getKey().meetingId();
			if (s.status == Status.EXCUSED) {
				att.add(new AttendanceFact(personId, meetingId, s.status, null, s.evidence));
				continue;
			}
			Set<Capacity> caps = new LinkedHashSet<>(s.capacities.keySet());
			if (caps.isEmpty()) {
				caps.add(Capacity.PARTICIPANT);
			}
			for (Capacity c : caps) {
				att.add(new AttendanceFact(personId, meetingId, s.status, c, s.capacities.getOrDefault(c, s.evidence)));
			}
		}
		return att;
	}

}
