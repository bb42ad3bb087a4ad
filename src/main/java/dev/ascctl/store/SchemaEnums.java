package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Apple's enums in the store's JSON Schemas come from the generated vocabulary, not from copies: the classpath
 * schemas write {@code "enum": "vocabulary:AppStoreVersion.releaseType"}, and every schema the store validates with
 * or prints ({@code ascctl schema}, the committed {@code schema/} files, {@code import}) has Apple's values there,
 * in Apple's order, with {@code null} last where the key's {@code type} allows null (null clears the value).
 */
final class SchemaEnums {
    static final String PREFIX = "vocabulary:";

    private SchemaEnums() {
    }

    /** The schema with each vocabulary reference replaced by its values, in place (the key keeps its position). */
    static JsonNode resolve(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            JsonNode reference = object.get("enum");
            if (reference != null && reference.isString() && reference.asString().startsWith(PREFIX)) {
                ArrayNode values = JsonNodeFactory.instance.arrayNode();
                Vocabulary.get().enumValues(reference.asString().substring(PREFIX.length())).forEach(values::add);
                if (allowsNull(object.path("type"))) {
                    values.addNull();
                }
                object.set("enum", values);
            }
            object.properties().forEach(e -> resolve(e.getValue()));
        } else if (schema.isArray()) {
            schema.forEach(SchemaEnums::resolve);
        }
        return schema;
    }

    private static boolean allowsNull(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asString().equals("null")) {
                    return true;
                }
            }
        }
        return type.asString("").equals("null");
    }
}
