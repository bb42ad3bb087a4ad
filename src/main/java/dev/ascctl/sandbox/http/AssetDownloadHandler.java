package dev.ascctl.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.AssetUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asset host: {@code GET /assets/{assetId}/{rendition}}, where the URLs of {@link AssetUrls} point. Like
 * Apple's CDN it is not the API: no bearer token, no JSON, no rate limit, not in the API request log.
 *
 * <p>It serves the exact bytes that were uploaded, so a downloaded file has the MD5 Apple reports as
 * {@code sourceFileChecksum}. Real Apple does not: its CDN renders the image again from the template
 * (any {@code {w}x{h}} and format {@code jpg}, {@code png} or {@code webp}), so the bytes, and their MD5, differ
 * from the original. The sandbox serves only the rendition that equals the original, the asset's own width,
 * height and format, and answers 404 for any other, so a client that fills the template wrongly is caught.
 * Faults injected for {@code GET} on the path apply here (status or reset).
 */
public record AssetDownloadHandler(SandboxState state, FaultInjector faults) implements HttpHandler {
    private static final Pattern RENDITION = Pattern.compile("(\\d+)x(\\d+)bb\\.([a-z]+)");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (faults.answer(exchange, path)) {
                return;
            }
            String[] seg = path.split("/");
            if (seg.length != 4) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<Served> served = serve(seg[2], seg[3]);
            if (served.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", served.get().contentType());
            exchange.sendResponseHeaders(200, served.get().bytes().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(served.get().bytes());
            }
        }
    }

    private record Served(byte[] bytes, String contentType) {}

    private Optional<Served> serve(String assetId, String rendition) {
        Optional<byte[]> bytes = state.uploads().published(assetId);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredResource> screenshot = state.get("appScreenshots", assetId)
                .or(() -> state.get("inAppPurchaseAppStoreReviewScreenshots", assetId));
        if (screenshot.isPresent()) {
            String format = formatOf(bytes.get());
            Matcher m = RENDITION.matcher(rendition);
            if (!(screenshot.get().attribute("imageAsset") instanceof Map<?, ?> image) || !m.matches()
                    || !m.group(1).equals(String.valueOf(image.get("width")))
                    || !m.group(2).equals(String.valueOf(image.get("height"))) || !m.group(3).equals(format)) {
                return Optional.empty(); // not the original rendition: the sandbox renders nothing
            }
            return Optional.of(new Served(bytes.get(), format.equals("png") ? "image/png" : "image/jpeg"));
        }
        Optional<StoredResource> preview = state.get("appPreviews", assetId);
        if (preview.isPresent() && rendition.equals(AssetUrls.VIDEO)) {
            Object mime = preview.get().attribute("mimeType");
            return Optional.of(new Served(bytes.get(), mime == null ? "video/mp4" : String.valueOf(mime)));
        }
        return Optional.empty();
    }

    /** {@code png} or {@code jpg}, the {@code {f}} of the original; processing accepted only these two. */
    private static String formatOf(byte[] b) {
        return b.length > 1 && (b[0] & 0xff) == 0x89 ? "png" : "jpg";
    }
}
