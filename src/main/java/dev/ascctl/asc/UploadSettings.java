package dev.ascctl.asc;

import java.time.Duration;
import java.util.Objects;

/**
 * How an upload to Apple behaves, for screenshots and previews as for builds: its parts go out side by side, then
 * Apple's processing is polled with a pause that doubles up to 8 times the first, until it ends or the timeout passes.
 *
 * @param partParallelism parts of one file sent at once
 * @param pollInterval    first pause between processing polls
 * @param timeout         how long processing may take before the wait is given up (what happens to the upload then
 *                        is the uploader's to say)
 * @param sleeper         waits between polls
 */
public record UploadSettings(int partParallelism, Duration pollInterval, Duration timeout, Sleeper sleeper) {
    public UploadSettings {
        if (partParallelism < 1) {
            throw new IllegalArgumentException("partParallelism must be >= 1");
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The pause after {@code pause}: twice as long, but never more than 8 times {@link #pollInterval}. */
    public Duration nextPause(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        Duration max = pollInterval.multipliedBy(8);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
