package dev.ascctl.sandbox.http;

/** A status and an optional JSON body (null for 204). */
public record Response(int status, Object body) {
}
