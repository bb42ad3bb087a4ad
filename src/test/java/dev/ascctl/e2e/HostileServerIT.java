package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.ascctl.cli.CliRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21 item 9, the server side: `ascctl plan` against a small server that misbehaves on the first request as
 * a broken or hostile server would. Each case must end by itself with exit 1 and a clear message, well within the
 * command's deadline (3 s here), with no control character from the server echoed.
 */
class HostileServerIT {
    static final Duration DEADLINE = Duration.ofSeconds(3);
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("never sends headers", (HttpHandler) x -> sleep(60_000), "deadline of 3 s passed"),
                Arguments.of("trickles its body", (HttpHandler) x -> {
                    x.sendResponseHeaders(200, 0);
                    try (OutputStream out = x.getResponseBody()) {
                        for (int i = 0; i < 600; i++) {
                            out.write(' ');
                            out.flush();
                            sleep(100);
                        }
                    }
                }, "deadline"),
                Arguments.of("declares a 1 GB body", (HttpHandler) x -> {
                    x.getResponseHeaders().add("Content-Type", "application/json");
                    x.sendResponseHeaders(200, 1L << 30);
                    x.getResponseBody().close();
                }, "larger than 16 MiB"),
                Arguments.of("streams 20 MB without a length", (HttpHandler) x -> {
                    x.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[1 << 20];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    try (OutputStream out = x.getResponseBody()) {
                        for (int i = 0; i < 20; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException closedByClient) {
                        // the client stops reading at the cap
                    }
                }, "larger than 16 MiB"),
                Arguments.of("says the hour's budget is spent", (HttpHandler) x -> {
                    x.getResponseHeaders().add("X-Rate-Limit", "user-hour-lim:200;user-hour-rem:0;");
                    answer(x, 429, "{\"errors\":[{\"status\":\"429\",\"code\":\"RATE_LIMIT_EXCEEDED\",\"title\":\"t\"}]}");
                }, "budget is spent"),
                Arguments.of("answers escape sequences and 200 KB of text", (HttpHandler) x -> answer(x, 403,
                        "{\"errors\":[{\"status\":\"403\",\"code\":\"FORBIDDEN_ERROR\",\"title\":\"\\u001b]0;pwned\\u0007\","
                                + "\"detail\":\"\\u001b[2J" + "x".repeat(200_000) + "\"}]}"), "role"));
    }

    @ParameterizedTest(name = "a server that {0}")
    @MethodSource("cases")
    void endsByItselfWithExit1AndAClearMessage(String name, HttpHandler hostile, String expected) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", x -> {
            requests.incrementAndGet();
            try {
                hostile.handle(x);
            } catch (IOException clientGone) {
                // the client gave up, as it should
            } finally {
                x.close();
            }
        });
        server.start();
        long started = System.nanoTime();

        CliRunner.Result result = new CliRunner()
                .env("ASC_KEY_ID", "SANDBOX001")
                .env("ASC_ISSUER_ID", "69a6de70-0000-47e3-e053-5b8c7c11a4d1")
                .env("ASC_PRIVATE_KEY_PATH", CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8").toString())
                .env("ASC_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort())
                .env("ASCCTL_BACKOFF_MS", "50")
                .run("--deadline", "3s", "plan", "--store", CliRunner.REPO.resolve("examples/store").toString());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.all()).as(name).contains(expected).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(result.all().length()).as("output length").isLessThan(20_000);
        assertThat(took).as("time taken").isLessThan(DEADLINE.plusSeconds(3));
        assertThat(requests.get()).isPositive();
    }

    static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
