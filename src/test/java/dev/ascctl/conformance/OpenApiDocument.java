package dev.ascctl.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apple's App Store Connect OpenAPI document (4.4.1), read from disk, never copied into the repo:
 * system property {@code asc.openapi} (set by Surefire), else
 * {@code ../shared/asc-openapi/openapi.json} relative to the working directory.
 */
final class OpenApiDocument {

    static final String PROPERTY = "asc.openapi";
    static final Path FALLBACK = Path.of("..", "shared", "asc-openapi", "openapi.json");
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

    /** Reads the document from where the build says it is. */
    static OpenApiDocument load() {
        Path file = location();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Apple's OpenAPI spec not found at " + file.toAbsolutePath()
                    + " (set -D" + PROPERTY + "=...)");
        }
        return new OpenApiDocument(JsonMapper.builder().build().readTree(file.toFile()));
    }

    /** Where the spec is read from. */
    static Path location() {
        String configured = System.getProperty(PROPERTY);
        return configured == null || configured.isBlank() ? FALLBACK : Path.of(configured);
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
