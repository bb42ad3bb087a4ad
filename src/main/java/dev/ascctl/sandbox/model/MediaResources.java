package dev.ascctl.sandbox.model;

import static dev.ascctl.sandbox.model.Access.CREATE_ONLY;
import static dev.ascctl.sandbox.model.Access.READ_ONLY;
import static dev.ascctl.sandbox.model.Access.UPDATE_ONLY;
import static dev.ascctl.sandbox.model.Access.UPDATE_ACTION;
import static dev.ascctl.sandbox.model.Operation.CREATE;
import static dev.ascctl.sandbox.model.Operation.DELETE;
import static dev.ascctl.sandbox.model.Operation.GET_INSTANCE;
import static dev.ascctl.sandbox.model.Operation.UPDATE;

import java.util.List;
import java.util.Set;

/**
 * The screenshot and app preview types, from spec 4.4.1: {@code AppScreenshotSet}, {@code AppScreenshot},
 * {@code AppPreviewSet}, {@code AppPreview}, their create and update requests, and the operations on
 * {@code /v1/appScreenshotSets[/{id}]} (POST; GET, DELETE: no PATCH) and {@code /v1/appScreenshots[/{id}]}
 * (POST; GET, PATCH, DELETE). Only the version-localization parent is served.
 */
final class MediaResources {
    static final Set<String> DISPLAY_TYPES = Set.of("APP_IPHONE_67", "APP_IPHONE_61", "APP_IPHONE_65",
            "APP_IPHONE_58", "APP_IPHONE_55", "APP_IPHONE_47", "APP_IPHONE_40", "APP_IPHONE_35", "APP_IPAD_PRO_3GEN_129",
            "APP_IPAD_PRO_3GEN_11", "APP_IPAD_PRO_129", "APP_IPAD_105", "APP_IPAD_97", "APP_DESKTOP", "APP_WATCH_ULTRA",
            "APP_WATCH_SERIES_10", "APP_WATCH_SERIES_7", "APP_WATCH_SERIES_4", "APP_WATCH_SERIES_3", "APP_APPLE_TV",
            "APP_APPLE_VISION_PRO", "IMESSAGE_APP_IPHONE_67", "IMESSAGE_APP_IPHONE_61", "IMESSAGE_APP_IPHONE_65",
            "IMESSAGE_APP_IPHONE_58", "IMESSAGE_APP_IPHONE_55", "IMESSAGE_APP_IPHONE_47", "IMESSAGE_APP_IPHONE_40",
            "IMESSAGE_APP_IPAD_PRO_3GEN_129", "IMESSAGE_APP_IPAD_PRO_3GEN_11", "IMESSAGE_APP_IPAD_PRO_129",
            "IMESSAGE_APP_IPAD_105", "IMESSAGE_APP_IPAD_97");
    static final Set<String> PREVIEW_TYPES = Set.of("IPHONE_67", "IPHONE_61", "IPHONE_65", "IPHONE_58", "IPHONE_55",
            "IPHONE_47", "IPHONE_40", "IPHONE_35", "IPAD_PRO_3GEN_129", "IPAD_PRO_3GEN_11", "IPAD_PRO_129", "IPAD_105",
            "IPAD_97", "DESKTOP", "APPLE_TV", "APPLE_VISION_PRO");

    private MediaResources() {
    }

    static ResourceSpec screenshotSets() {
        return set("appScreenshotSets", "screenshotDisplayType", DISPLAY_TYPES, "appScreenshots");
    }

    static ResourceSpec previewSets() {
        return set("appPreviewSets", "previewType", PREVIEW_TYPES, "appPreviews");
    }

    static ResourceSpec screenshots() {
        return ResourceSpec.of("appScreenshots", List.of(
                new AttributeSpec("fileSize", AttributeKind.INTEGER, Set.of(), CREATE_ONLY, true),
                new AttributeSpec("fileName", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                ResourceCatalog.attr("sourceFileChecksum", AttributeKind.STRING, UPDATE_ONLY),
                ResourceCatalog.attr("imageAsset", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("assetToken", AttributeKind.STRING, READ_ONLY),
                ResourceCatalog.attr("assetType", AttributeKind.STRING, READ_ONLY),
                ResourceCatalog.attr("uploadOperations", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("assetDeliveryState", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("uploaded", AttributeKind.BOOLEAN, UPDATE_ACTION)), List.of(
                ResourceCatalog.owned("appScreenshotSet", "appScreenshotSets", false, RelationshipShape.DATA_ONLY,
                        CREATE_ONLY, true)),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    static ResourceSpec previews() {
        return ResourceSpec.of("appPreviews", List.of(
                new AttributeSpec("fileSize", AttributeKind.INTEGER, Set.of(), CREATE_ONLY, true),
                new AttributeSpec("fileName", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                ResourceCatalog.attr("sourceFileChecksum", AttributeKind.STRING, UPDATE_ONLY),
                ResourceCatalog.attr("previewFrameTimeCode", AttributeKind.STRING, Access.CREATE_AND_UPDATE),
                ResourceCatalog.attr("mimeType", AttributeKind.STRING, CREATE_ONLY),
                ResourceCatalog.attr("videoUrl", AttributeKind.STRING, READ_ONLY),
                ResourceCatalog.attr("previewFrameImage", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("previewImage", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("uploadOperations", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("assetDeliveryState", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("videoDeliveryState", AttributeKind.JSON, READ_ONLY),
                ResourceCatalog.attr("uploaded", AttributeKind.BOOLEAN, UPDATE_ACTION)), List.of(
                ResourceCatalog.owned("appPreviewSet", "appPreviewSets", false, RelationshipShape.DATA_ONLY,
                        CREATE_ONLY, true)),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    private static ResourceSpec set(String type, String typeAttribute, Set<String> types, String assets) {
        return ResourceSpec.of(type, List.of(
                new AttributeSpec(typeAttribute, AttributeKind.ENUM, types, CREATE_ONLY, true)), List.of(
                // The spec makes every parent optional; the rules demand exactly the one the sandbox serves.
                ResourceCatalog.owned("appStoreVersionLocalization", "appStoreVersionLocalizations", false,
                        RelationshipShape.DATA_ONLY, CREATE_ONLY, false),
                ResourceCatalog.derived(assets, assets, true, type.equals("appScreenshotSets") ? "appScreenshotSet"
                        : "appPreviewSet", Set.of())),
                Set.of(CREATE, GET_INSTANCE, DELETE), Set.of(), Set.of());
    }
}
