package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neo4j.graphdb.Direction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.values.ElementIdMapper;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * The embedded database's read of the people network's attendance, straight into the int
 * pairs of {@link TwoModeData.Builder}: for each meeting the request selected (rows of
 * {@code network_meetings}), its incoming {@code ATTENDED} relationships walked with
 * Neo4j's kernel read API (the cursors Neo4j's own Cypher runtime and its Graph Data
 * Science library load graphs with), people numbered by their node reference in a
 * primitive map (Eclipse Collections' {@code LongIntHashMap}, which comes with Neo4j and
 * at its version).
 * <p>
 * What the public Java API cost per attendance and this does not: a {@code Node} and a
 * {@code Relationship} object, the person's element id as a string and a hash lookup on
 * it, the property key resolved by name, a set of meeting-id strings per person and a
 * list copy. A person's id and name are read once, the first time they are met; the
 * {@code status} property by its key id. The kernel API is Neo4j's internal interface:
 * {@code AttendanceReaderIT} checks this read against the {@code people_network} query
 * over Bolt for every filter, so an upgrade that changes it fails there.
 * <p>
 * Same rules as {@code people_network}: people only (a start node without the
 * {@code Person} label is skipped), {@code status = 'present'} unless all statuses are
 * asked for, meetings without an id skipped, each (person, meeting) pair once; people
 * without an id are skipped (the query would fail on them). Names default to the id; when
 * two person nodes share an id, the first met gives the name.
 */
final class KernelAttendanceReader {

	/** Compared with the stored value as UTF-8 bytes, without decoding it to a string. */
	private static final Value PRESENT = Values.utf8Value("present");

	private KernelAttendanceReader() {
	}

	/**
	 * Reads the attendance of the given meetings.
	 * @param transaction the transaction the meetings were found in
	 * @param meetings rows with {@code node} (the meeting's element id) and {@code id}
	 * @param allStatuses whether excused people (any status) count
	 * @return the data and names
	 */
	static NetworkData read(InternalTransaction transaction, Iterator<Map<String, Object>> meetings,
			boolean allStatuses) {
		KernelTransaction tx = transaction.kernelTransaction();
		TwoModeData.Builder builder = TwoModeData.builder();
		List<String> names = new ArrayList<>();
		TokenRead tokens = tx.tokenRead();
		int attended = tokens.relationshipType("ATTENDED");
		int person = tokens.nodeLabel("Person");
		int status = tokens.propertyKey("status");
		int idKey = tokens.propertyKey("id");
		int nameKey = tokens.propertyKey("name");
		if (attended == TokenConstants.NO_TOKEN || person == TokenConstants.NO_TOKEN || idKey == TokenConstants.NO_TOKEN
				|| (status == TokenConstants.NO_TOKEN && !allStatuses)) {
			return NetworkData.of(builder, names);
		}
		Read read = tx.dataRead();
		CursorFactory cursors = tx.cursors();
		CursorContext context = tx.cursorContext();
		MemoryTracker memory = tx.memoryTracker();
		ElementIdMapper elementIds = transaction.elementIdMapper();
		RelationshipSelection incoming = RelationshipSelection.selection(attended, Direction.INCOMING);
		PropertySelection statusOnly = PropertySelection.selection(status);
		PropertySelection idAndName = (nameKey == TokenConstants.NO_TOKEN) ? PropertySelection.selection(idKey)
				: PropertySelection.selection(idKey, nameKey);
		// Node reference -> the builder's actor number, or -1 for a node that is no
		// person.
		LongIntHashMap actors = new LongIntHashMap();
		try (NodeCursor meeting = cursors.allocateNodeCursor(context, memory);
				NodeCursor node = cursors.allocateNodeCursor(context, memory);
				RelationshipTraversalCursor attendance = cursors.allocateRelationshipTraversalCursor(context, memory);
				PropertyCursor properties = cursors.allocatePropertyCursor(context, memory)) {
			while (meetings.hasNext()) {
				Map<String, Object> row = meetings.next();
				String meetingId = (String) row.get("id");
				if (meetingId == null) {
					continue;
				}
				read.singleNode(elementIds.nodeId((String) row.get("node")), meeting);
				if (!meeting.next()) {
					continue;
				}
				int event = -1;
				meeting.relationships(attendance, incoming);
				while (attendance.next()) {
					if (!allStatuses && !present(attendance, properties, statusOnly)) {
						continue;
					}
					long reference = attendance.sourceNodeReference();
					int actor = actors.getIfAbsent(reference, Integer.MIN_VALUE);
					if (actor == Integer.MIN_VALUE) {
						actor = actor(reference, read, node, properties, person, idKey, idAndName, builder, names);
						actors.put(reference, actor);
					}
					if (actor < 0) {
						continue;
					}
					if (event < 0) {
						event = builder.event(meetingId);
					}
					builder.add(actor, event);
				}
			}
		}
		return NetworkData.of(builder, names);
	}

	private static boolean present(RelationshipTraversalCursor attendance, PropertyCursor properties,
			PropertySelection statusOnly) {
		attendance.properties(properties, statusOnly);
		return properties.next() && PRESENT.equals(properties.propertyValue());
	}

	/** The builder's number of a person node met for the first time, or -1. */
	private static int actor(long reference, Read read, NodeCursor node, PropertyCursor properties, int person,
			int idKey, PropertySelection idAndName, TwoModeData.Builder builder, List<String> names) {
		read.singleNode(reference, node);
		if (!node.next() || !node.hasLabel(person)) {
			return -1;
		}
		String id = null;
		String name = null;
		node.properties(properties, idAndName);
		while (properties.next()) {
			Value value = properties.propertyValue();
			String text = (value instanceof TextValue t) ? t.stringValue() : null;
			if (properties.propertyKey() == idKey) {
				id = text;
			}
			else {
				name = text;
			}
		}
		if (id == null) {
			return -1;
		}
		int actor = builder.actor(id);
		if (actor == names.size()) {
			names.add((name != null) ? name : id);
		}
		return actor;
	}

}
