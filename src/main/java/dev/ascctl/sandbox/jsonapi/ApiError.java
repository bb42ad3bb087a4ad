package dev.ascctl.sandbox.jsonapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of Apple's {@code ErrorResponse.errors[]}: string status, dotted code, title, detail and
 * an optional source (a JSON pointer into the request body, or a query parameter name). {@code detail} may be
 * null: Apple leaves it out on some errors (recorded: the screenshot entries of a refused submission).
 * {@code associatedErrors} is Apple's {@code meta.associatedErrors}: the object path each nested error is about
 * (e.g. {@code /v1/appStoreVersionLocalizations/ID}, or {@code /v1/appScreenshots/} without an id), in order.
 */
public record ApiError(int status, String code, String title, String detail, String pointer, String parameter,
                       Map<String, List<ApiError>> associatedErrors) {
    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (pointer != null && parameter != null) {
            throw new IllegalArgumentException("an error source is a pointer or a parameter, not both");
        }
        associatedErrors = associatedErrors == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(associatedErrors));
    }

    public ApiError(int status, String code, String title, String detail, String pointer, String parameter) {
        this(status, code, title, detail, pointer, parameter, Map.of());
    }

    public static ApiError of(int status, String code, String title, String detail) {
        return new ApiError(status, code, title, detail, null, null);
    }

    public ApiError atPointer(String jsonPointer) {
        return new ApiError(status, code, title, detail, jsonPointer, null, associatedErrors);
    }

    public ApiError atParameter(String name) {
        return new ApiError(status, code, title, detail, null, name, associatedErrors);
    }

    public ApiError withAssociatedErrors(Map<String, List<ApiError>> byObject) {
        return new ApiError(status, code, title, detail, pointer, parameter, byObject);
    }

    /** The error as the JSON object Apple sends, with a fresh id. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", UUID.randomUUID().toString());
        m.put("status", Integer.toString(status));
        m.put("code", code);
        m.put("title", title);
        if (detail != null) {
            m.put("detail", detail);
        }
        if (pointer != null) {
            m.put("source", Map.of("pointer", pointer));
        } else if (parameter != null) {
            m.put("source", Map.of("parameter", parameter));
        }
        if (!associatedErrors.isEmpty()) {
            Map<String, Object> nested = new LinkedHashMap<>();
            associatedErrors.forEach((path, errors) -> nested.put(path, errors.stream().map(ApiError::toJson).toList()));
            m.put("meta", Map.of("associatedErrors", nested));
        }
        return m;
    }
}
