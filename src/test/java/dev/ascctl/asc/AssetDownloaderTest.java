package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from Apple's CDN: no credentials sent, the MD5 of what was written, nothing left after a failure. */
class AssetDownloaderTest {
    @TempDir
    Path temp;
    HttpServer cdn;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final AtomicInteger flaky = new AtomicInteger();
    /**
     * Ends the trickle's silence when the test is over: stop() waits for the handlers, which
     * otherwise held the test 3 s after it had its answer.
     */
    final CountDownLatch over = new CountDownLatch(1);
    final ExecutorService handlers = Executors.newCachedThreadPool();
    final AssetDownloader downloader = new AssetDownloader(Duration.ofSeconds(2), Duration.ofSeconds(5), d -> { });

    @BeforeEach
    void start() throws Exception {
        cdn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cdn.createContext("/", exchange -> {
            try (exchange) {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/flaky") && flaky.getAndIncrement() == 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                if (path.equals("/missing")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (path.equals("/trickle")) { // a byte, then silence longer than the idle timeout
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write('x');
                    exchange.getResponseBody().flush();
                    await(over);
                    return;
                }
                if (path.equals("/huge")) { // no Content-Length: the cap is found while reading
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[1024];
                    for (int i = 0; i < 64; i++) {
                        exchange.getResponseBody().write(chunk);
                    }
                    return;
                }
                byte[] body = "hello".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        // A thread per exchange, as a real host: each attempt at the trickle gets its own silence, rather than
        // waiting behind the last one's (measured: the trickle test took 6.5 s, not the three idle timeouts it is about).
        cdn.setExecutor(handlers);
        cdn.start();
    }

    @AfterEach
    void stop() {
        over.countDown();
        cdn.stop(0);
        handlers.shutdownNow();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + cdn.getAddress().getPort() + path);
    }

    @Test
    void writesTheBodyAndReturnsItsMd5WithoutAnyCredential() throws Exception {
        Path target = temp.resolve("01-home.png");
        assertThat(downloader.download(url("/a/1290x2796bb.png"), target)).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(target).hasContent("hello");
        assertThat(authorizations).containsExactly("null");
    }

    @Test
    void aServerErrorIsTriedAgainARefusalIsNot() throws Exception {
        assertThat(downloader.download(url("/flaky"), temp.resolve("f"))).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(flaky.get()).isEqualTo(2);
        authorizations.clear();
        assertThatThrownBy(() -> downloader.download(url("/missing"), temp.resolve("m"))).hasMessageContaining("HTTP 404");
        assertThat(authorizations).hasSize(1);
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("f"); // no m, no .part
        }
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        assertThatThrownBy(() -> downloader.download(URI.create("file:///etc/passwd"), temp.resolve("x")))
                .hasMessageContaining("not an http(s) URL");
    }

    @Test
    void aTrickledBodyEndsWithAClearErrorAndLeavesNothing() {
        AssetDownloader bounded = new AssetDownloader(Duration.ofSeconds(2), Duration.ofSeconds(30), d -> { },
                Duration.ofMillis(300), AssetDownloader.MAX_ASSET_BYTES);
        long started = System.nanoTime();
        assertThatThrownBy(() -> bounded.download(url("/trickle"), temp.resolve("t")))
                .hasMessageContaining("the answer stopped arriving");
        // three attempts of ~0.3 s each (plus pauses), far below the 3 s the server would hold each one
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        assertThat(temp.resolve("t")).doesNotExist();
        assertThat(temp.resolve("t.part")).doesNotExist();
    }

    @Test
    void anOversizedBodyIsRefusedOnceWithAClearError() {
        AssetDownloader bounded = new AssetDownloader(Duration.ofSeconds(2), Duration.ofSeconds(30), d -> { },
                Duration.ofSeconds(5), 16 * 1024);
        assertThatThrownBy(() -> bounded.download(url("/huge"), temp.resolve("h")))
                .hasMessageContaining("the answer is larger than");
        assertThat(authorizations).hasSize(1); // not asked again: the same bytes would come
        assertThat(temp.resolve("h.part")).doesNotExist();
    }

    /** At most 3 s, longer than any idle timeout here. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
