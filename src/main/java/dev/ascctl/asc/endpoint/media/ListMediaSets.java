package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiQuery;

/**
 * {@code GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets?include=appScreenshots&limit[appScreenshots]=50}
 * (and the same for appPreviewSets): every set of one localization with its assets, in their order, in one request.
 * At most 33 display types exist, so one page of 200 sets is all; 50 is the spec's maximum for an included
 * relationship and above Apple's 10 screenshots (3 previews) per set.
 */
public final class ListMediaSets {
    private ListMediaSets() {
    }

    public static ApiQuery of(MediaType media, String localizationId) {
        return of(media, "appStoreVersionLocalizations", localizationId);
    }

    /**
     * The same list under another parent the spec declares it for, e.g. {@code appCustomProductPageLocalizations}
     * (asc-api-notes 3: the same GET exists under custom product page and experiment treatment localizations).
     */
    public static ApiQuery of(MediaType media, String parentType, String localizationId) {
        return ApiQuery.of("/v1/" + parentType + "/"
                        + dev.ascctl.asc.endpoint.RequestBodies.requireId(localizationId, parentType)
                        + "/" + media.setType())
                .include(media.assetType())
                .limit(200)
                .limit(media.assetType(), 50);
    }
}
