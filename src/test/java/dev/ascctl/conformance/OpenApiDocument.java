package dev.ascctl.conformance;

import dev.ascctl.SharedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apple's App Store Connect OpenAPI document (4.4.1), read from disk, never copied into the repo;
 * {@link SharedFiles} says where it is looked for.
 */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS");

    private final JsonNode root;
    private final PathTemplates templates;

    OpenApiDocument(JsonNode root) {
        this.root = Objects.requireNonNull(root, "root");
        if (!root.path("paths").isObject()) {
            throw new IllegalArgumentException("not an OpenAPI document: no paths");
        }
        this.templates = new PathTemplates(new ArrayList<>(root.path("paths").propertyNames()));
    }

    /** Reads the document; skips the calling test if the spec is missing (see {@link SharedFiles}). */
    static OpenApiDocument load() {
        return read(SharedFiles.openApiSpec());
    }

    static OpenApiDocument read(Path file) {
        return new OpenApiDocument(JsonMapper.builder().build().readTree(file.toFile()));
    }

    JsonNode root() {
        return root;
    }

    /** The spec's path template for a raw path, if any. */
    Optional<String> template(String rawPath) {
        return templates.match(rawPath);
    }

    /** The operation for a method on a path template, if the spec declares it. */
    Optional<ApiOperation> operation(String method, String template) {
        String key = ApiOperation.specKey(method);
        JsonNode node = root.path("paths").path(template).path(key);
        return node.isObject()
                ? Optional.of(new ApiOperation(method, template, node, SpecPointer.of("paths", template, key)))
                : Optional.empty();
    }

    /** The methods declared on a path template, upper case, for messages. */
    List<String> methods(String template) {
        JsonNode path = root.path("paths").path(template);
        return METHODS.stream().filter(m -> path.has(ApiOperation.specKey(m))).toList();
    }
}
