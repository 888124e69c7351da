package fr.metrograph.copresence;

import java.util.List;

/**
 * The two-mode data of a network as read from the graph, and the display name of each
 * actor (indexed like the data's actors; the id when the graph gives no name).
 *
 * @param data the actors, events and pairs
 * @param names display names
 */
record NetworkData(TwoModeData data, String[] names) {

	/**
	 * Builds the data and orders the names like its actors.
	 * @param builder the pairs
	 * @param names the display name of each actor by the number
	 * {@link TwoModeData.Builder#actor} gave it (the first name met for an id)
	 * @return the data and names
	 */
	static NetworkData of(TwoModeData.Builder builder, List<String> names) {
		TwoModeData data = builder.build();
		int[] index = builder.actorIndices();
		String[] byIndex = new String[data.actorCount()];
		for (int number = 0; number < names.size(); number++) {
			byIndex[index[number]] = names.get(number);
		}
		for (int i = 0; i < byIndex.length; i++) {
			if (byIndex[i] == null) {
				byIndex[i] = data.actorId(i);
			}
		}
		return new NetworkData(data, byIndex);
	}

}
