package dev.ascctl.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One response an operation declares for a status: its media types and their schemas.
 * A response without {@code content} (204, and 202 on three beta-tester deletions) has no body.
 *
 * @param node    the response object
 * @param pointer where it lives in the document
 */
record DeclaredResponse(JsonNode node, SpecPointer pointer) {

    DeclaredResponse {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** Whether the spec declares any body for this response. */
    boolean hasBody() {
        return node.path("content").size() > 0;
    }

    /** The declared media types, e.g. {@code application/json}. */
    List<String> mediaTypes() {
        return new ArrayList<>(node.path("content").propertyNames());
    }

    /**
     * Where the schema of the body lives for a Content-Type header value such as
     * {@code application/json; charset=utf-8}; empty when that media type is not declared.
     */
    Optional<SpecPointer> schemaFor(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (String declared : mediaTypes()) {
            if (declared.toLowerCase(Locale.ROOT).equals(mediaType)) {
                return Optional.of(pointer.append("content", declared, "schema"));
            }
        }
        return Optional.empty();
    }

    /** Whether a media type of this Content-Type is JSON ({@code application/json} or {@code ...+json}). */
    static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
