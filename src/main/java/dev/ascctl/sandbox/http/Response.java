package dev.ascctl.sandbox.http;

/** A status, an optional JSON body (null for 204) and its media type ({@code application/json} but for metrics). */
public record Response(int status, Object body, String contentType) {
    public static final String JSON = "application/json";

    public Response(int status, Object body) {
        this(status, body, JSON);
    }
}
