package dev.ascctl.asc;

import java.util.List;
import java.util.Objects;

/**
 * App Store Connect answered with an error status. {@link #getMessage()} says which object and field
 * failed and what to do about it (see {@link ErrorAdvice}); {@link #errors()} keeps Apple's entries
 * for callers that branch on {@link ApiError#code()}.
 */
public class AscApiException extends AscException {
    private final int status;
    private final List<ApiError> errors;
    private final String method;
    private final String path;
    private final String note;

    public AscApiException(int status, List<ApiError> errors, String method, String path) {
        this(status, errors, method, path, null);
    }

    /** @param note extra context from the client, e.g. "after 5 retries", or null */
    AscApiException(int status, List<ApiError> errors, String method, String path, String note) {
        this(status, errors, method, path, note, KnownObjects.NONE);
    }

    private AscApiException(int status, List<ApiError> errors, String method, String path, String note,
                            KnownObjects names) {
        super(ErrorAdvice.describe(status, List.copyOf(errors), method, path, note, names));
        this.note = note;
        this.status = status;
        this.errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    public int status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /**
     * The same error, its message naming the objects of Apple's {@code meta.associatedErrors} that {@code names}
     * knows (Apple names them by id only).
     */
    public AscApiException naming(KnownObjects names) {
        AscApiException named = new AscApiException(status, errors, method, path, note, names);
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** True when any error's code is {@code prefix} or below it. */
    public boolean hasCode(String prefix) {
        return errors.stream().anyMatch(e -> e.codeIs(prefix));
    }
}
