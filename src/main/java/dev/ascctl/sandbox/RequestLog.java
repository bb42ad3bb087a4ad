package dev.ascctl.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every exchange the sandbox answered (faults included), in arrival order. Thread-safe.
 *
 * <p>Exchanges whose answer was made up by an injected {@link Fault} are remembered as such, so a
 * conformance check can leave them out: Apple's spec cannot describe a reset or a made-up 503.
 */
public final class RequestLog {
    private final List<RecordedExchange> exchanges = new ArrayList<>();
    // By identity: two identical exchanges (same request, same instant) are still two entries.
    private final Set<RecordedExchange> injected = Collections.newSetFromMap(new IdentityHashMap<>());

    public synchronized void add(RecordedExchange exchange) {
        exchanges.add(exchange);
    }

    /** Logs an exchange whose answer an injected fault made (or replaced). */
    public synchronized void addInjected(RecordedExchange exchange) {
        exchanges.add(exchange);
        injected.add(exchange);
    }

    public synchronized List<RecordedExchange> list() {
        return List.copyOf(exchanges);
    }

    /** The exchanges the sandbox answered itself, without those an injected fault answered. */
    public synchronized List<RecordedExchange> withoutInjectedFaults() {
        return exchanges.stream().filter(e -> !injected.contains(e)).toList();
    }

    /** Whether an injected fault made the answer of this logged exchange. */
    public synchronized boolean isInjected(RecordedExchange exchange) {
        return injected.contains(exchange);
    }

    public synchronized void clear() {
        exchanges.clear();
        injected.clear();
    }

    public synchronized int count() {
        return exchanges.size();
    }

    /** The POST, PATCH and DELETE exchanges. */
    public synchronized List<RecordedExchange> writes() {
        return exchanges.stream().filter(RecordedExchange::isWrite).toList();
    }
}
