package dev.ascctl.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.SandboxState;
import java.io.IOException;
import java.util.Optional;

/**
 * The upload host: {@code PUT /upload/{assetId}/{part}}, the URLs of the upload operations the sandbox hands out.
 * Like Apple's upload host it is not the API: no bearer token, no JSON, no rate limit; it checks the part's length
 * and the {@code Content-Type} header the operation named. Faults injected for {@code PUT} apply here (status or
 * reset). These exchanges are not in the API request log: Apple's spec does not describe them.
 */
public record UploadHandler(SandboxState state, FaultInjector faults, int latencyMs) implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String[] seg = path.split("/");
            if (seg.length == 5 && seg[2].equals("builds")) {
                build(exchange, path, seg);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            sleep(latencyMs);
            if (faults.answer(exchange, path)) {
                return;
            }
            if (!exchange.getRequestMethod().equals("PUT") || seg.length != 4) {
                exchange.sendResponseHeaders(seg.length == 4 ? 405 : 404, -1);
                return;
            }
            receive(exchange, seg[3], part -> state.uploads().receive(seg[2], part, body));
        }
    }

    /** Stores one part; answers with why it was refused, or empty. */
    private interface Part {
        Optional<String> receive(int part) throws IOException;
    }

    /**
     * A part's PUT, its method checked: 400 when the operation's {@code requestHeaders} were not sent as given, 404 for
     * a part that is not a number, 400 when the part does not fit what was handed out, else 200.
     */
    private static void receive(HttpExchange exchange, String partNumber, Part part) throws IOException {
        if (!"application/octet-stream".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        int number;
        try {
            number = Integer.parseInt(partNumber);
        } catch (NumberFormatException e) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        exchange.sendResponseHeaders(part.receive(number).isPresent() ? 400 : 200, -1);
    }

    /**
     * {@code PUT /upload/builds/{fileId}/{part}}: a part of a build upload file, written to its temporary file as it
     * is read (an app archive may be gigabytes).
     */
    private void build(HttpExchange exchange, String path, String[] seg) throws IOException {
        sleep(latencyMs);
        if (faults.answer(exchange, path)) {
            exchange.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
            return;
        }
        if (!exchange.getRequestMethod().equals("PUT")) {
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        receive(exchange, seg[4], part -> state.buildArchives().receive(seg[3], part, exchange.getRequestBody()));
    }

    private static void sleep(int ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
