package dev.ascctl.sandbox;

import java.time.Instant;

/**
 * One request the sandbox received and the response it sent, as raw text, for the request log,
 * the conformance check and request counting in tests and benchmarks.
 *
 * @param method       HTTP method, upper case
 * @param path         the raw request path, e.g. {@code /v1/apps/123/appInfos} (never percent-decoded)
 * @param rawQuery     the raw query string without '?', or {@code null}
 * @param requestBody  the request body as received, or {@code null} when there was none
 * @param status       the HTTP status sent
 * @param responseBody the response body sent, or {@code null} (204, faults); for a binary body (report files)
 *                     its size, see {@link #binaryBody}
 * @param contentType  the response Content-Type, or {@code null}
 * @param at           when the request arrived
 */
public record RecordedExchange(String method, String path, String rawQuery, String requestBody,
                               int status, String responseBody, String contentType, Instant at) {
    /** What the log holds for a binary body (a gzip report file): its size, not its bytes. */
    public static String binaryBody(int bytes) {
        return "(" + bytes + " bytes)";
    }

    /** True for POST, PATCH and DELETE. */
    public boolean isWrite() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}
