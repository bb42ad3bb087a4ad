package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;

/**
 * {@code GET /v1/appScreenshotSets/{id}/appScreenshots?fields[appScreenshots]=assetDeliveryState&limit=200} (or
 * appPreviewSets / appPreviews with {@code videoDeliveryState}): the processing state of every asset of one set in
 * one request, so apply polls a set of 10 new screenshots once per round instead of each screenshot.
 */
public final class ListSetAssetStates {
    private ListSetAssetStates() {
    }

    /** @throws IllegalArgumentException for a media type whose owner is no set (an in-app purchase's screenshot) */
    public static ApiQuery of(MediaType media, String setId) {
        if (media.setTypeAttribute() == null) {
            throw new IllegalArgumentException(media.assetType() + " belong to no set; poll each with GetAssetState");
        }
        return ApiQuery.of("/v1/" + media.setType() + "/" + RequestBodies.requireId(setId, media.setType()) + "/"
                        + media.assetType())
                .fields(media.assetType(), media.stateAttribute())
                .limit(200);
    }
}
