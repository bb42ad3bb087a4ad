package dev.ascctl.sandbox.jsonapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of Apple's {@code ErrorResponse.errors[]}: string status, dotted code, title, detail and
 * an optional source (a JSON pointer into the request body, or a query parameter name).
 */
public record ApiError(int status, String code, String title, String detail, String pointer, String parameter) {
    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (pointer != null && parameter != null) {
            throw new IllegalArgumentException("an error source is a pointer or a parameter, not both");
        }
    }

    public static ApiError of(int status, String code, String title, String detail) {
        return new ApiError(status, code, title, detail, null, null);
    }

    public ApiError atPointer(String jsonPointer) {
        return new ApiError(status, code, title, detail, jsonPointer, null);
    }

    public ApiError atParameter(String name) {
        return new ApiError(status, code, title, detail, null, name);
    }

    /** The error as the JSON object Apple sends, with a fresh id. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", UUID.randomUUID().toString());
        m.put("status", Integer.toString(status));
        m.put("code", code);
        m.put("title", title);
        m.put("detail", detail);
        if (pointer != null) {
            m.put("source", Map.of("pointer", pointer));
        } else if (parameter != null) {
            m.put("source", Map.of("parameter", parameter));
        }
        return m;
    }
}
