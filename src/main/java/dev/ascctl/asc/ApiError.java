package dev.ascctl.asc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One entry of Apple's {@code ErrorResponse.errors[]}. Parsed leniently: live ASC may omit
 * {@code detail} and writes pointers without the leading slash ({@code data/id}); both observed in
 * recorded responses, not in the spec.
 *
 * @param status           HTTP status as Apple sends it (a string, e.g. "409"); may be null
 * @param code             dotted code, e.g. {@code ENTITY_ERROR.ATTRIBUTE.INVALID}; never null ("" when absent)
 * @param title            short description; never null
 * @param detail           longer description, or null
 * @param sourcePointer    JSON pointer into the request body, normalised to start with "/", or null
 * @param sourceParameter  the query parameter at fault, or null
 * @param seeLink          {@code links.see} (e.g. "/agreements"), or null
 * @param associatedErrors {@code meta.associatedErrors}: resource path → nested errors (submission checks)
 */
public record ApiError(String status, String code, String title, String detail, String sourcePointer,
                       String sourceParameter, String seeLink, Map<String, List<ApiError>> associatedErrors) {
    public ApiError {
        // Every text is the server's: cleaned here, once, so no message built from it can carry escape sequences.
        status = ServerText.clean(status);
        code = Objects.requireNonNullElse(ServerText.clean(code), "");
        title = Objects.requireNonNullElse(ServerText.clean(title), "");
        detail = ServerText.clean(detail);
        sourcePointer = ServerText.clean(sourcePointer);
        sourceParameter = ServerText.clean(sourceParameter);
        seeLink = ServerText.clean(seeLink);
        if (sourcePointer != null && !sourcePointer.startsWith("/")) {
            sourcePointer = "/" + sourcePointer;
        }
        associatedErrors = associatedErrors == null ? Map.of() : Map.copyOf(associatedErrors);
    }

    /** Parses {@code errors[]} of an error document; anything unreadable gives an empty list. */
    public static List<ApiError> listFrom(JsonNode errorDocument) {
        return errorDocument == null ? List.of() : fromArray(errorDocument.get("errors"));
    }

    private static List<ApiError> fromArray(JsonNode errors) {
        List<ApiError> result = new ArrayList<>();
        if (errors != null && errors.isArray()) {
            for (JsonNode e : errors) {
                if (e.isObject()) {
                    result.add(from(e));
                }
            }
        }
        return List.copyOf(result);
    }

    static ApiError from(JsonNode e) {
        JsonNode source = e.path("source");
        Map<String, List<ApiError>> associated = new java.util.LinkedHashMap<>();
        e.path("meta").path("associatedErrors").forEachEntry((path, list) ->
                associated.put(ServerText.clean(path), fromArray(list)));
        return new ApiError(text(e, "status"), text(e, "code"), text(e, "title"), text(e, "detail"),
                text(source, "pointer"), text(source, "parameter"), text(e.path("links"), "see"), associated);
    }

    /** True when the code is {@code prefix} or a more specific code below it ({@code prefix.*}). */
    public boolean codeIs(String prefix) {
        return code.equals(prefix) || code.startsWith(prefix + ".");
    }

    /** The attribute or relationship name the pointer names ({@code /data/attributes/whatsNew} → whatsNew). */
    public String pointedField() {
        if (sourcePointer == null) {
            return null;
        }
        int slash = sourcePointer.lastIndexOf('/');
        return sourcePointer.substring(slash + 1);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }
}
