package dev.ascctl.asc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Sends the parts of an asset to the upload URLs Apple hands out. These are not App Store Connect endpoints: no
 * bearer token is sent (it must not leave for another host), the URL is used verbatim and the headers are exactly
 * those of the {@link UploadOperation} ([docs] "Uploading assets to App Store Connect"). A part that fails with a
 * 5xx or a broken connection is sent again, a few times: a PUT of the same bytes to the same URL is idempotent.
 */
public final class UploadTransport {
    /** Attempts per part; a part that still fails fails the upload, which then deletes its reservation. */
    static final int ATTEMPTS_PER_PART = 3;
    /** Headers the JDK's HttpClient sets itself and refuses to take from a caller. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final HttpClient http;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final NetworkBounds bounds;
    private final CommandDeadline deadline;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong puts = new AtomicLong();

    public UploadTransport(Duration connectTimeout, Duration timeout, Sleeper sleeper) {
        this(connectTimeout, timeout, sleeper, NetworkBounds.defaults());
    }

    /** {@code bounds}' idle timeout and body cap apply to the upload host's answers, as in {@link AscClient}. */
    public UploadTransport(Duration connectTimeout, Duration timeout, Sleeper sleeper, NetworkBounds bounds) {
        this.bounds = bounds;
        this.deadline = new CommandDeadline(bounds.deadline());
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.sleeper = sleeper;
    }

    /** Sends one part of {@code file}; throws {@link AscException} when it keeps failing. */
    public void send(UploadOperation op, Path file) {
        byte[] bytes = read(file, op.offset(), op.length());
        String failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS_PER_PART; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(op.url())).timeout(timeout)
                    .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(bytes));
            op.headers().forEach((name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    request.header(name, value);
                }
            });
            puts.incrementAndGet();
            try {
                HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                // The answer is not used, but it is read under the cap and idle timeout: a trickled or endless
                // answer must not hold the upload (issue 21).
                BoundedBody.copy(response.body(), OutputStream.nullOutputStream(),
                        response.headers().firstValueAsLong("Content-Length").orElse(-1), bounds.maxBodyBytes(),
                        bounds.idle(), deadline);
                if (status >= 200 && status < 300) {
                    bytesSent.addAndGet(bytes.length);
                    return;
                }
                failure = "HTTP " + status;
                if (status < 500) {
                    break; // a refusal, not a hiccup: sending the same bytes again will not help
                }
            } catch (BoundedBody.TooLargeException e) {
                failure = e.getMessage();
                break; // the same host would answer the same way
            } catch (BoundedBody.StalledException e) {
                failure = e.getMessage();
            } catch (IOException e) {
                failure = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AscException("Interrupted while uploading " + file.getFileName(), e);
            }
            pause(attempt);
        }
        throw new AscException("uploading bytes " + op.offset() + "-" + (op.offset() + op.length() - 1) + " of "
                + file.getFileName() + " failed: " + failure);
    }

    /**
     * Sends every part of {@code file}, at most {@code parallelism} at once (a single part, or a parallelism of 1, in
     * the calling thread); {@code sentSoFar} is told the bytes of the file sent so far after each part. The first part
     * that keeps failing fails the whole, as thrown, and the parts not yet sent are cancelled. Returns the bytes sent.
     */
    public long sendAll(List<UploadOperation> operations, Path file, int parallelism, LongConsumer sentSoFar) {
        AtomicLong sent = new AtomicLong();
        if (operations.size() == 1 || parallelism == 1) {
            for (UploadOperation op : operations) {
                send(op, file);
                sentSoFar.accept(sent.addAndGet(op.length()));
            }
            return sent.get();
        }
        ExecutorService pool = Workers.pool(Math.min(parallelism, operations.size()), "upload-part");
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (UploadOperation op : operations) {
                futures.add(pool.submit((Callable<Void>) () -> {
                    send(op, file);
                    sentSoFar.accept(sent.addAndGet(op.length()));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new AscException(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AscException("Interrupted while uploading " + file.getFileName(), e);
        } finally {
            pool.shutdownNow();
        }
        return sent.get();
    }

    /** Bytes sent successfully so far. */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** PUT requests sent so far, retries included. */
    public long requests() {
        return puts.get();
    }

    private void pause(int attempt) {
        try {
            sleeper.sleep(Duration.ofMillis(200L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] read(Path file, long offset, long length) {
        if (length > Integer.MAX_VALUE) {
            throw new AscException("an upload part of " + length + " bytes is too large");
        }
        byte[] out = new byte[(int) length];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(offset);
            f.readFully(out);
        } catch (IOException e) {
            throw new AscException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
