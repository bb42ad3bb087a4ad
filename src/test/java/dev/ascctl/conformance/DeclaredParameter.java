package dev.ascctl.conformance;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A query parameter an operation declares, e.g. {@code filter[platform]} (array of enum strings,
 * sent comma-separated because the spec says {@code style: form, explode: false}).
 *
 * @param name          the decoded name, brackets raw
 * @param required      whether the operation requires it
 * @param schema        the parameter's schema node
 * @param schemaPointer where that schema lives in the document
 */
record DeclaredParameter(String name, boolean required, JsonNode schema, SpecPointer schemaPointer) {

    DeclaredParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(schemaPointer, "schemaPointer");
    }

    /** The schema's {@code type}: array, integer, boolean or string. */
    String type() {
        return schema.path("type").asString("string");
    }
}
