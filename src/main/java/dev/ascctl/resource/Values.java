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
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

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

    /**
     * Attributes in the order given, from name, value pairs: a value is JSON as it is, or a String, Integer, Boolean
     * or {@link TerritoryPrices}; null is JSON null; a collection of strings is an array in its order. A new map the
     * caller may change.
     */
    public static Map<String, JsonNode> attributes(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], json(namesAndValues[i + 1]));
        }
        return out;
    }

    /** One value of {@link #attributes} as JSON. */
    @SuppressWarnings("unchecked")
    public static JsonNode json(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        } else if (value instanceof JsonNode node) {
            return node;
        } else if (value instanceof String text) {
            return StringNode.valueOf(text);
        } else if (value instanceof Integer number) {
            return IntNode.valueOf(number);
        } else if (value instanceof Boolean flag) {
            return BooleanNode.valueOf(flag);
        } else if (value instanceof TerritoryPrices prices) {
            return prices.json();
        } else if (value instanceof Collection<?> items) {
            return strings((Collection<String>) items);
        }
        throw new IllegalArgumentException("no JSON for a " + value.getClass().getSimpleName());
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
