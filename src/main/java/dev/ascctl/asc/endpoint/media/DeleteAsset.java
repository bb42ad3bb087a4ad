package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;

/** {@code DELETE /v1/appScreenshots/{id}} or {@code /v1/appPreviews/{id}} (204). */
public final class DeleteAsset {
    private DeleteAsset() {
    }

    public static ApiCall of(MediaType media, String assetId) {
        return ApiCall.delete("/v1/" + media.assetType() + "/" + RequestBodies.requireId(assetId, media.assetType()));
    }
}
