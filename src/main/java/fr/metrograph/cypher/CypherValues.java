package fr.metrograph.cypher;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into plain Java values that serialise readably to JSON: a node
 * becomes {@code {"_type":"node","id":elementId,"labels":[…],"properties":{…}}}, a
 * relationship {@code {"_type":"relationship","id","type","start","end","properties"}}, a
 * path the list of its nodes and relationships in order; dates, times and durations
 * become their ISO-8601 text, points a map of {@code srid, x, y[, z]}, byte arrays
 * Base64.
 */
public final class CypherValues {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private CypherValues() {
	}

	/**
	 * A readable, JSON-friendly form of a value.
	 * @param value a driver value, possibly {@code NULL}
	 * @return null, a String, Long, Double, Boolean, List or Map
	 */
	public static Object readable(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.hasType(TYPES.NODE())) {
			return node(value.asNode());
		}
		if (value.hasType(TYPES.RELATIONSHIP())) {
			return relationship(value.asRelationship());
		}
		if (value.hasType(TYPES.PATH())) {
			return path(value.asPath());
		}
		if (value.hasType(TYPES.LIST())) {
			List<Object> list = new ArrayList<>();
			value.values().forEach((element) -> list.add(readable(element)));
			return list;
		}
		if (value.hasType(TYPES.MAP())) {
			return map(value);
		}
		if (value.hasType(TYPES.POINT())) {
			var point = value.asPoint();
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("srid", point.srid());
			result.put("x", point.x());
			result.put("y", point.y());
			if (!Double.isNaN(point.z())) {
				result.put("z", point.z());
			}
			return result;
		}
		if (value.hasType(TYPES.BYTES())) {
			return Base64.getEncoder().encodeToString(value.asByteArray());
		}
		if (value.hasType(TYPES.STRING()) || value.hasType(TYPES.INTEGER()) || value.hasType(TYPES.FLOAT())
				|| value.hasType(TYPES.BOOLEAN())) {
			return value.asObject();
		}
		// Temporal types and durations: their ISO-8601 text.
		return value.asObject().toString();
	}

	private static Map<String, Object> node(Node node) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("_type", "node");
		result.put("id", node.elementId());
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		result.put("labels", labels);
		result.put("properties", properties(node.keys(), node::get));
		return result;
	}

	private static Map<String, Object> relationship(Relationship relationship) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("_type", "relationship");
		result.put("id", relationship.elementId());
		result.put("type", relationship.type());
		result.put("start", relationship.startNodeElementId());
		result.put("end", relationship.endNodeElementId());
		result.put("properties", properties(relationship.keys(), relationship::get));
		return result;
	}

	private static List<Object> path(Path path) {
		List<Object> result = new ArrayList<>();
		result.add(node(path.start()));
		for (Path.Segment segment : path) {
			result.add(relationship(segment.relationship()));
			result.add(node(segment.end()));
		}
		return result;
	}

	private static Map<String, Object> map(Value value) {
		return properties(value.keys(), value::get);
	}

	private static Map<String, Object> properties(Iterable<String> keys,
			java.util.function.Function<String, Value> getter) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (String key : keys) {
			result.put(key, readable(getter.apply(key)));
		}
		return result;
	}

}
