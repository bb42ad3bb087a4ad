package dev.ascctl.asc;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps one client inside the hourly budget Apple reports in {@code X-Rate-Limit}, instead of running into 429s: a
 * token bucket sized from the header.
 * <ul>
 * <li>Never more requests in flight than the last header said were left: sixteen parallel reads with 5 left would
 * otherwise earn eleven 429s, each costing a back-off.</li>
 * <li>When little is left ({@link #isLow}: a tenth of the hour's limit, and never less than
 * {@link ClientOptions#MAX_PARALLELISM}), one request at a time, each started at least the key's refill interval
 * after the last (3600 s / limit, one second for Apple's 3,600; at most {@code maxInterval}): the rolling hour frees
 * requests as they age, and other jobs on the same key keep a share. One at a time also makes each header exact.</li>
 * </ul>
 * When the header says nothing is left, the client stops ({@link RateBudgetSpentException}); the pacer never sends
 * a request it knows will be refused. Before the first header, nothing is known and nothing is held back.
 */
final class RequestPacer {
    private static final Duration HOUR = Duration.ofHours(1);
    private final boolean enabled;
    private final Duration maxInterval;
    /** From the newest header: requests left this hour, and the hour's limit; -1 before the first header. */
    private int remaining = -1;
    private int limit;
    private int inFlight;
    private long lastStart = Long.MIN_VALUE;
    private long pacedRequests;

    RequestPacer(boolean enabled, Duration maxInterval) {
        this.enabled = enabled;
        this.maxInterval = maxInterval;
    }

    /** Waits until the budget allows one more request, then counts it as in flight; {@link #done} must follow. */
    synchronized void acquire(CommandDeadline deadline, String doing) throws InterruptedException {
        if (!enabled) {
            return;
        }
        boolean waited = false;
        while (true) {
            if (remaining < 0 || !isLow() && inFlight < remaining) {
                break;
            }
            long now = System.nanoTime();
            long spacing = lastStart == Long.MIN_VALUE ? 0 : lastStart + interval().toNanos() - now;
            if (isLow() && inFlight == 0 && spacing <= 0) {
                break;
            }
            // Waiting for an answer (which brings a fresh header) or for the refill interval to pass.
            long waitNanos = inFlight > 0 ? interval().toNanos() : spacing;
            deadline.check(doing + " was not sent: it waited for the hourly request budget until the deadline");
            long bounded = Math.max(1, Math.min(waitNanos, deadline.remaining().toNanos()));
            waited = true;
            wait(bounded / 1_000_000, (int) (bounded % 1_000_000));
        }
        if (waited) {
            pacedRequests++;
        }
        inFlight++;
        lastStart = System.nanoTime();
    }

    /** The request has its answer (or none): no longer in flight; its header, if any, is the newest word. */
    synchronized void done(Optional<RateLimit> header) {
        if (!enabled) {
            return;
        }
        inFlight = Math.max(0, inFlight - 1);
        header.filter(h -> h.limit() > 0).ifPresent(h -> {
            remaining = h.remaining();
            limit = h.limit();
        });
        notifyAll();
    }

    /** How many requests had to wait for the budget. */
    synchronized long paced() {
        return pacedRequests;
    }

    private boolean isLow() {
        return remaining >= 0 && remaining <= Math.max(ClientOptions.MAX_PARALLELISM, limit / 10);
    }

    private Duration interval() {
        Duration refill = limit <= 0 ? maxInterval : HOUR.dividedBy(limit);
        return refill.compareTo(maxInterval) < 0 ? refill : maxInterval;
    }
}
