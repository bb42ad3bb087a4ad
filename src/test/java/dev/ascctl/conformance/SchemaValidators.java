package dev.ascctl.conformance;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema validators for places in Apple's OpenAPI document, made on first use and cached.
 * The spec has about 1,400 component schemas; compiling them all would cost seconds and memory
 * for nothing, so only the ones a test touches are built.
 *
 * <p>Uses networknt's OpenAPI 3.0 dialect, which understands {@code nullable} and
 * {@code discriminator} and asserts {@code format} (so {@code date-time} means RFC 3339).
 */
final class SchemaValidators {

    /** A made-up base IRI: the document is given in memory and never fetched. */
    private static final String BASE = "https://asc-openapi.invalid/openapi.json";

    private final JsonNode root;
    private final Schema rootSchema;
    private final Map<String, Schema> cache = new ConcurrentHashMap<>();

    SchemaValidators(OpenApiDocument document) {
        this.root = document.root();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
        // Giving the root node directly keeps one parsed copy of the 7 MB document; sub-schemas are
        // then taken from it by pointer, and their local $refs resolve inside it.
        this.rootSchema = registry.getSchema(SchemaLocation.of(BASE), root);
    }

    /**
     * Validates an instance against the schema at a pointer; one message per problem, each starting
     * with the instance location (e.g. {@code /data/attributes/name: integer found, string expected}).
     */
    List<String> validate(SpecPointer at, JsonNode instance) {
        SpecPointer target = followRef(at);
        Schema schema = cache.computeIfAbsent(target.toString(), key -> compile(target));
        return schema.validate(instance).stream().map(SchemaValidators::describe).toList();
    }

    /** A schema that is only {@code $ref} is cached under its target, so operations share it. */
    private SpecPointer followRef(SpecPointer at) {
        JsonNode node = nodeAt(at);
        JsonNode ref = node.path("$ref");
        return node.size() == 1 && ref.isString() ? SpecPointer.ofLocalRef(ref.asString()) : at;
    }

    private JsonNode nodeAt(SpecPointer at) {
        JsonNode node = root;
        for (Object token : at.tokens()) {
            node = token instanceof Integer index ? node.path(index) : node.path((String) token);
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("nothing in the spec at " + at);
        }
        return node;
    }

    // getSubSchema walks the shared root schema; keep its lazy set-up single-threaded.
    private synchronized Schema compile(SpecPointer at) {
        nodeAt(at);
        NodePath path = new NodePath(PathType.JSON_POINTER);
        for (Object token : at.tokens()) {
            path = token instanceof Integer index ? path.append(index) : path.append((String) token);
        }
        return rootSchema.getSubSchema(path);
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return (location.isEmpty() ? "$" : location) + ": " + error.getMessage();
    }
}
