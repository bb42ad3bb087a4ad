package dev.ascctl.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascctl.sandbox.FaultInjector;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A host of files that is not the API (the asset CDN, Apple's pre-signed analytics segment URLs): {@code GET} only
 * (405 otherwise), no bearer token, no JSON, no rate limit, not in the API request log; a path it has no file for is
 * 404. Faults injected for {@code GET} on the path apply here (status or reset).
 */
interface FileHost extends HttpHandler {
    /** A file as served: its bytes and {@code Content-Type}. */
    record File(byte[] bytes, String contentType) {
    }

    FaultInjector faults();

    /** The file at {@code path} (raw, as requested), or empty. */
    Optional<File> file(String path);

    @Override
    default void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (faults().answer(exchange, path)) {
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<File> file = file(path);
            if (file.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", file.get().contentType());
            exchange.sendResponseHeaders(200, file.get().bytes().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.get().bytes());
            }
        }
    }
}
