package dev.ascctl.conformance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns a decoded query value into the JSON value its parameter schema describes, so the schema
 * (enum, maximum, type) can judge it. Arrays are comma lists because every array parameter in the
 * spec is {@code style: form, explode: false}.
 */
final class QueryValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QueryValues() {
    }

    /**
     * The JSON value of a query value for a parameter.
     *
     * @throws IllegalArgumentException when the text cannot be an integer or boolean as declared
     */
    static JsonNode toJson(DeclaredParameter parameter, String value) {
        return switch (parameter.type()) {
            case "array" -> commaList(value);
            case "integer" -> integer(value);
            case "boolean" -> bool(value);
            default -> NODES.stringNode(value);
        };
    }

    private static ArrayNode commaList(String value) {
        ArrayNode items = NODES.arrayNode();
        for (String item : value.split(",", -1)) {
            items.add(item);
        }
        return items;
    }

    private static JsonNode integer(String value) {
        try {
            return NODES.numberNode(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not an integer");
        }
    }

    private static JsonNode bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("'" + value + "' is not true or false");
        }
        return NODES.booleanNode(Boolean.parseBoolean(value));
    }
}
