package fr.metrograph.copresence.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic attendance for the benchmarks, deterministic for a seed. Meeting sizes are
 * skewed: {@code max(2, 1 + floor(scale · Pareto(α, x_m = 1)))}, capped at
 * {@code maxMeetingSize}, so most meetings are small and a few have hundreds or thousands
 * of attendees. {@link #AttendanceGenerator()} (α = 1.5, scale 1: 3.6 attendees per
 * meeting) is the co-presence benchmark's historical profile; {@link #sheets()} (α = 2,
 * scale 9.5: about 19.5) is the attendance-sheet profile of issue #11's figures (98k rows
 * for 20,000 people at 5,000 meetings, 973k for ten times that). People are drawn by Zipf
 * popularity ({@code P(rank r) ∝ r^-s}) without repetition inside a meeting, so a few
 * people attend very many meetings.
 */
public final class AttendanceGenerator {

	/**
	 * The generated pairs: pair {@code i} is person {@code person[i]} at meeting
	 * {@code meeting[i]}.
	 *
	 * @param people number of people
	 * @param meetings number of meetings
	 * @param person person of each pair
	 * @param meeting meeting of each pair
	 * @param largestMeeting size of the largest meeting
	 */
	public record Attendance(int people, int meetings, int[] person, int[] meeting, int largestMeeting) {

		public int pairs() {
			return this.person.length;
		}

		/** {@code Σ_e n_e(n_e − 1)/2}: the pairs a projection enumerates. */
		public long coAttendances() {
			long[] sizes = new long[this.meetings];
			for (int m : this.meeting) {
				sizes[m]++;
			}
			long sum = 0;
			for (long n : sizes) {
				sum += n * (n - 1) / 2;
			}
			return sum;
		}

	}

	private final double alpha;

	private final double zipf;

	private final int maxMeetingSize;

	private final double scale;

	/**
	 * @param alpha Pareto exponent of meeting sizes (&gt; 1; smaller is more skewed)
	 * @param zipf Zipf exponent of popularity (&gt;= 0; 0 is uniform)
	 * @param maxMeetingSize cap on meeting sizes (&gt;= 2)
	 * @param scale multiplies the Pareto draw (&gt;= 1; larger means larger meetings)
	 */
	public AttendanceGenerator(double alpha, double zipf, int maxMeetingSize, double scale) {
		if (!(alpha > 1) || !(zipf >= 0) || maxMeetingSize < 2 || !(scale >= 1)) {
			throw new IllegalArgumentException("alpha > 1, zipf >= 0, maxMeetingSize >= 2 and scale >= 1 expected");
		}
		this.alpha = alpha;
		this.zipf = zipf;
		this.maxMeetingSize = maxMeetingSize;
		this.scale = scale;
	}

	/** Defaults: α = 1.5, Zipf 0.8, meetings of at most 2,000, scale 1. */
	public AttendanceGenerator() {
		this(1.5, 0.8, 2000, 1);
	}

	/** The attendance-sheet profile: α = 2, Zipf 0.8, at most 2,000, scale 9.5. */
	public static AttendanceGenerator sheets() {
		return new AttendanceGenerator(2, 0.8, 2000, 9.5);
	}

	/** Generates attendance of {@code people} people at {@code meetings} meetings. */
	public Attendance generate(int people, int meetings, long seed) {
		if (people < 2 || meetings < 1) {
			throw new IllegalArgumentException("At least 2 people and 1 meeting expected");
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[] cumulative = new double[people];
		double total = 0;
		for (int r = 0; r < people; r++) {
			total += Math.pow(r + 1, -this.zipf);
			cumulative[r] = total;
		}
		// People ranks are shuffled onto ids so that popularity is not the id order.
		int[] idOfRank = new int[people];
		for (int i = 0; i < people; i++) {
			idOfRank[i] = i;
		}
		for (int i = people - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = idOfRank[i];
			idOfRank[i] = idOfRank[j];
			idOfRank[j] = t;
		}
		int cap = Math.min(this.maxMeetingSize, people);
		int[] person = new int[meetings * 4];
		int[] meeting = new int[person.length];
		int[] stamp = new int[people];
		Arrays.fill(stamp, -1);
		int size = 0;
		int largest = 0;
		for (int m = 0; m < meetings; m++) {
			double pareto = Math.pow(1 - random.nextDouble(), -1 / this.alpha);
			int n = (int) Math.min(cap, 1 + Math.floor(this.scale * pareto));
			n = Math.max(2, n);
			largest = Math.max(largest, n);
			if (size + n > person.length) {
				int capacity = Math.max(size + n, person.length + (person.length >> 1));
				person = Arrays.copyOf(person, capacity);
				meeting = Arrays.copyOf(meeting, capacity);
			}
			int drawn = 0;
			while (drawn < n) {
				int rank = Arrays.binarySearch(cumulative, random.nextDouble() * total);
				rank = (rank >= 0) ? rank : Math.min(people - 1, -rank - 1);
				int p = idOfRank[rank];
				if (stamp[p] == m) {
					continue;
				}
				stamp[p] = m;
				person[size] = p;
				meeting[size++] = m;
				drawn++;
			}
		}
		return new Attendance(people, meetings, Arrays.copyOf(person, size), Arrays.copyOf(meeting, size), largest);
	}

}
