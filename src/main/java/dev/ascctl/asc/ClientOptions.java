package dev.ascctl.asc;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * How the {@link AscClient} behaves: retries, back-off, parallelism, timeouts, debug logging, and
 * the clock/sleeper/jitter tests replace. Start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param maxRetries     retries after the first attempt (so at most maxRetries + 1 requests)
 * @param backoffBase    first back-off ceiling; doubles per retry (full jitter below it)
 * @param maxBackoff     upper bound of one wait; a longer Retry-After fails fast instead
 * @param parallelism    how many requests run at once: independent reads ({@link AscClient#parallel}), the
 *                       waves of an apply, uploads; 1 to {@link #MAX_PARALLELISM}
 * @param network        timeouts, the command's deadline and the body-size cap
 * @param debugLog       receives one line per request (method, URL, status, duration, rate limit), or null
 * @param sleeper        waits between retries
 * @param clock          for JWT timestamps and durations
 * @param jitter         a random number in [0, 1) per back-off
 * @param pacing         null: no pacing; otherwise requests stay within the budget {@code X-Rate-Limit} reports
 *                       ({@link RequestPacer}), and when it runs low wait the key's refill interval between requests,
 *                       but at most this long (zero: never wait for refill, only keep in flight what is left)
 */
public record ClientOptions(int maxRetries, Duration backoffBase, Duration maxBackoff, int parallelism,
                            NetworkBounds network, Consumer<String> debugLog,
                            Sleeper sleeper, Clock clock, DoubleSupplier jitter, Duration pacing) {
    /**
     * Requests in flight by default, chosen by measurement ({@code make bench}, ParallelismBench: a 30-app plan at
     * 200 ms latency on the shared 2-core machine, network phase 5.3 s at 4, 2.9 s at 8, 2.1 s at 12, 1.9 s at 16,
     * c758bce 5.1 s). Its 60 app reads then take 4 round trips; more in flight gains a plan of that size little.
     */
    public static final int DEFAULT_PARALLELISM = 16;
    /**
     * The most requests in flight ascctl allows, to stay polite to Apple: its published limit is per hour (3600
     * requests), not per moment, but it answers bursts with 429s, and every 429 costs a back-off.
     */
    public static final int MAX_PARALLELISM = 32;
    /**
     * The longest a paced request waits after the one before when little of the hour is left: Apple's 3,600 an hour
     * refill one a second, so this is its full refill interval; a smaller limit (the sandbox's --rate-limit 60) is not
     * waited out minute by minute.
     */
    public static final Duration DEFAULT_PACING = Duration.ofSeconds(1);

    /** Options as before pacing existed: with the default pacing. */
    public ClientOptions(int maxRetries, Duration backoffBase, Duration maxBackoff, int parallelism,
                         NetworkBounds network, Consumer<String> debugLog, Sleeper sleeper, Clock clock,
                         DoubleSupplier jitter) {
        this(maxRetries, backoffBase, maxBackoff, parallelism, network, debugLog, sleeper, clock, jitter,
                DEFAULT_PACING);
    }

    public ClientOptions {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be from 1 to " + MAX_PARALLELISM);
        }
        requirePositive(backoffBase, "backoffBase");
        requirePositive(maxBackoff, "maxBackoff");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(jitter, "jitter");
        if (pacing != null && pacing.isNegative()) {
            throw new IllegalArgumentException("pacing must not be negative");
        }
    }

    /**
     * 5 retries, 500 ms base, 30 s cap, {@link #DEFAULT_PARALLELISM} requests in flight,
     * {@link NetworkBounds#defaults()}, no debug log.
     */
    public static ClientOptions defaults() {
        return new ClientOptions(5, Duration.ofMillis(500), Duration.ofSeconds(30), DEFAULT_PARALLELISM, NetworkBounds.defaults(), null, Sleeper.REAL, Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble(), DEFAULT_PACING);
    }

    public ClientOptions withMaxRetries(int value) {
        return new ClientOptions(value, backoffBase, maxBackoff, parallelism, network,
                debugLog, sleeper, clock, jitter, pacing);
    }

    public ClientOptions withBackoff(Duration base, Duration max) {
        return new ClientOptions(maxRetries, base, max, parallelism, network, debugLog,
                sleeper, clock, jitter, pacing);
    }

    public ClientOptions withParallelism(int value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, value, network,
                debugLog, sleeper, clock, jitter, pacing);
    }

    /** Connect and header timeouts (the other bounds unchanged). */
    public ClientOptions withTimeouts(Duration connect, Duration headers) {
        return withNetwork(network.withConnect(connect).withHeaders(headers));
    }

    public ClientOptions withNetwork(NetworkBounds value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, parallelism, value, debugLog, sleeper, clock,
                jitter, pacing);
    }

    public ClientOptions withDebugLog(Consumer<String> value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, parallelism, network,
                value, sleeper, clock, jitter, pacing);
    }

    public ClientOptions withSleeper(Sleeper value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, parallelism, network,
                debugLog, value, clock, jitter, pacing);
    }

    public ClientOptions withClock(Clock value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, parallelism, network,
                debugLog, sleeper, value, jitter, pacing);
    }

    public ClientOptions withJitter(DoubleSupplier value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, parallelism, network,
                debugLog, sleeper, clock, value, pacing);
    }

    /** {@code null} turns pacing off (tests of 429 handling); otherwise the longest wait between paced requests. */
    public ClientOptions withPacing(Duration value) {
        return new ClientOptions(maxRetries, backoffBase, maxBackoff, parallelism, network, debugLog, sleeper, clock,
                jitter, value);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
