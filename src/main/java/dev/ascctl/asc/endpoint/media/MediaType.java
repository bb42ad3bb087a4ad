package dev.ascctl.asc.endpoint.media;

import java.util.List;

/**
 * The owner/asset pairs that upload with the flow of asc-api-notes 3 in Apple's API 4.4.1: screenshot sets of
 * screenshots, app preview sets of app previews, and in-app purchases of their one App Review screenshot. Their
 * endpoints have the same shapes with different names; for a review screenshot the "set" is the product itself
 * (relationship {@code inAppPurchaseV2}), and the set-only calls (create, list, reorder) do not apply; so for the App
 * Clip card image, whose owner is a default experience localization. Only the constants exist; they are compared
 * with {@code ==}.
 *
 * @param setType              {@code appScreenshotSets} or {@code appPreviewSets}; the owner's type
 *                             ({@code inAppPurchases}) otherwise
 * @param setTypeAttribute     {@code screenshotDisplayType} or {@code previewType}; null for an owner that is no set
 * @param assetType            {@code appScreenshots} or {@code appPreviews}; also the set's to-many relationship name
 * @param assetSetRelationship the asset's to-one relationship to its set (or owner)
 * @param stateAttribute       where processing is reported: {@code assetDeliveryState}, or
 *                             {@code videoDeliveryState} for previews
 */
public record MediaType(String setType, String setTypeAttribute, String assetType, String assetSetRelationship,
                        String stateAttribute) {
    public static final MediaType SCREENSHOT = new MediaType("appScreenshotSets", "screenshotDisplayType",
            "appScreenshots", "appScreenshotSet", "assetDeliveryState");
    public static final MediaType PREVIEW = new MediaType("appPreviewSets", "previewType", "appPreviews",
            "appPreviewSet", "videoDeliveryState");
    /** {@code POST /v1/inAppPurchaseAppStoreReviewScreenshots}: fileName, fileSize, relationship inAppPurchaseV2. */
    public static final MediaType IAP_REVIEW_SCREENSHOT = new MediaType("inAppPurchases", null,
            "inAppPurchaseAppStoreReviewScreenshots", "inAppPurchaseV2", "assetDeliveryState");

    /**
     * {@code POST /v1/appEventScreenshots}: fileName, fileSize, appEventAssetType, relationship appEventLocalization;
     * its commit carries no checksum (Apple's update request has none).
     */
    public static final MediaType APP_EVENT_SCREENSHOT = new MediaType("appEventLocalizations", null,
            "appEventScreenshots", "appEventLocalization", "assetDeliveryState");
    /** {@code POST /v1/appEventVideoClips}: as event screenshots; processing in {@code videoDeliveryState}. */
    public static final MediaType APP_EVENT_VIDEO_CLIP = new MediaType("appEventLocalizations", null,
            "appEventVideoClips", "appEventLocalization", "videoDeliveryState");

    /**
     * {@code POST /v1/appClipHeaderImages}: fileName, fileSize, relationship appClipDefaultExperienceLocalization (the
     * App Clip card image of a default experience in one locale; one per localization).
     */
    public static final MediaType APP_CLIP_HEADER_IMAGE = new MediaType("appClipDefaultExperienceLocalizations", null,
            "appClipHeaderImages", "appClipDefaultExperienceLocalization", "assetDeliveryState");

    /** Every pair. */
    public static List<MediaType> values() {
        return List.of(SCREENSHOT, PREVIEW, IAP_REVIEW_SCREENSHOT, APP_EVENT_SCREENSHOT, APP_EVENT_VIDEO_CLIP,
                APP_CLIP_HEADER_IMAGE);
    }

    /** Whether Apple's commit of this asset takes {@code sourceFileChecksum} (its update request declares it). */
    public boolean commitsChecksum() {
        return dev.ascctl.vocabulary.Vocabulary.get().type(assetType).update()
                .map(u -> u.attributeTypes().containsKey("sourceFileChecksum")).orElse(false);
    }

    /** An id, or an {@code {{id:ADDRESS}}} placeholder apply fills in. */
    static String idOrPlaceholder(String id, String what) {
        if (id != null && id.startsWith("{{id:") && id.endsWith("}}")) {
            return id;
        }
        return dev.ascctl.asc.endpoint.RequestBodies.requireId(id, what);
    }
}
