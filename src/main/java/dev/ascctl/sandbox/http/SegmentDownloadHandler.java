package dev.ascctl.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.reports.AnalyticsReports;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The stand-in for Apple's pre-signed segment URLs: {@code GET /analytics-segments/{segmentId}} answers the segment's
 * gzip file. Like the asset host it is not the API: no bearer token (Apple's URL is signed; a token there would leave
 * for another host), no JSON, no rate limit, not in the API request log. Faults injected for {@code GET} on the path
 * apply here (status or reset).
 */
public record SegmentDownloadHandler(AnalyticsReports analytics, FaultInjector faults) implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (faults.answer(exchange, path)) {
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<byte[]> file = analytics.segmentFile(path.substring(AnalyticsReports.SEGMENT_PATH.length()));
            if (file.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, file.get().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.get());
            }
        }
    }
}
