package dev.ascctl.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.RequestLog;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.auth.JwtVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;

/**
 * One HTTP exchange, in the order ASC applies things: added latency, injected faults, the bearer
 * token, the hourly budget, then the API itself. Every answer carries {@code X-Rate-Limit} and is
 * logged. The request body is logged as received; the token is never logged.
 */
public final class SandboxHandler implements HttpHandler {
    private static final String JSON = "application/json";
    private final ApiRouter router;
    private final SandboxState state;
    private final JwtVerifier auth;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final RequestLog log;
    private final int latencyMs;
    private final ObjectMapper json;

    public SandboxHandler(ApiRouter router, SandboxState state, JwtVerifier auth, RateLimiter rateLimiter,
                          FaultInjector faults, RequestLog log, int latencyMs, ObjectMapper json) {
        this.router = router;
        this.state = state;
        this.auth = auth;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.log = log;
        this.latencyMs = latencyMs;
        this.json = json;
    }

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
            Optional<Fault> fault = faults.take(method, path);
            if (fault.isPresent() && fault.get() instanceof Fault.Reset) {
                log.add(new RecordedExchange(method, path, query, body, 0, null, null, at));
                exchange.close(); // closing before any header is sent drops the connection
                return;
            }
            if (fault.isPresent() && fault.get() instanceof Fault.Delay d) {
                sleep((int) d.delay().toMillis());
            }
            Response response = fault.isPresent() && fault.get() instanceof Fault.Status s
                    ? faultResponse(exchange, s)
                    : answer(exchange, method, path, query, body);
            String text = response.body() == null ? null : json.writeValueAsString(response.body());
            int status = response.status();
            if (fault.isPresent() && fault.get() instanceof Fault.MalformedBody) {
                status = 200;
                text = text == null ? "{\"data\":" : text.substring(0, text.length() / 2);
            }
            send(exchange, status, text);
            log.add(new RecordedExchange(method, path, query, body, status, text, text == null ? null : JSON, at));
        } finally {
            exchange.close();
        }
    }

    private Response answer(HttpExchange exchange, String method, String path, String query, String body) {
        try {
            if (!auth.isValid(exchange.getRequestHeaders().getFirst("Authorization"))) {
                throw Errors.notAuthorized();
            }
            if (!rateLimiter.tryAcquire()) {
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
        exchange.getResponseHeaders().add("X-Rate-Limit", rateLimiter.header());
        if (text == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", JSON);
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
