package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two-mode (affiliation) data: actors × events, stored sparse in both directions
 * (compressed rows, CSR). Actors and events are indexed {@code 0..n-1} in the
 * lexicographic order of their ids, so that the same set of pairs gives the same indices
 * and the same results whatever order the pairs arrived in.
 * <p>
 * Built from a stream of {@code (actorId, eventId, weight)} pairs through
 * {@link #builder()}: the builder keeps two int arrays (and a double array only once a
 * weight other than 1 is seen), so a pair costs 8 to 16 bytes and no boxing. A pair given
 * twice (two documents stating the same attendance) counts once, with the larger weight.
 * <p>
 * Building costs {@code O(P log P)} for the id sort plus {@code O(P + n + m)} for two
 * counting sorts, for {@code P} pairs, {@code n} actors and {@code m} events. Empty input
 * gives empty data (no actor, no event).
 * <p>
 * Reference: S. Wasserman and K. Faust, <em>Social Network Analysis</em>, ch. 8
 * (affiliation networks), Cambridge University Press, 1994.
 * <p>
 * Over 300 lines: the builder and the two compressed-row views are one data structure
 * whose index arrays must stay consistent; the algorithms that read it live elsewhere
 * ({@code OneModeProjection}, the metrics).
 */
public final class TwoModeData {

	private final String[] actorIds;

	private final String[] eventIds;

	/**
	 * Event → actors: actors of event e are
	 * {@code eventActors[eventStart[e] .. eventStart[e+1])}, ascending.
	 */
	private final int[] eventStart;

	private final int[] eventActors;

	/** Weight of each entry of {@code eventActors}, or null when every weight is 1. */
	private final double[] eventWeights;

	/** Actor → events, ascending. */
	private final int[] actorStart;

	private final int[] actorEvents;

	private TwoModeData(String[] actorIds, String[] eventIds, int[] eventStart, int[] eventActors,
			double[] eventWeights, int[] actorStart, int[] actorEvents) {
		this.actorIds = actorIds;
		this.eventIds = eventIds;
		this.eventStart = eventStart;
		this.eventActors = eventActors;
		this.eventWeights = eventWeights;
		this.actorStart = actorStart;
		this.actorEvents = actorEvents;
	}

	/** A builder that takes pairs one at a time. */
	public static Builder builder() {
		return new Builder();
	}

	/** Number of actors. */
	public int actorCount() {
		return this.actorIds.length;
	}

	/** Number of events. */
	public int eventCount() {
		return this.eventIds.length;
	}

	/** Number of distinct (actor, event) pairs. */
	public int pairCount() {
		return this.eventActors.length;
	}

	/** The id of actor {@code i}. */
	public String actorId(int i) {
		return this.actorIds[i];
	}

	/** The id of event {@code e}. */
	public String eventId(int e) {
		return this.eventIds[e];
	}

	/** The index of an actor id, or -1. */
	public int actorIndex(String id) {
		int i = Arrays.binarySearch(this.actorIds, id);
		return (i >= 0) ? i : -1;
	}

	/** The index of an event id, or -1. */
	public int eventIndex(String id) {
		int i = Arrays.binarySearch(this.eventIds, id);
		return (i >= 0) ? i : -1;
	}

	/** Number of actors at event {@code e} ({@code n_e}). */
	public int eventSize(int e) {
		return this.eventStart[e + 1] - this.eventStart[e];
	}

	/** Number of events actor {@code i} attended. */
	public int actorDegree(int i) {
		return this.actorStart[i + 1] - this.actorStart[i];
	}

	/** The events of actor {@code i}, ascending (a copy). */
	public int[] eventsOf(int i) {
		return Arrays.copyOfRange(this.actorEvents, this.actorStart[i], this.actorStart[i + 1]);
	}

	/** The actors of event {@code e}, ascending (a copy). */
	public int[] actorsOf(int e) {
		return Arrays.copyOfRange(this.eventActors, this.eventStart[e], this.eventStart[e + 1]);
	}

	// Raw CSR access for the projection, which must not copy.
	int[] eventStart() {
		return this.eventStart;
	}

	int[] eventActors() {
		return this.eventActors;
	}

	double[] eventWeights() {
		return this.eventWeights;
	}

	int[] actorStart() {
		return this.actorStart;
	}

	int[] actorEvents() {
		return this.actorEvents;
	}

	/** The events actors {@code a} and {@code b} both attended, ascending. */
	public int[] sharedEvents(int a, int b) {
		int i = this.actorStart[a];
		int iEnd = this.actorStart[a + 1];
		int j = this.actorStart[b];
		int jEnd = this.actorStart[b + 1];
		int[] shared = new int[Math.min(iEnd - i, jEnd - j)];
		int k = 0;
		while (i < iEnd && j < jEnd) {
			int x = this.actorEvents[i];
			int y = this.actorEvents[j];
			if (x == y) {
				shared[k++] = x;
				i++;
				j++;
			}
			else if (x < y) {
				i++;
			}
			else {
				j++;
			}
		}
		return Arrays.copyOf(shared, k);
	}

	/**
	 * Accumulates {@code (actorId, eventId[, weight])} pairs. Not thread-safe; use one
	 * builder per stream.
	 */
	public static final class Builder {

		private final Map<String, Integer> actors = new HashMap<>();

		private final Map<String, Integer> events = new HashMap<>();

		private int[] pairActor = new int[1024];

		private int[] pairEvent = new int[1024];

		private double[] pairWeight;

		private int size;

		/** After building: the data's index of each actor number. */
		private int[] actorRank;

		private Builder() {
		}

		/** Adds a pair with weight 1. */
		public Builder add(String actorId, String eventId) {
			return add(actorId, eventId, 1.0);
		}

		/**
		 * Adds a pair.
		 * @param actorId the actor (not null)
		 * @param eventId the event (not null)
		 * @param weight the strength of the tie, finite and positive
		 * @return this builder
		 */
		public Builder add(String actorId, String eventId, double weight) {
			Objects.requireNonNull(actorId, "actorId");
			Objects.requireNonNull(eventId, "eventId");
			if (!(weight > 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("Pair weight must be finite and positive: " + weight);
			}
			return addPair(actor(actorId), event(eventId), weight);
		}

		/**
		 * The builder's number for an actor id, added if new: numbers follow the order
		 * ids first came in, not the data's final (sorted) indices. With
		 * {@link #add(int, int)}, a reader that meets each id many times looks it up
		 * once.
		 * @param actorId the actor (not null)
		 * @return its number
		 */
		public int actor(String actorId) {
			return intern(this.actors, Objects.requireNonNull(actorId, "actorId"));
		}

		/**
		 * The builder's number for an event id, added if new (see {@link #actor}).
		 * @param eventId the event (not null)
		 * @return its number
		 */
		public int event(String eventId) {
			return intern(this.events, Objects.requireNonNull(eventId, "eventId"));
		}

		/**
		 * Adds a pair with weight 1 by the numbers {@link #actor} and {@link #event}
		 * gave.
		 * @param actor an actor's number
		 * @param event an event's number
		 * @return this builder
		 */
		public Builder add(int actor, int event) {
			if (actor < 0 || actor >= this.actors.size() || event < 0 || event >= this.events.size()) {
				throw new IllegalArgumentException("Unknown actor or event number: " + actor + ", " + event);
			}
			return addPair(actor, event, 1.0);
		}

		private Builder addPair(int actor, int event, double weight) {
			if (this.size == this.pairActor.length) {
				int capacity = Math.max(16, this.size + (this.size >> 1));
				this.pairActor = Arrays.copyOf(this.pairActor, capacity);
				this.pairEvent = Arrays.copyOf(this.pairEvent, capacity);
				if (this.pairWeight != null) {
					this.pairWeight = Arrays.copyOf(this.pairWeight, capacity);
				}
			}
			if (weight != 1.0 && this.pairWeight == null) {
				this.pairWeight = new double[this.pairActor.length];
				Arrays.fill(this.pairWeight, 0, this.size, 1.0);
			}
			this.pairActor[this.size] = actor;
			this.pairEvent[this.size] = event;
			if (this.pairWeight != null) {
				this.pairWeight[this.size] = weight;
			}
			this.size++;
			return this;
		}

		/** Adds an actor with no event (an isolated node of the projection). */
		public Builder addActor(String actorId) {
			intern(this.actors, Objects.requireNonNull(actorId, "actorId"));
			return this;
		}

		private static int intern(Map<String, Integer> ids, String id) {
			Integer index = ids.get(id);
			if (index == null) {
				index = ids.size();
				ids.put(id, index);
			}
			return index;
		}

		/**
		 * After {@link #build()}: the data's index of each actor by the number
		 * {@link #actor} gave it.
		 * @return the indices (not a copy)
		 */
		public int[] actorIndices() {
			if (this.actorRank == null) {
				throw new IllegalStateException("Not built yet");
			}
			return this.actorRank;
		}

		/** The data; the builder must not be used afterwards. */
		public TwoModeData build() {
			String[] actorIds = sortedIds(this.actors);
			String[] eventIds = sortedIds(this.events);
			int[] actorRank = ranks(this.actors, actorIds);
			this.actorRank = actorRank;
			int[] eventRank = ranks(this.events, eventIds);
			int n = actorIds.length;
			int m = eventIds.length;
			int p = this.size;
			// Counting sort by actor, then a stable counting sort by event: within each
			// event
			// the actors come out ascending, and duplicates are adjacent.
			int[] byActor = countingSort(this.pairActor, actorRank, p, n, identity(p));
			int[] byEvent = countingSort(this.pairEvent, eventRank, p, m, byActor);
			int[] eventStart = new int[m + 1];
			int[] eventActors = new int[p];
			double[] eventWeights = (this.pairWeight != null) ? new double[p] : null;
			int k = 0;
			int previousEvent = -1;
			int previousActor = -1;
			for (int idx = 0; idx < p; idx++) {
				int pair = byEvent[idx];
				int e = eventRank[this.pairEvent[pair]];
				int a = actorRank[this.pairActor[pair]];
				if (e == previousEvent && a == previousActor) {
					if (eventWeights != null) {
						eventWeights[k - 1] = Math.max(eventWeights[k - 1], this.pairWeight[pair]);
					}
					continue;
				}
				eventActors[k] = a;
				if (eventWeights != null) {
					eventWeights[k] = this.pairWeight[pair];
				}
				eventStart[e + 1]++;
				k++;
				previousEvent = e;
				previousActor = a;
			}
			for (int e = 0; e < m; e++) {
				eventStart[e + 1] += eventStart[e];
			}
			eventActors = Arrays.copyOf(eventActors, k);
			if (eventWeights != null) {
				eventWeights = Arrays.copyOf(eventWeights, k);
			}
			// Transpose: walking events in order fills each actor's list in ascending
			// order.
			int[] actorStart = new int[n + 1];
			for (int i = 0; i < k; i++) {
				actorStart[eventActors[i] + 1]++;
			}
			for (int a = 0; a < n; a++) {
				actorStart[a + 1] += actorStart[a];
			}
			int[] cursor = Arrays.copyOf(actorStart, n);
			int[] actorEvents = new int[k];
			for (int e = 0; e < m; e++) {
				for (int i = eventStart[e]; i < eventStart[e + 1]; i++) {
					actorEvents[cursor[eventActors[i]]++] = e;
				}
			}
			this.pairActor = null;
			this.pairEvent = null;
			this.pairWeight = null;
			return new TwoModeData(actorIds, eventIds, eventStart, eventActors, eventWeights, actorStart, actorEvents);
		}

		private static String[] sortedIds(Map<String, Integer> ids) {
			String[] sorted = ids.keySet().toArray(String[]::new);
			Arrays.sort(sorted);
			return sorted;
		}

		/** rank[insertionIndex] = position in sorted order. */
		private static int[] ranks(Map<String, Integer> ids, String[] sorted) {
			int[] rank = new int[sorted.length];
			for (int i = 0; i < sorted.length; i++) {
				rank[ids.get(sorted[i])] = i;
			}
			return rank;
		}

		private static int[] identity(int p) {
			int[] order = new int[p];
			for (int i = 0; i < p; i++) {
				order[i] = i;
			}
			return order;
		}

		/**
		 * Stable counting sort of {@code order} (pair indices) by
		 * {@code rank[keys[pair]]}.
		 */
		private static int[] countingSort(int[] keys, int[] rank, int p, int buckets, int[] order) {
			int[] start = new int[buckets + 1];
			for (int i = 0; i < p; i++) {
				start[rank[keys[i]] + 1]++;
			}
			for (int b = 0; b < buckets; b++) {
				start[b + 1] += start[b];
			}
			int[] sorted = new int[p];
			for (int i = 0; i < p; i++) {
				int pair = order[i];
				sorted[start[rank[keys[pair]]]++] = pair;
			}
			return sorted;
		}

	}

	/** Convenience for tests and small inputs: {@code [[actor, event], ...]}. */
	static TwoModeData of(List<String[]> pairs) {
		Builder builder = builder();
		pairs.forEach((pair) -> builder.add(pair[0], pair[1]));
		return builder.build();
	}

}
