package fr.metrograph.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.meetings.MeetingViews.MeetingDetail;
import fr.metrograph.meetings.MeetingViews.MeetingSummary;
import fr.metrograph.meetings.MeetingViews.ThemeSummary;

/** Reads meetings and themes through the named queries. */
@Service
class MeetingsService {

	private final GraphReads reads;

	MeetingsService(GraphReads reads) {
		this.reads = reads;
	}

	List<MeetingSummary> meetings(Integer year) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("year", year);
		return this.reads.list("meetings/list_meetings", parameters, MeetingSummary.class);
	}

	MeetingDetail meeting(String id) {
		return this.reads.one("meetings/get_meeting", Map.of("id", id), MeetingDetail.class)
			.orElseThrow(() -> new EntityNotFoundException("réunion", id));
	}

	List<ThemeSummary> themes() {
		return this.reads.list("meetings/list_themes", Map.of(), ThemeSummary.class);
	}

}
