package dev.ascctl.sandbox.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Apple's rolling one-hour request budget; renders the {@code X-Rate-Limit} header. */
public final class RateLimiter {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final int limit;
    private final Clock clock;
    private final Deque<Instant> used = new ArrayDeque<>();

    public RateLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one request; false when the budget is already spent (the request is then not counted). */
    public synchronized boolean tryAcquire() {
        expire();
        if (used.size() >= limit) {
            return false;
        }
        used.addLast(clock.instant());
        return true;
    }

    public synchronized String header() {
        expire();
        return "user-hour-lim:" + limit + ";user-hour-rem:" + (limit - used.size()) + ";";
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!used.isEmpty() && used.peekFirst().isBefore(cutoff)) {
            used.removeFirst();
        }
    }
}
