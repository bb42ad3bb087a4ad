package dev.ascctl.asc.endpoint.media;

/**
 * The owner/asset pairs that upload with the flow of asc-api-notes 3 in Apple's API 4.4.1: screenshot sets of
 * screenshots, app preview sets of app previews, and in-app purchases of their one App Review screenshot. Their
 * endpoints have the same shapes with different names; for a review screenshot the "set" is the product itself
 * (relationship {@code inAppPurchaseV2}), and the set-only calls (create, list, reorder) do not apply.
 */
public enum MediaType {
    SCREENSHOT("appScreenshotSets", "screenshotDisplayType", "appScreenshots", "appScreenshotSet",
            "assetDeliveryState"),
    PREVIEW("appPreviewSets", "previewType", "appPreviews", "appPreviewSet", "videoDeliveryState"),
    /** {@code POST /v1/inAppPurchaseAppStoreReviewScreenshots}: fileName, fileSize, relationship inAppPurchaseV2. */
    IAP_REVIEW_SCREENSHOT("inAppPurchases", null, "inAppPurchaseAppStoreReviewScreenshots", "inAppPurchaseV2",
            "assetDeliveryState");

    private final String setType;
    private final String setTypeAttribute;
    private final String assetType;
    private final String assetSetRelationship;
    private final String stateAttribute;

    MediaType(String setType, String setTypeAttribute, String assetType, String assetSetRelationship,
              String stateAttribute) {
        this.setType = setType;
        this.setTypeAttribute = setTypeAttribute;
        this.assetType = assetType;
        this.assetSetRelationship = assetSetRelationship;
        this.stateAttribute = stateAttribute;
    }

    /** {@code appScreenshotSets} or {@code appPreviewSets}; the owner's type ({@code inAppPurchases}) otherwise. */
    public String setType() {
        return setType;
    }

    /** {@code screenshotDisplayType} or {@code previewType}; null for an owner that is no set. */
    public String setTypeAttribute() {
        return setTypeAttribute;
    }

    /** {@code appScreenshots} or {@code appPreviews}; also the set's to-many relationship name. */
    public String assetType() {
        return assetType;
    }

    /** The asset's to-one relationship to its set (or owner). */
    public String assetSetRelationship() {
        return assetSetRelationship;
    }

    /** Where processing is reported: {@code assetDeliveryState}, or {@code videoDeliveryState} for previews. */
    public String stateAttribute() {
        return stateAttribute;
    }

    /** An id, or an {@code {{id:ADDRESS}}} placeholder apply fills in. */
    static String idOrPlaceholder(String id, String what) {
        if (id != null && id.startsWith("{{id:") && id.endsWith("}}")) {
            return id;
        }
        return dev.ascctl.asc.endpoint.RequestBodies.requireId(id, what);
    }
}
