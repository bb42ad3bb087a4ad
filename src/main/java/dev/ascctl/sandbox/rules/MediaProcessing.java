package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.AssetUrls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apple's processing of committed screenshots and previews, done before the next request is answered: a
 * screenshot that is not a PNG or JPEG, or a preview without an ISO media {@code ftyp} box, ends FAILED with an
 * error, as does any asset while a test has injected processing failures; the rest ends COMPLETE (screenshots with
 * their {@code imageAsset}).
 */
public record MediaProcessing(SandboxState state, String baseUri) {
    /**
     * Images Apple takes in one size only, by type: [docs] the App Clip card's image is 1800x1200 pixels (Apple's
     * App Clip configuration documentation); other images of the wrong size fail processing with
     * IMAGE_INCORRECT_DIMENSIONS as Apple's screenshots do.
     */
    private static final Map<String, List<Integer>> ONE_SIZE = Map.of("appClipHeaderImages", List.of(1800, 1200),
            "appClipAdvancedExperienceImages", List.of(1800, 1200));

    /** Finishes every queued asset. Callers hold the state lock. */
    public void advance() {
        for (String[] queued : state.uploads().drainQueue()) {
            String type = queued[0];
            state.get(type, queued[1]).ifPresent(asset -> finish(type, asset));
        }
    }

    private void finish(String type, StoredResource asset) {
        byte[] bytes = state.uploads().complete(asset.id()).orElse(new byte[0]);
        // Images, unless the type is a video (app previews, in-app event video clips).
        boolean screenshot = !type.equals("appPreviews") && !type.equals("appEventVideoClips");
        String stateAttribute = screenshot ? "assetDeliveryState" : "videoDeliveryState";
        int[] size = screenshot ? imageSize(bytes) : null;
        boolean valid = screenshot ? size != null : isIsoMedia(bytes);
        Map<String, Object> changes = new LinkedHashMap<>();
        List<Integer> oneSize = ONE_SIZE.get(type);
        if (valid && oneSize != null && (size[0] != oneSize.get(0) || size[1] != oneSize.get(1))) {
            changes.put(stateAttribute, MediaAssetRules.deliveryState("FAILED", List.of(Map.of("code",
                    "IMAGE_INCORRECT_DIMENSIONS", "description", "The image is " + size[0] + "x" + size[1]
                            + "; it must be " + oneSize.get(0) + "x" + oneSize.get(1) + "."))));
        } else if (!valid || state.uploads().takeProcessingFailure()) {
            String code = screenshot ? "IMAGE_INCORRECT_FORMAT" : "VIDEO_INCORRECT_FORMAT";
            changes.put(stateAttribute, MediaAssetRules.deliveryState("FAILED", List.of(Map.of("code", code,
                    "description", screenshot ? "The file is not a valid PNG or JPEG image."
                            : "The file is not a valid QuickTime or MPEG-4 video."))));
        } else {
            changes.put(stateAttribute, MediaAssetRules.deliveryState("COMPLETE", List.of()));
            if (screenshot) {
                changes.put("imageAsset", Map.of("templateUrl", AssetUrls.templateUrl(baseUri, asset.id()),
                        "width", size[0], "height", size[1]));
                changes.put("assetToken", asset.id() + ".png");
            } else {
                changes.put("videoUrl", AssetUrls.videoUrl(baseUri, asset.id()));
            }
        }
        if (type.equals("appPreviews")) {
            changes.put(MediaAssetRules.PREVIEW_UPLOAD_STATE, changes.get(stateAttribute));
        }
        state.put(asset.withAttributes(changes));
        state.uploads().forget(asset.id()); // processed: the upload buffer is spent
        if (changes.containsKey("imageAsset") || changes.containsKey("videoUrl")) {
            state.uploads().publish(asset.id(), bytes); // served at the asset URL, for import to download
        }
    }

    /** Width and height from a PNG's IHDR or a JPEG's start-of-frame; null when neither. */
    static int[] imageSize(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new int[] {int32(b, 16), int32(b, 20)};
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            int i = 2;
            while (i + 9 < b.length && (b[i] & 0xff) == 0xff) {
                int marker = b[i + 1] & 0xff;
                if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                    return new int[] {((b[i + 7] & 0xff) << 8) | (b[i + 8] & 0xff), ((b[i + 5] & 0xff) << 8) | (b[i + 6] & 0xff)};
                }
                i += 2 + (((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff));
            }
        }
        return null;
    }

    private static boolean isIsoMedia(byte[] b) {
        return b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p';
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
