package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;

/**
 * {@code GET /v1/appScreenshots/{id}?fields[appScreenshots]=assetDeliveryState} (or appPreviews with
 * {@code videoDeliveryState}): the processing state only, for polling after a commit.
 */
public final class GetAssetState {
    private GetAssetState() {
    }

    public static ApiQuery of(MediaType media, String assetId) {
        return ApiQuery.of("/v1/" + media.assetType() + "/" + RequestBodies.requireId(assetId, media.assetType()))
                .fields(media.assetType(), media.stateAttribute());
    }
}
