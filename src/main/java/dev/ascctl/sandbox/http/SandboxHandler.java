package dev.ascctl.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.RequestLog;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.auth.JwtVerifier;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.AppleVariants;
import dev.ascctl.sandbox.jsonapi.Errors;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * One HTTP exchange, in the order ASC applies things: added latency, injected faults, the bearer
 * token, the hourly budget, then the API itself. Every answer carries {@code X-Rate-Limit} and is
 * logged before it is sent, so a client that has its answer finds it in the log. The request body is logged as received; the token is never logged.
 * In variant mode ({@link AppleVariants}) each API answer is sent, and logged, in the forms chosen for it.
 */
public record SandboxHandler(ApiRouter router, SandboxAdmin admin, SandboxState state, JwtVerifier auth,
                             RateLimiter rateLimiter, FaultInjector faults, RequestLog log, int latencyMs,
                             ObjectMapper json, AppleVariants variants) implements HttpHandler {
    private static final String JSON = "application/json";
    private static final String RATE_LIMIT = "X-Rate-Limit";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
        try {
            sleep(latencyMs);
            Fault fault = faults.take(method, path).orElse(null);
            if (fault instanceof Fault.Delay d) {
                sleep((int) d.delay().toMillis());
                fault = null; // a late answer is still the real one
            }
            if (fault instanceof Fault.Reset || fault instanceof Fault.Status) {
                replaceAnswer(exchange, fault, new RecordedExchange(method, path, query, body, 0, null, null, at));
                return;
            }
            Response response = answer(exchange, method, path, query, body);
            if (response.body() instanceof byte[] file) { // a report file (gzip): sent as is, logged by its size
                log.add(new RecordedExchange(method, path, query, body, response.status(),
                        RecordedExchange.binaryBody(file.length), response.contentType(), at));
                sendBytes(exchange, response.status(), file, response.contentType());
                return;
            }
            if (!path.startsWith(SandboxAdmin.PREFIX)) { // the admin port is the sandbox's own, not Apple's
                response = new Response(response.status(), variants.apply(method, path, query, response.body()),
                        response.contentType());
            }
            String text = response.body() == null ? null : json.writeValueAsString(response.body());
            if (fault instanceof Fault.MalformedBody) {
                String cut = text == null ? "{\"data\":" : text.substring(0, text.length() / 2);
                log.addInjected(new RecordedExchange(method, path, query, body, 200, cut, JSON, at));
                send(exchange, 200, cut);
            } else if (fault instanceof Fault.AfterProcessing after) {
                // The state has changed; the client just never hears about it.
                replaceAnswer(exchange, after.inner(), new RecordedExchange(method, path, query, body, 0, null, null, at));
            } else {
                log.add(new RecordedExchange(method, path, query, body, response.status(), text,
                        text == null ? null : response.contentType(), at));
                send(exchange, response.status(), text, response.contentType());
            }
        } finally {
            exchange.close();
        }
    }

    /** Answers with an injected {@link Fault.Status} or drops the connection ({@link Fault.Reset}); logs it as injected. */
    private void replaceAnswer(HttpExchange exchange, Fault fault, RecordedExchange request) throws IOException {
        if (fault instanceof Fault.Status s) {
            String text = json.writeValueAsString(faultResponse(exchange, s).body());
            log.addInjected(new RecordedExchange(request.method(), request.path(), request.rawQuery(),
                    request.requestBody(), s.status(), text, JSON, request.at()));
            send(exchange, s.status(), text);
        } else {
            log.addInjected(request);
            exchange.close(); // closing before any header is sent drops the connection
        }
    }

    private Response answer(HttpExchange exchange, String method, String path, String query, String body) {
        try {
            if (path.startsWith(SandboxAdmin.PREFIX)) {
                // Test-only, plays Apple's side (App Review, build processing); no API key, like a local admin port.
                synchronized (state) {
                    return admin.handle(method, path, query);
                }
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!auth.isValid(authorization)) {
                throw Errors.notAuthorized();
            }
            String keyId = auth.keyId(authorization);
            // The budget as it stands right after this request counted: concurrent clients of the same key each see
            // their own request's count, as from Apple, not one taken when the answer happens to be written.
            String budget = rateLimiter.tryAcquire(keyId).orElse(null);
            exchange.getResponseHeaders().set(RATE_LIMIT, budget != null ? budget : rateLimiter.header(keyId));
            if (budget == null) {
                throw Errors.rateLimitExceeded();
            }
            synchronized (state) {
                return router.handle(method, path, query, body);
            }
        } catch (ApiException e) {
            return errorResponse(e.errors());
        }
    }

    private static Response faultResponse(HttpExchange exchange, Fault.Status s) {
        if (s.retryAfterSeconds() != null) {
            exchange.getResponseHeaders().add("Retry-After", Integer.toString(s.retryAfterSeconds()));
        }
        return errorResponse(List.of(ApiError.of(s.status(), s.code(), "Injected fault",
                "The sandbox was told to fail this request with " + s.status() + ".")));
    }

    private static Response errorResponse(List<ApiError> errors) {
        return new Response(errors.get(0).status(), Map.of("errors", errors.stream().map(ApiError::toJson).toList()));
    }

    private void send(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, text, JSON);
    }

    private void send(HttpExchange exchange, int status, String text, String contentType) throws IOException {
        if (!exchange.getResponseHeaders().containsKey(RATE_LIMIT)) { // answers before the key is known: its budget
            exchange.getResponseHeaders().add(RATE_LIMIT, rateLimiter.header(JwtVerifier.KEY_ID));
        }
        if (text == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void sendBytes(HttpExchange exchange, int status, byte[] bytes, String contentType) throws IOException {
        if (!exchange.getResponseHeaders().containsKey(RATE_LIMIT)) {
            exchange.getResponseHeaders().add(RATE_LIMIT, rateLimiter.header(JwtVerifier.KEY_ID));
        }
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(int ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
