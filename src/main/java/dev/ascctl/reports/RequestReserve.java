package dev.ascctl.reports;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.DeadlineExceededException;
import dev.ascctl.asc.RateBudgetSpentException;
import dev.ascctl.asc.RateLimit;
import dev.ascctl.asc.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

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

    /**
     * Records why the run stops when {@code e} is Apple's "budget spent" or the command's deadline, and says true;
     * any other failure is the caller's.
     */
    boolean stopFor(RuntimeException e) {
        if (e instanceof RateBudgetSpentException) {
            stop("Apple says this key's hourly request budget is spent");
        } else if (e instanceof DeadlineExceededException) {
            stop("the command's deadline passed (" + e.getMessage() + ")");
        } else {
            return false;
        }
        return true;
    }

    /**
     * Runs {@code item} for the indexes 0 to {@code count - 1} on the client's parallelism (daemon threads named
     * {@code name}) and waits for all of them; each item takes its own place in the budget. An interruption stops the
     * run; an item that throws is recorded in {@code failure}. The threads are gone when this returns.
     */
    void runEach(int count, String name, IntConsumer item, AtomicReference<RuntimeException> failure) {
        ExecutorService pool = Workers.pool(Math.min(client.parallelism(), count), name);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> item.accept(index)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop("interrupted");
        } catch (ExecutionException e) {
            failure.compareAndSet(null, new IllegalStateException(e.getCause()));
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Why the run stopped, or null. */
    String stopReason() {
        return stop.get();
    }
}
