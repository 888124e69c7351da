package fr.metrograph.copresence.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic attendance for the co-presence benchmark, deterministic for a seed. Meeting
 * sizes are skewed: {@code 2 + floor(Pareto(α = 1.5, x_m = 1) − 1)}, capped at
 * {@code maxMeetingSize}, so most meetings are small and a few have hundreds or thousands
 * of attendees. People are drawn by Zipf popularity ({@code P(rank r) ∝ r^-s}) without
 * repetition inside a meeting, so a few people attend very many meetings.
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

	/**
	 * @param alpha Pareto exponent of meeting sizes (&gt; 1; smaller is more skewed)
	 * @param zipf Zipf exponent of popularity (&gt;= 0; 0 is uniform)
	 * @param maxMeetingSize cap on meeting sizes (&gt;= 2)
	 */
	public AttendanceGenerator(double alpha, double zipf, int maxMeetingSize) {
		if (!(alpha > 1) || !(zipf >= 0) || maxMeetingSize < 2) {
			throw new IllegalArgumentException("alpha > 1, zipf >= 0 and maxMeetingSize >= 2 expected");
		}
		this.alpha = alpha;
		this.zipf = zipf;
		this.maxMeetingSize = maxMeetingSize;
	}

	/** Defaults: α = 1.5, Zipf 0.8, meetings of at most 2,000. */
	public AttendanceGenerator() {
		this(1.5, 0.8, 2000);
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
			int n = (int) Math.min(cap, 1 + Math.floor(pareto));
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
