package dev.ascctl.asc;

import java.time.Duration;

/** The moment a command must stop talking to servers; starts when the client is made (one client per command). */
public final class CommandDeadline {
    private final Duration total;
    private final long endsAtNanos;

    public CommandDeadline(Duration total) {
        this.total = total;
        this.endsAtNanos = System.nanoTime() + total.toNanos();
    }

    public Duration total() {
        return total;
    }

    /** Time left, zero once passed. */
    public Duration remaining() {
        long left = endsAtNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    public boolean passed() {
        return endsAtNanos - System.nanoTime() <= 0;
    }

    /** {@code wanted}, or less when the deadline comes first (never zero: HttpClient refuses a zero timeout). */
    public Duration bound(Duration wanted) {
        Duration left = remaining();
        Duration bounded = wanted.compareTo(left) <= 0 ? wanted : left;
        return bounded.isZero() ? Duration.ofMillis(1) : bounded;
    }

    /** Throws when the deadline has passed; {@code doing} says what was about to happen. */
    public void check(String doing) {
        if (passed()) {
            throw new DeadlineExceededException(total, doing);
        }
    }
}
