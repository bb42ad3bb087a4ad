package dev.ascctl.resource;

import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.Resource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * Value comparison shared by handlers (YAML and Apple's JSON spell the same value in different ways), and the JSON
 * shapes they share.
 */
public final class Values {
    private Values() {
    }

    /** Null and missing are the same; numbers compare by value; date-times compare as instants. */
    public static boolean same(JsonNode desired, JsonNode live) {
        boolean desiredEmpty = desired == null || desired.isNull() || desired.isMissingNode();
        boolean liveEmpty = live == null || live.isNull() || live.isMissingNode();
        if (desiredEmpty || liveEmpty) {
            return desiredEmpty && liveEmpty;
        }
        if (desired.isNumber() && live.isNumber()) {
            return desired.decimalValue().compareTo(live.decimalValue()) == 0;
        }
        if (desired.isString() && live.isString()) {
            String a = desired.asString();
            String b = live.asString();
            return a.equals(b) || AppleDates.sameInstant(a, b);
        }
        return desired.equals(live);
    }

    /** Strings as a JSON array, in the collection's order (a sorted set gives a sorted list). */
    public static ArrayNode strings(Collection<String> values) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        values.forEach(out::add);
        return out;
    }

    /** The strings of a JSON array, sorted; none for null or missing. */
    public static TreeSet<String> stringSet(JsonNode array) {
        TreeSet<String> out = new TreeSet<>();
        if (array != null) {
            array.valueStream().forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    /** Attributes of a live resource under the given names, in that order; absent ones are JSON null. */
    public static Map<String, JsonNode> pick(Resource resource, Collection<String> names) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode value = resource.attributes().get(name);
            out.put(name, value == null ? NullNode.getInstance() : value);
        }
        return out;
    }
}
