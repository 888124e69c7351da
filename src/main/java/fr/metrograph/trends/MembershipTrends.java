package fr.metrograph.trends;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Membership change between consecutive observed years. For each year y with previous
 * observed year p: joined = M(y) \ M(p), left = M(p) \ M(y), retention = |M(y) ∩ M(p)| /
 * |M(p)|. The first observed year has no previous year: joined is everybody, left is
 * empty and retention null. A gap (no data for y − 1) compares with the last observed
 * year and says so in {@code previousYear}. Cost O(Σ|M(y)|).
 */
public final class MembershipTrends {

	private MembershipTrends() {
	}

	/** A member: id and display name. */
	public record Member(String id, String name) {
	}

	/**
	 * One year of membership.
	 *
	 * @param year the year
	 * @param previousYear the year compared with, or null for the first year
	 * @param members members that year
	 * @param joined members not there the previous observed year
	 * @param left members of the previous observed year no longer there
	 * @param retention share of the previous year's members still there, or null
	 */
	public record MembershipYear(int year, Integer previousYear, List<Member> members, List<Member> joined,
			List<Member> left, Double retention) {
	}

	/**
	 * @param membersByYear members per observed year
	 * @return one entry per observed year, in order
	 */
	public static List<MembershipYear> compute(SortedMap<Integer, List<Member>> membersByYear) {
		List<MembershipYear> years = new ArrayList<>();
		Integer previousYear = null;
		List<Member> previous = List.of();
		for (Map.Entry<Integer, List<Member>> entry : membersByYear.entrySet()) {
			List<Member> current = entry.getValue();
			Set<String> currentIds = ids(current);
			Set<String> previousIds = ids(previous);
			List<Member> joined = current.stream().filter((m) -> !previousIds.contains(m.id())).toList();
			List<Member> left = previous.stream().filter((m) -> !currentIds.contains(m.id())).toList();
			Double retention = null;
			if (previousYear != null && !previous.isEmpty()) {
				long kept = previous.stream().filter((m) -> currentIds.contains(m.id())).count();
				retention = (double) kept / previous.size();
			}
			years.add(new MembershipYear(entry.getKey(), previousYear, current, joined, left, retention));
			previousYear = entry.getKey();
			previous = current;
		}
		return years;
	}

	private static Set<String> ids(List<Member> members) {
		Set<String> ids = new LinkedHashSet<>();
		members.forEach((m) -> ids.add(m.id()));
		return ids;
	}

}
