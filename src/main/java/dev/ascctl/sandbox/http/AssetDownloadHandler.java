package dev.ascctl.sandbox.http;

import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.AssetUrls;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asset host: {@code GET /assets/{assetId}/{rendition}}, where the URLs of {@link AssetUrls} point. Like
 * Apple's CDN it is not the API ({@link FileHost}).
 *
 * <p>It serves the exact bytes that were uploaded, so a downloaded file has the MD5 Apple reports as
 * {@code sourceFileChecksum}. Real Apple does not: its CDN renders the image again from the template
 * (any {@code {w}x{h}} and format {@code jpg}, {@code png} or {@code webp}), so the bytes, and their MD5, differ
 * from the original. The sandbox serves only the rendition that equals the original, the asset's own width,
 * height and format, and answers 404 for any other, so a client that fills the template wrongly is caught.
 */
public record AssetDownloadHandler(SandboxState state, FaultInjector faults) implements FileHost {
    private static final Pattern RENDITION = Pattern.compile("(\\d+)x(\\d+)bb\\.([a-z]+)");

    @Override
    public Optional<File> file(String path) {
        String[] seg = path.split("/");
        return seg.length == 4 ? serve(seg[2], seg[3]) : Optional.empty();
    }

    private Optional<File> serve(String assetId, String rendition) {
        Optional<byte[]> bytes = state.uploads().published(assetId);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredResource> screenshot = state.get("appScreenshots", assetId)
                .or(() -> state.get("inAppPurchaseAppStoreReviewScreenshots", assetId))
                .or(() -> state.get("appEventScreenshots", assetId))
                .or(() -> state.get("appClipHeaderImages", assetId))
                .or(() -> state.get("appClipAdvancedExperienceImages", assetId));
        if (screenshot.isPresent()) {
            String format = formatOf(bytes.get());
            Matcher m = RENDITION.matcher(rendition);
            if (!(screenshot.get().attribute("imageAsset") instanceof Map<?, ?> image) || !m.matches()
                    || !m.group(1).equals(String.valueOf(image.get("width")))
                    || !m.group(2).equals(String.valueOf(image.get("height"))) || !m.group(3).equals(format)) {
                return Optional.empty(); // not the original rendition: the sandbox renders nothing
            }
            return Optional.of(new File(bytes.get(), format.equals("png") ? "image/png" : "image/jpeg"));
        }
        Optional<StoredResource> preview = state.get("appPreviews", assetId)
                .or(() -> state.get("appEventVideoClips", assetId));
        if (preview.isPresent() && rendition.equals(AssetUrls.VIDEO)) {
            Object mime = preview.get().attribute("mimeType");
            return Optional.of(new File(bytes.get(), mime == null ? "video/mp4" : String.valueOf(mime)));
        }
        return Optional.empty();
    }

    /** {@code png} or {@code jpg}, the {@code {f}} of the original; processing accepted only these two. */
    private static String formatOf(byte[] b) {
        return b.length > 1 && (b[0] & 0xff) == 0x89 ? "png" : "jpg";
    }
}
