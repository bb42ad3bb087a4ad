package dev.ascctl.sandbox.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Apple's rolling one-hour request budget, one per API key ("a rolling hour per API key", Identifying Rate Limits):
 * every client signing with the same key, from any process, draws on the same budget, as CI jobs sharing a key do
 * against Apple. Renders the {@code X-Rate-Limit} header in Apple's form, {@code user-hour-lim:3600;user-hour-rem:N;}.
 */
public final class RateLimiter {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final int limit;
    private final Clock clock;
    /** When each request counted in the last hour was answered, per key id (the JWT's {@code kid}). */
    private final Map<String, Deque<Instant>> used = new HashMap<>();

    public RateLimiter(int limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("the hourly limit must be positive, was " + limit);
        }
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Counts one request of this key; empty when its budget is already spent (the request is then not counted),
     * otherwise the header value as it stands right after this request, the form Apple answers it with.
     */
    public synchronized Optional<String> tryAcquire(String keyId) {
        Deque<Instant> window = window(keyId);
        if (window.size() >= limit) {
            return Optional.empty();
        }
        window.addLast(clock.instant());
        return Optional.of(header(limit - window.size()));
    }

    /** The header value for this key now. */
    public synchronized String header(String keyId) {
        return header(limit - window(keyId).size());
    }

    /** Lets the rolling hour pass: every key's budget is whole again (tests of what the next hour's run does). */
    public synchronized void passHour() {
        used.clear();
    }

    private String header(int remaining) {
        return "user-hour-lim:" + limit + ";user-hour-rem:" + remaining + ";";
    }

    private Deque<Instant> window(String keyId) {
        Deque<Instant> window = used.computeIfAbsent(keyId, k -> new ArrayDeque<>());
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!window.isEmpty() && window.peekFirst().isBefore(cutoff)) {
            window.removeFirst();
        }
        return window;
    }
}
