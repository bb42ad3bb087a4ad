package dev.ascctl.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.ascctl.cli.CliRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 21 item 9, the server side: the hostile-server corpus, shared by {@link HostileServerIT} (which asserts)
 * and {@code HostileServerBench} (which measures each case in a child JVM). Each case misbehaves from the first
 * request as a broken or hostile server would; `ascctl plan` must end by itself with exit 1 and the expected text.
 */
public final class HostileServers {
    /** The `--deadline` given to `plan`: the cases that never finish must end by it. */
    public static final String DEADLINE = "3s";

    /** One misbehaviour and a fragment of the message the user must see. */
    public record Case(String name, HttpHandler handler, String expected) {
    }

    private HostileServers() {
    }

    /**
     * The corpus. {@code otherHost} ("host:port") is a second server that must never be asked anything: one case
     * points {@code links.next} at it the way issue 21 finding 1 did ("@host" joined to the endpoint as text).
     */
    public static List<Case> all(String otherHost) {
        return List.of(
                new Case("never sends headers", x -> sleep(60_000), "deadline of 3 s passed"),
                new Case("trickles its body", x -> {
                    x.sendResponseHeaders(200, 0);
                    try (OutputStream out = x.getResponseBody()) {
                        for (int i = 0; i < 600; i++) {
                            out.write(' ');
                            out.flush();
                            sleep(100);
                        }
                    }
                }, "deadline"),
                new Case("declares a 1 GB body", x -> {
                    x.getResponseHeaders().add("Content-Type", "application/json");
                    x.sendResponseHeaders(200, 1L << 30);
                    x.getResponseBody().close();
                }, "larger than 16 MiB"),
                new Case("streams 20 MB without a length", x -> {
                    x.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) ' ');
                    try (OutputStream out = x.getResponseBody()) {
                        for (int i = 0; i < 20; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException closedByClient) {
                        // the client stops reading at the cap
                    }
                }, "larger than 16 MiB"),
                new Case("says the hour's budget is spent", x -> {
                    x.getResponseHeaders().add("X-Rate-Limit", "user-hour-lim:200;user-hour-rem:0;");
                    answer(x, 429, "{\"errors\":[{\"status\":\"429\",\"code\":\"RATE_LIMIT_EXCEEDED\",\"title\":\"t\"}]}");
                }, "budget is spent"),
                new Case("answers escape sequences and 200 KB of text", x -> answer(x, 403,
                        "{\"errors\":[{\"status\":\"403\",\"code\":\"FORBIDDEN_ERROR\",\"title\":\"\\u001b]0;pwned\\u0007\","
                                + "\"detail\":\"\\u001b[2J" + "x".repeat(200_000) + "\"}]}"), "role"),
                new Case("points links.next at another host", x -> answer(x, 200,
                        "{\"data\":[],\"links\":{\"next\":\"@" + otherHost + "/v1/apps?cursor=x\"}}"),
                        "Refusing to follow links.next"));
    }

    /** A server on 127.0.0.1 (any free port) that counts requests and runs {@code handler} for each. */
    public static HttpServer start(HttpHandler handler, AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Daemon threads: a handler still sleeping after the client gave up must not keep the JVM alive.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", x -> {
            requests.incrementAndGet();
            try {
                handler.handle(x);
            } catch (IOException clientGone) {
                // the client gave up, as it should
            } finally {
                x.close();
            }
        });
        server.start();
        return server;
    }

    /** "host:port" of a started server. */
    public static String hostPort(HttpServer server) {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** `ascctl plan` of the example store against {@code server}, as a user with sandbox credentials runs it. */
    public static CliRunner.Result plan(String hostPort) {
        return new CliRunner()
                .env("ASC_KEY_ID", "SANDBOX001")
                .env("ASC_ISSUER_ID", "69a6de70-0000-47e3-e053-5b8c7c11a4d1")
                .env("ASC_PRIVATE_KEY_PATH", CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8").toString())
                .env("ASC_ENDPOINT", "http://" + hostPort)
                .env("ASCCTL_BACKOFF_MS", "50")
                .run("--deadline", DEADLINE, "plan", "--store", CliRunner.REPO.resolve("examples/store").toString());
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
