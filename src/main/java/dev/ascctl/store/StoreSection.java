package dev.ascctl.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * An app.yaml key that a resource kind owns: the kind declares the key, the JSON Schema of its value and the rules
 * the schema cannot say, and the store checks and hands over the value without knowing the kind. The registry of
 * kinds passes every kind's section to {@link StoreLoader#load}; {@code ascctl schema app} prints the app schema
 * with them, which is the committed {@code schema/app.schema.json}.
 * <pre>{@code
 * new StoreSection("accessibilityDeclarations", schema, input -> List.of())
 * }</pre>
 *
 * @param key    the app.yaml key (not one of the keys the store itself reads)
 * @param schema the JSON Schema of its value, with a description and examples for every key (editors show them)
 * @param rules  problems the schema cannot find; called with the value as written, also when the schema found
 *               problems in it, so it must expect any shape
 */
public record StoreSection(String key, JsonNode schema, Function<SectionInput, List<Problem>> rules) {
    public StoreSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(rules, "rules");
        if (!schema.isObject() || !schema.path("description").isString()) {
            throw new IllegalArgumentException(key + ": a section's schema is an object with a description");
        }
    }

    /** A section the schema checks completely. */
    public StoreSection(String key, JsonNode schema) {
        this(key, schema, input -> List.of());
    }
}
