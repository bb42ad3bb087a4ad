package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;

/**
 * The assets of one owner, read again after a reservation's answer was lost: {@code GET
 * /v1/appScreenshotSets/{id}/appScreenshots} (or appPreviewSets/appPreviews, 10 and 3 at most per set, so one page of
 * 50 is all), or for an in-app purchase its one review screenshot, {@code GET
 * /v2/inAppPurchases/{id}/appStoreReviewScreenshot}. An asset awaiting its upload still lists its
 * {@code uploadOperations}, so a reservation found here can be uploaded.
 */
public final class ListAssets {
    private ListAssets() {
    }

    public static ApiQuery of(MediaType media, String ownerId) {
        String id = RequestBodies.requireId(ownerId, media.setType());
        if (media == MediaType.IAP_REVIEW_SCREENSHOT) {
            return ApiQuery.of("/v2/inAppPurchases/" + id + "/appStoreReviewScreenshot");
        }
        if (media == MediaType.APP_CLIP_HEADER_IMAGE) {
            return ApiQuery.of("/v1/appClipDefaultExperienceLocalizations/" + id + "/appClipHeaderImage");
        }
        return ApiQuery.of("/v1/" + media.setType() + "/" + id + "/" + media.assetType()).limit(50);
    }
}
