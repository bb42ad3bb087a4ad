package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Versions: one editable version per platform; a version string is used once per platform; edits
 * and deletes only in editable states. A new version receives the localizations of the platform's
 * previous version without {@code whatsNew} and {@code promotionalText}, as ASC copies them, and an app whose app info is live gets an
 * editable copy of it ({@link AppInfoRules#editableCopy}).
 */
public record AppStoreVersionRules(SandboxState state, Editability editability) implements ResourceRules {
    /** The versions of {@code appId} on {@code platform}, oldest first. */
    public static List<StoredResource> versionsOf(SandboxState state, String appId, Object platform) {
        return state.referencing("appStoreVersions", "app", appId).stream()
                .filter(v -> platform.equals(v.attribute("platform"))).toList();
    }

    @Override
    public void beforeCreate(WriteRequest request) {
        String appId = request.relationships().get("app").get(0);
        Object platform = request.attributes().get("platform");
        List<StoredResource> versions = versionsOf(state, appId, platform);
        if (versions.stream().anyMatch(Editability::isEditableVersion)) {
            throw Errors.stateError("/data/attributes/versionString",
                    "You cannot create a new version of the App in the current state. An editable version already exists for "
                            + platform + ".");
        }
        requireUnusedVersionString(versions, request.attributes().get("versionString"), null);
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("appVersionState", "PREPARE_FOR_SUBMISSION");
        a.put("appStoreState", "PREPARE_FOR_SUBMISSION");
        a.put("createdDate", AppleTime.format(Instant.now()));
        a.put("reviewType", "APP_STORE");
        a.put("releaseType", "AFTER_APPROVAL");
        a.put("downloadable", true);
        return a;
    }

    @Override
    public void afterCreate(StoredResource created) {
        String appId = created.relatedId("app");
        AppInfoRules.editableCopy(state, appId);
        List<StoredResource> others = new ArrayList<>(versionsOf(state, appId, created.attribute("platform")));
        others.removeIf(v -> v.id().equals(created.id()));
        // Offsets change with daylight saving, so compare instants, not strings.
        StoredResource previous = others.stream()
                .max(Comparator.comparing(v -> OffsetDateTime.parse((String) v.attribute("createdDate")).toInstant()))
                .orElse(null);
        if (previous == null) {
            return;
        }
        for (StoredResource loc : state.referencing("appStoreVersionLocalizations", "appStoreVersion", previous.id())) {
            Map<String, Object> copy = new LinkedHashMap<>(loc.attributes());
            // Not carried over: whatsNew is written per version, and promotionalText stays empty too (observed by
            // zodl-inc/zodl-ios PR #1964: "App Store Connect does not carry this field over to new versions").
            copy.put("whatsNew", null);
            copy.put("promotionalText", null);
            StoredResource copied = new StoredResource(loc.type(), state.newId(loc.type()), copy,
                    Map.of("appStoreVersion", List.of(created.id())));
            state.put(copied);
            // Screenshot sets come along with the text, as in App Store Connect's "+ Version".
            for (StoredResource set : state.referencing("appScreenshotSets", "appStoreVersionLocalization", loc.id())) {
                state.put(new StoredResource(set.type(), state.newId(set.type()), set.attributes(),
                        Map.of("appStoreVersionLocalization", List.of(copied.id()))));
            }
        }
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        editability.requireEditableVersion(existing.id(), new ArrayList<>(request.attributes().keySet()));
        if (request.has("versionString")) {
            List<StoredResource> versions = versionsOf(state, existing.relatedId("app"), existing.attribute("platform"));
            requireUnusedVersionString(versions, request.attributes().get("versionString"), existing.id());
        }
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if (!"PREPARE_FOR_SUBMISSION".equals(existing.attribute("appVersionState"))) {
            throw Errors.stateError(null, "A version in the state '" + existing.attribute("appVersionState")
                    + "' can not be deleted.");
        }
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        for (String type : List.of("appStoreVersionLocalizations", "appStoreReviewDetails")) {
            state.referencing(type, "appStoreVersion", deleted.id()).forEach(r -> state.remove(type, r.id()));
        }
    }

    private static void requireUnusedVersionString(List<StoredResource> versions, Object versionString, String exceptId) {
        if (versionString == null) {
            throw Errors.invalidAttribute("/data/attributes/versionString", "The versionString can not be null.");
        }
        boolean used = versions.stream().anyMatch(v -> !v.id().equals(exceptId) && versionString.equals(v.attribute("versionString")));
        if (used) {
            throw Errors.invalidAttribute("/data/attributes/versionString",
                    "The version number '" + versionString + "' has been previously used.");
        }
    }
}
