package dev.ascctl.asc.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.SharedFiles;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small shape check of our requests against Apple's OpenAPI spec (read in place where
 * {@link SharedFiles} finds it, the test skipped without it; never copied): the operation exists, the body's type, id, attribute and
 * relationship names fit the request schema, and query parameters exist with allowed values.
 * The full conformance checker lives elsewhere; this keeps endpoint classes honest on their own.
 */
final class SpecShapes {
    private static JsonNode spec;

    private SpecShapes() {
    }

    static synchronized JsonNode spec() {
        if (spec == null) {
            spec = JsonMapper.builder().build().readTree(SharedFiles.openApiSpec().toFile());
        }
        return spec;
    }

    /** The spec's path template matching a concrete path, e.g. /v1/apps/{id}/appInfos. */
    static String template(String concretePath) {
        Iterator<String> it = spec().path("paths").propertyNames().iterator();
        while (it.hasNext()) {
            String t = it.next();
            if (concretePath.matches(t.replaceAll("\\{[^}]+}", "[^/]+"))) {
                return t;
            }
        }
        throw new AssertionError("no operation in the spec for " + concretePath);
    }

    static JsonNode operation(String method, String concretePath) {
        JsonNode op = spec().path("paths").path(template(concretePath)).path(method.toLowerCase(Locale.ROOT));
        assertThat(op.isObject()).as(method + " " + concretePath + " exists in the spec").isTrue();
        return op;
    }

    static JsonNode schema(String name) {
        return spec().path("components").path("schemas").path(name);
    }

    static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? schema(node.get("$ref").asString().replace("#/components/schemas/", "")) : node;
    }

    static String requestSchemaName(ApiCall call) {
        JsonNode ref = operation(call.method(), call.path()).path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref");
        return ref.asString().replace("#/components/schemas/", "");
    }

    /** The attribute names a request schema accepts. */
    static Set<String> attributeNames(String schemaName) {
        return new HashSet<>(schema(schemaName).at("/properties/data/properties/attributes/properties").propertyNames());
    }

    /** Asserts the body of a write fits its request schema in shape. */
    static void assertBodyFits(ApiCall call) {
        String name = requestSchemaName(call);
        JsonNode dataSchema = schema(name).at("/properties/data");
        JsonNode data = call.body().path("data");
        assertThat(enumOf(dataSchema.at("/properties/type"))).as(name + " type").contains(data.path("type").asString());
        for (JsonNode required : dataSchema.path("required")) {
            assertThat(data.has(required.asString())).as(name + " requires data." + required.asString()).isTrue();
        }
        JsonNode attrSchema = dataSchema.at("/properties/attributes");
        for (String attr : data.path("attributes").propertyNames()) {
            assertThat(attrSchema.path("properties").has(attr)).as(name + " accepts attribute " + attr).isTrue();
        }
        for (JsonNode required : attrSchema.path("required")) {
            assertThat(data.path("attributes").has(required.asString())).as(name + " requires " + required.asString()).isTrue();
        }
        JsonNode relSchema = dataSchema.at("/properties/relationships");
        for (String rel : data.path("relationships").propertyNames()) {
            JsonNode linkage = relSchema.path("properties").path(rel).at("/properties/data");
            assertThat(linkage.isObject()).as(name + " has relationship " + rel).isTrue();
            assertThat(enumOf(linkage.at("/properties/type")))
                    .contains(data.path("relationships").path(rel).path("data").path("type").asString());
            assertThat(data.path("relationships").path(rel).path("data").path("id").isString()).isTrue();
        }
        for (JsonNode required : relSchema.path("required")) {
            assertThat(data.path("relationships").has(required.asString())).as(name + " requires " + required).isTrue();
        }
    }

    /** Asserts every query parameter exists on the GET and list values are among the allowed ones. */
    static void assertQueryFits(ApiQuery query) {
        JsonNode parameters = operation("GET", query.path()).path("parameters");
        query.params().forEach((name, value) -> {
            JsonNode parameter = null;
            for (JsonNode p : parameters) {
                JsonNode resolved = resolve(p);
                if (name.equals(resolved.path("name").asString())) {
                    parameter = resolved;
                }
            }
            assertThat(parameter).as("GET " + query.path() + " takes " + name).isNotNull();
            JsonNode schema = parameter.path("schema");
            List<String> allowed = enumOf(schema.has("items") ? schema.path("items") : schema);
            if (!allowed.isEmpty()) {
                assertThat(allowed).as(name).containsAll(List.of(value.split(",")));
            }
            if (schema.has("maximum")) {
                assertThat(Integer.parseInt(value)).as(name).isLessThanOrEqualTo(schema.path("maximum").asInt());
            }
        });
    }

    private static List<String> enumOf(JsonNode schema) {
        List<String> values = new ArrayList<>();
        resolve(schema).path("enum").forEach(v -> values.add(v.asString()));
        return values;
    }
}
