package dev.ascctl.sandbox.http;

/**
 * A status, an optional body (null for 204) and its media type: a JSON value ({@code application/json} but for
 * metrics), or a {@code byte[]} sent as is (report files, {@code application/a-gzip}).
 */
public record Response(int status, Object body, String contentType) {
    public static final String JSON = "application/json";

    public Response(int status, Object body) {
        this(status, body, JSON);
    }
}
