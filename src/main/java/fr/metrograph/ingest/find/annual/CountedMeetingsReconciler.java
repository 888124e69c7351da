package fr.metrograph.ingest.find.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;

/**
 * An annual summary that both counts its group's meetings ("12 réunions, dont 9 en
 * visio") and tells them with their dates ("Le 16/03, la réunion sur les budgets
 * participatifs…") would count each twice. Each dated meeting of the summary's year
 * stands for one counted meeting ({@link CountedMeetingsFinder}'s undated
 * {@code group_meeting}): of its own format first, else of any format when its format is
 * unknown. The counted one is removed and the dated one becomes the group's meeting. A
 * dated meeting with nothing left to stand for (more dates than counts, another body's
 * event) stays as found. Runs after every finder of meetings.
 */
public final class CountedMeetingsReconciler implements Finder {

	@Override
	public String name() {
		return "annual-meeting-count";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		Findings facts = context.findings();
		List<MeetingFact> counted = new ArrayList<>(facts.meetings()
			.stream()
			.filter((m) -> CountedMeetingsFinder.KIND.equals(m.kind()) && m.startDate() == null)
			.toList());
		if (counted.isEmpty()) {
			return;
		}
		List<MeetingFact> dated = facts.meetings()
			.stream()
			.filter((m) -> m.startDate() != null && m.partOfId() == null && !"experience_sharing".equals(m.kind())
					&& Objects.equals(m.year(), counted.get(0).year()))
			.toList();
		// known formats first, so that an unknown one does not take another's count
		List<MeetingFact> ordered = new ArrayList<>(dated.stream().filter((m) -> known(m.format())).toList());
		ordered.addAll(dated.stream().filter((m) -> !known(m.format())).toList());
		for (MeetingFact meeting : ordered) {
			MeetingFact standsFor = counted.stream()
				.filter((c) -> !known(meeting.format()) || c.format() == meeting.format())
				.findFirst()
				.orElse(null);
			if (standsFor == null) {
				continue;
			}
			counted.remove(standsFor);
			facts.dropMeeting(standsFor.id());
			if (meeting.groupId() == null && standsFor.groupId() != null) {
				facts.updateMeeting(meeting.id(), (m) -> m.withGroup(standsFor.groupId()));
			}
		}
	}

	private static boolean known(Format format) {
		return format != null && format != Format.UNKNOWN;
	}

}
