package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload host's answers are read under the client's idle timeout and body cap (issue 21). */
class UploadTransportTest {
    @TempDir
    Path temp;
    HttpServer host;
    final AtomicInteger requests = new AtomicInteger();
    /**
     * Ends the trickle's silence when the test is over: stop() waits for the handlers, which
     * otherwise held the test 3 s after it had its answer.
     */
    final CountDownLatch over = new CountDownLatch(1);
    final ExecutorService handlers = Executors.newCachedThreadPool();
    final NetworkBounds bounds = NetworkBounds.defaults().withIdle(Duration.ofMillis(300)).withMaxBodyBytes(16 * 1024);
    final UploadTransport transport = new UploadTransport(Duration.ofSeconds(2), Duration.ofSeconds(30), d -> { },
            bounds);

    @BeforeEach
    void start() throws Exception {
        host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        host.createContext("/", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                exchange.sendResponseHeaders(200, 0);
                if (path.equals("/trickle")) { // a byte, then silence longer than the idle timeout
                    exchange.getResponseBody().write('x');
                    exchange.getResponseBody().flush();
                    over.await(3, TimeUnit.SECONDS);
                } else if (path.equals("/huge")) {
                    byte[] chunk = new byte[1024];
                    for (int i = 0; i < 64; i++) {
                        exchange.getResponseBody().write(chunk);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                // the client hung up: what the test wants
            }
        });
        // A thread per exchange, as a real host: each attempt at the trickle gets its own silence, rather than
        // waiting behind the last one's (measured: the trickle test took 6.5 s, not the three idle timeouts it is about).
        host.setExecutor(handlers);
        host.start();
    }

    @AfterEach
    void stop() {
        over.countDown();
        host.stop(0);
        handlers.shutdownNow();
    }

    private UploadOperation part(String path) {
        return new UploadOperation("PUT", "http://127.0.0.1:" + host.getAddress().getPort() + path, 0, 4,
                Map.of("Content-Type", "image/png"));
    }

    private Path file() throws Exception {
        return Files.write(temp.resolve("01.png"), new byte[] {1, 2, 3, 4});
    }

    @Test
    void aQuickAnswerCountsTheBytes() throws Exception {
        transport.send(part("/ok"), file());
        assertThat(transport.bytesSent()).isEqualTo(4);
    }

    @Test
    void aTrickledAnswerEndsWithAClearError() throws Exception {
        Path file = file();
        long started = System.nanoTime();
        assertThatThrownBy(() -> transport.send(part("/trickle"), file))
                .hasMessageContaining("01.png failed: the answer stopped arriving");
        // each attempt ends after ~0.3 s of silence, not after the 3 s the server holds it
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        assertThat(transport.bytesSent()).isZero();
    }

    @Test
    void anOversizedAnswerEndsWithAClearErrorWithoutRetrying() throws Exception {
        Path file = file();
        assertThatThrownBy(() -> transport.send(part("/huge"), file))
                .hasMessageContaining("01.png failed: the answer is larger than 16 KiB");
        assertThat(requests.get()).isEqualTo(1);
    }
}
