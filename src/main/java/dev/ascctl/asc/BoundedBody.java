package dev.ascctl.asc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a response body with a size cap and a watchdog: the body is abandoned (its stream closed) when it sends
 * nothing for the idle timeout or when the command's deadline passes. HttpClient's request timeout covers only
 * the wait for the headers; a body trickled a byte at a time held a command for 420 s and more (issue 21).
 */
final class BoundedBody {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "asc-body-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The body is larger than the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("the answer is larger than " + (max >= NetworkBounds.MIB ? max / NetworkBounds.MIB + " MiB"
                    : max / 1024 + " KiB"));
        }
    }

    /** The body stopped arriving (idle) or the deadline passed while it arrived. */
    static final class StalledException extends IOException {
        final boolean deadline;

        StalledException(String message, boolean deadline) {
            super(message);
            this.deadline = deadline;
        }
    }

    private BoundedBody() {
    }

    /**
     * The whole body as UTF-8 text.
     *
     * @param declaredLength the Content-Length header, or -1
     */
    static String read(InputStream in, long declaredLength, long maxBytes, Duration idle, CommandDeadline deadline)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                declaredLength > 0 && declaredLength <= maxBytes ? (int) Math.min(declaredLength, Integer.MAX_VALUE) : 8192);
        copy(in, out, declaredLength, maxBytes, idle, deadline);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Copies the body to {@code out} under the same cap and watchdog as {@link #read}; for bodies that go to a
     * file (downloads) or are thrown away (upload answers). Returns the bytes copied.
     */
    static long copy(InputStream in, OutputStream out, long declaredLength, long maxBytes, Duration idle,
            CommandDeadline deadline) throws IOException {
        if (declaredLength > maxBytes) {
            in.close(); // refused before reading a byte
            throw new TooLargeException(maxBytes);
        }
        long idleNanos = idle.toNanos();
        long[] lastProgress = {System.nanoTime()};
        String[] why = {null};
        long period = Math.max(10, Math.min(1000, idle.toMillis() / 4));
        ScheduledFuture<?> watch = WATCHDOG.scheduleAtFixedRate(() -> {
            long quiet;
            synchronized (lastProgress) {
                quiet = System.nanoTime() - lastProgress[0];
            }
            if (quiet > idleNanos || deadline.passed()) {
                synchronized (lastProgress) {
                    why[0] = deadline.passed() ? "deadline" : "idle";
                }
                closeQuietly(in);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        long copied = 0;
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (copied + n > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
                copied += n;
                synchronized (lastProgress) {
                    lastProgress[0] = System.nanoTime();
                }
            }
        } catch (TooLargeException e) {
            throw e;
        } catch (IOException e) {
            throw stalledOr(e, why, lastProgress, idle);
        } finally {
            watch.cancel(false);
            closeQuietly(in);
        }
        String stopped;
        synchronized (lastProgress) {
            stopped = why[0];
        }
        if (stopped != null) { // closed by the watchdog, and the stream reported a clean end
            throw stalled(stopped, idle);
        }
        return copied;
    }

    private static IOException stalledOr(IOException e, String[] why, Object lock, Duration idle) {
        String stopped;
        synchronized (lock) {
            stopped = why[0];
        }
        return stopped == null ? e : stalled(stopped, idle);
    }

    private static StalledException stalled(String why, Duration idle) {
        return "deadline".equals(why)
                ? new StalledException("the command's deadline passed while the answer arrived", true)
                : new StalledException("the answer stopped arriving (nothing for " + DeadlineExceededException.human(idle)
                + ")", false);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing only frees the connection
        }
    }
}
