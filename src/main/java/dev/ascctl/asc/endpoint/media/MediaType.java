package dev.ascctl.asc.endpoint.media;

/**
 * The two set/asset pairs of App Store media in Apple's API 4.4.1 (asc-api-notes 3): screenshot sets of
 * screenshots, and app preview sets of app previews. Their endpoints have the same shapes with different names.
 */
public enum MediaType {
    SCREENSHOT("appScreenshotSets", "screenshotDisplayType", "appScreenshots", "appScreenshotSet",
            "assetDeliveryState"),
    PREVIEW("appPreviewSets", "previewType", "appPreviews", "appPreviewSet", "videoDeliveryState");

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

    /** {@code appScreenshotSets} or {@code appPreviewSets}. */
    public String setType() {
        return setType;
    }

    /** {@code screenshotDisplayType} or {@code previewType}. */
    public String setTypeAttribute() {
        return setTypeAttribute;
    }

    /** {@code appScreenshots} or {@code appPreviews}; also the set's to-many relationship name. */
    public String assetType() {
        return assetType;
    }

    /** The asset's to-one relationship to its set. */
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
