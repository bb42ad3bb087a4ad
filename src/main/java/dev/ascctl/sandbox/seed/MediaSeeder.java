package dev.ascctl.sandbox.seed;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.ascctl.sandbox.MediaUploads;

/**
 * Screenshots and previews of a seeded version, with real bytes read from files next to the seed:
 * <pre>{@code
 * screenshots: {en-US: {APP_IPHONE_67: [media/weather-1.png, media/weather-2.png]}}
 * previews:    {en-US: {IPHONE_67: [media/weather-tour.mp4]}}
 * }</pre>
 * Each file becomes an asset whose upload was committed, in list order; the sandbox processes it before the first
 * answer like any upload (so a file that is not a valid image ends FAILED), then serves its bytes at its asset URL.
 */
record MediaSeeder(SandboxState state, Put put) {
    /** Stores a resource with every attribute of its type present, as {@link Seeder} does. */
    interface Put {
        void put(String type, String id, Map<String, Object> attributes, Map<String, List<String>> relationships);
    }

    /**
     * Seeds the {@code screenshots} and {@code previews} of one version.
     *
     * @param baseDir the seed file's folder, against which the file paths are resolved
     */
    void seed(String versionId, Map<String, Object> seed, Path baseDir) {
        seed("appStoreVersionLocalization", (locale, kind) -> localization(versionId, locale, kind), seed, baseDir);
    }

    /**
     * Seeds the {@code screenshots} and {@code previews} of the localizations of any parent (a version, a custom
     * product page version).
     *
     * @param parentRelationship the sets' relationship to the localization
     * @param localizationOf     the localization id of a locale (and the kind, for its message)
     */
    @SuppressWarnings("unchecked")
    void seed(String parentRelationship, java.util.function.BiFunction<String, String, String> localizationOf,
              Map<String, Object> seed, Path baseDir) {
        for (String kind : List.of("screenshots", "previews")) {
            boolean screenshots = kind.equals("screenshots");
            Map<String, Object> byLocale = (Map<String, Object>) seed.getOrDefault(kind, Map.of());
            byLocale.forEach((locale, byType) -> {
                String localizationId = localizationOf.apply(locale, kind);
                ((Map<String, Object>) byType).forEach((type, files) -> {
                    String setId = set(screenshots, parentRelationship, localizationId, type);
                    for (Object file : (List<Object>) files) {
                        asset(screenshots, setId, baseDir.resolve(String.valueOf(file)));
                    }
                });
            });
        }
    }

    /**
     * Seeds the {@code screenshots} and {@code previews} of a product page optimization treatment, whose
     * localizations ({@code appStoreVersionExperimentTreatmentLocalizations}) are made for the locales named.
     */
    @SuppressWarnings("unchecked")
    void seedTreatment(String treatmentId, Map<String, Object> seed, Path baseDir) {
        Map<String, String> localizations = new LinkedHashMap<>();
        for (String kind : List.of("screenshots", "previews")) {
            boolean screenshots = kind.equals("screenshots");
            Map<String, Object> byLocale = (Map<String, Object>) seed.getOrDefault(kind, Map.of());
            byLocale.forEach((locale, byType) -> {
                String localizationId = localizations.computeIfAbsent(locale, l -> {
                    String id = state.newId("appStoreVersionExperimentTreatmentLocalizations");
                    put.put("appStoreVersionExperimentTreatmentLocalizations", id, Map.of("locale", l),
                            Map.of("appStoreVersionExperimentTreatment", List.of(treatmentId)));
                    return id;
                });
                ((Map<String, Object>) byType).forEach((type, files) -> {
                    String setId = set(screenshots, "appStoreVersionExperimentTreatmentLocalization", localizationId,
                            type);
                    for (Object file : (List<Object>) files) {
                        asset(screenshots, setId, baseDir.resolve(String.valueOf(file)));
                    }
                });
            });
        }
    }

    private String localization(String versionId, String locale, String kind) {
        return state.referencing("appStoreVersionLocalizations", "appStoreVersion", versionId).stream()
                .filter(l -> locale.equals(l.attribute("locale"))).findFirst().map(StoredResource::id)
                .orElseThrow(() -> new IllegalArgumentException("seed: " + kind + " names locale " + locale
                        + ", which the version does not have"));
    }

    /** The localization's set of this type: the one {@code screenshotSets} made, or a new one. */
    private String set(boolean screenshots, String parentRelationship, String localizationId, String type) {
        String setType = screenshots ? "appScreenshotSets" : "appPreviewSets";
        String typeAttribute = screenshots ? "screenshotDisplayType" : "previewType";
        return state.referencing(setType, parentRelationship, localizationId).stream()
                .filter(s -> type.equals(s.attribute(typeAttribute))).findFirst().map(StoredResource::id)
                .orElseGet(() -> {
                    String id = state.newId(setType);
                    put.put(setType, id, Map.of(typeAttribute, type),
                            Map.of(parentRelationship, List.of(localizationId)));
                    return id;
                });
    }

    /** An in-app purchase's review screenshot from a file next to the seed, committed like any other upload. */
    void reviewScreenshot(String iapId, Path file) {
        asset("inAppPurchaseAppStoreReviewScreenshots", "inAppPurchaseV2", iapId, file);
    }

    /**
     * An in-app event localization's image or video ({@code appEventScreenshots} / {@code appEventVideoClips}) of an
     * {@code appEventAssetType}, from a file next to the seed, committed like any other upload.
     */
    void eventAsset(String type, String localizationId, String assetType, Path file) {
        String id = asset(type, "appEventLocalization", localizationId, file);
        state.patchAttributes(type, id, Map.of("appEventAssetType", assetType));
    }

    /** The App Clip card image of a default experience localization, committed like any other upload. */
    void appClipHeaderImage(String localizationId, Path file) {
        asset("appClipHeaderImages", "appClipDefaultExperienceLocalization", localizationId, file);
    }

    private void asset(boolean screenshots, String setId, Path file) {
        asset(screenshots ? "appScreenshots" : "appPreviews", screenshots ? "appScreenshotSet" : "appPreviewSet",
                setId, file);
    }

    private String asset(String type, String ownerRelationship, String ownerId, Path file) {
        boolean screenshots = !type.equals("appPreviews") && !type.equals("appEventVideoClips");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("seed: cannot read the media file " + file, e);
        }
        String id = state.newId(type);
        String name = file.getFileName().toString();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("fileName", name);
        a.put("fileSize", bytes.length);
        a.put("sourceFileChecksum", MediaUploads.md5(bytes));
        a.put("uploaded", true);
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("errors", List.of());
        delivery.put("warnings", List.of());
        delivery.put("state", "UPLOAD_COMPLETE");
        if (screenshots) {
            if (!type.equals("appClipHeaderImages")) { // Apple's App Clip card image has no assetType
                a.put("assetType", "SCREENSHOT");
            }
            a.put("assetDeliveryState", delivery);
        } else {
            a.put("mimeType", name.toLowerCase(Locale.ROOT).endsWith(".mov") ? "video/quicktime" : "video/mp4");
            a.put("videoDeliveryState", delivery);
            a.put("assetDeliveryState", new LinkedHashMap<>(delivery)); // both, as Apple (MediaAssetRules)
        }
        // Only what the type has in Apple's spec: in-app event media keep no checksum and no asset type.
        a.keySet().removeIf(k -> !k.equals("uploaded")
                && !dev.ascctl.vocabulary.Vocabulary.get().type(type).attributes().containsKey(k));
        put.put(type, id, a, Map.of(ownerRelationship, List.of(ownerId)));
        state.uploads().receiveWhole(id, bytes);
        state.uploads().queue(type, id);
        return id;
    }
}
