package dev.ascctl.sandbox.jsonapi;

import java.util.List;

/** Thrown anywhere in request handling to answer with Apple's error document. */
public final class ApiException extends RuntimeException {
    private final transient List<ApiError> errors;

    public ApiException(ApiError error) {
        this(List.of(error));
    }

    public ApiException(List<ApiError> errors) {
        super(errors.get(0).code() + ": " + java.util.Objects.requireNonNullElse(errors.get(0).detail(), errors.get(0).title()));
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return errors.get(0).status();
    }

    public List<ApiError> errors() {
        return errors;
    }
}
