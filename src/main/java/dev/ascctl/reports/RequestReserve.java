package dev.ascctl.reports;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.RateLimit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hour's requests a sync leaves to other jobs with the same key: {@link #take} says false (and why) once Apple's
 * last X-Rate-Limit, less the requests still in flight, leaves no more than the reserve. Shared by the sales and the
 * analytics sync, so both stop the same way and say where they resume.
 */
final class RequestReserve {
    private final AscClient client;
    private final int reserve;
    private final AtomicReference<String> stop = new AtomicReference<>();
    private int inFlight;
    private int lowestRemaining = Integer.MAX_VALUE;

    RequestReserve(AscClient client, int reserve) {
        this.client = client;
        this.reserve = reserve;
    }

    /**
     * Takes a place in flight and says true, or says false once the budget is down to the reserve (or a stop was
     * recorded). Synchronized, so that parallel requests never together take the reserve. Each true is followed by
     * one {@link #release}.
     */
    synchronized boolean take() {
        if (stop.get() != null) {
            return false;
        }
        Optional<RateLimit> last = client.stats().lastRateLimit();
        // Answers to parallel requests arrive out of order: the lowest "remaining" seen is the newest.
        last.ifPresent(l -> lowestRemaining = Math.min(lowestRemaining, l.remaining()));
        if (last.isPresent() && last.get().limit() > 0 && lowestRemaining - inFlight <= reserve) {
            stop.compareAndSet(null, "Apple's X-Rate-Limit says " + lowestRemaining + " of " + last.get().limit()
                    + " requests remain this hour, and --reserve keeps " + reserve + " for other jobs");
            return false;
        }
        inFlight++;
        return true;
    }

    synchronized void release() {
        inFlight--;
    }

    /** Records why the run stops (the first reason wins). */
    void stop(String reason) {
        stop.compareAndSet(null, reason);
    }

    /** Why the run stopped, or null. */
    String stopReason() {
        return stop.get();
    }
}
