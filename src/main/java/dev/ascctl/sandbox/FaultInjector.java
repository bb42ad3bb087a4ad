package dev.ascctl.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules that make the next N matching requests fail. A rule matches by HTTP method ({@code "*"} for
 * any) and a regex over the raw path. Example:
 * <pre>{@code
 * sandbox.faults().inject("PATCH", "/v1/appStoreVersionLocalizations/.*", 2, Fault.status(503, "SERVICE_UNAVAILABLE", 1));
 * sandbox.faults().inject("POST", "/v1/appStoreVersions", 1, Fault.afterProcessing(Fault.reset())); // created, answer lost
 * }</pre>
 * Exchanges answered by a fault are marked in the {@link RequestLog} ({@link RequestLog#withoutInjectedFaults()}).
 */
public final class FaultInjector {
    private final List<Rule> rules = new ArrayList<>();

    private static final class Rule {
        final String method;
        final Pattern path;
        final Fault fault;
        int remaining;

        Rule(String method, Pattern path, int remaining, Fault fault) {
            this.method = method;
            this.path = path;
            this.remaining = remaining;
            this.fault = fault;
        }
    }

    /** Applies {@code fault} to the next {@code times} requests matching method and path regex. */
    public synchronized void inject(String method, String pathRegex, int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be positive");
        }
        rules.add(new Rule(method.toUpperCase(java.util.Locale.ROOT), Pattern.compile(pathRegex), times, fault));
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** How many injected failures are still pending. */
    public synchronized int pending() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }

    /**
     * For the sandbox's plain (non-API) endpoints: answers the exchange with the fault injected for it, if any, a
     * reset by closing before any header (which drops the connection), a status with an empty body. True when it
     * answered, so the caller stops.
     */
    public boolean answer(com.sun.net.httpserver.HttpExchange exchange, String rawPath) throws java.io.IOException {
        Optional<Fault> fault = take(exchange.getRequestMethod(), rawPath);
        if (fault.isPresent() && fault.get() instanceof Fault.Status s) {
            exchange.sendResponseHeaders(s.status(), -1);
        }
        return fault.isPresent() && (fault.get() instanceof Fault.Reset || fault.get() instanceof Fault.Status);
    }

    /** The fault for this request, consuming one use of the first matching rule. */
    public synchronized Optional<Fault> take(String method, String rawPath) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if ((r.method.equals("*") || r.method.equals(method)) && r.path.matcher(rawPath).matches()) {
                if (--r.remaining == 0) {
                    it.remove();
                }
                return Optional.of(r.fault);
            }
        }
        return Optional.empty();
    }
}
