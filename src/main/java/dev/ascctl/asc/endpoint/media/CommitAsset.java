package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /v1/appScreenshots/{id}} ({@code AppScreenshotUpdateRequest}) or {@code PATCH /v1/appPreviews/{id}}
 * with {@code uploaded: true} and {@code sourceFileChecksum} (the MD5 of the whole file, [docs]): tells Apple
 * every part is uploaded, so it starts processing.
 */
public final class CommitAsset {
    private CommitAsset() {
    }

    public static ApiCall of(MediaType media, String assetId, String md5) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("uploaded", true);
        if (media.commitsChecksum()) { // in-app event media commit without one: Apple's request has no checksum
            attributes.put("sourceFileChecksum", md5);
        }
        return RequestBodies.update("/v1/" + media.assetType() + "/" + RequestBodies.requireId(assetId, media.assetType()),
                media.assetType(), assetId, attributes, Set.of("uploaded", "sourceFileChecksum"), Map.of());
    }
}
