package dev.ascctl.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Every exchange the sandbox answered (faults included), in arrival order. Thread-safe. */
public final class RequestLog {
    private final List<RecordedExchange> exchanges = new ArrayList<>();

    public synchronized void add(RecordedExchange exchange) {
        exchanges.add(exchange);
    }

    public synchronized List<RecordedExchange> list() {
        return List.copyOf(exchanges);
    }

    public synchronized void clear() {
        exchanges.clear();
    }

    public synchronized int count() {
        return exchanges.size();
    }

    /** The POST, PATCH and DELETE exchanges. */
    public synchronized List<RecordedExchange> writes() {
        return exchanges.stream().filter(RecordedExchange::isWrite).toList();
    }
}
