package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.Map;
import java.util.Set;

/**
 * Phased releases (App Store Connect Help, "Release a version update in phases"): one per version, switched on or
 * off while the version is being prepared (created INACTIVE, deleted only while INACTIVE); once the version is live
 * the release can be paused (at most 30 days in total, not modelled), resumed, or completed to reach everyone.
 */
public record PhasedReleaseRules(SandboxState state) implements ResourceRules {
    private static final Map<String, Set<String>> TRANSITIONS = Map.of(
            "ACTIVE", Set.of("PAUSED", "COMPLETE"),
            "PAUSED", Set.of("ACTIVE", "COMPLETE"));

    @Override
    public void beforeCreate(WriteRequest request) {
        String versionId = request.relationships().get("appStoreVersion").get(0);
        StoredResource version = state.require("appStoreVersions", versionId);
        if (!Editability.isEditableVersion(version)) {
            throw Errors.stateError("/data/relationships/appStoreVersion",
                    "A phased release can only be added while the version is being prepared.");
        }
        if (!state.referencing("appStoreVersionPhasedReleases", "appStoreVersion", versionId).isEmpty()) {
            throw Errors.stateError("/data/relationships/appStoreVersion",
                    "The appStoreVersion already has an appStoreVersionPhasedRelease.");
        }
        Object wanted = request.attributes().get("phasedReleaseState");
        if (wanted != null && !"INACTIVE".equals(wanted)) {
            throw Errors.invalidAttribute("/data/attributes/phasedReleaseState",
                    "A phased release is created INACTIVE; it starts when the version is released.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("phasedReleaseState", "INACTIVE", "totalPauseDuration", 0);
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        Object wanted = request.attributes().get("phasedReleaseState");
        Object current = existing.attribute("phasedReleaseState");
        if (wanted == null || wanted.equals(current)) {
            return;
        }
        if (!TRANSITIONS.getOrDefault(String.valueOf(current), Set.of()).contains(wanted)) {
            throw Errors.stateError("/data/attributes/phasedReleaseState",
                    "The phased release cannot go from " + current + " to " + wanted + ".");
        }
    }

    @Override
    public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        return "COMPLETE".equals(request.attributes().get("phasedReleaseState"))
                ? Map.of("currentDayNumber", 7) : Map.of();
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if (!"INACTIVE".equals(existing.attribute("phasedReleaseState"))) {
            throw Errors.stateError(null, "A phased release that has started cannot be deleted; complete it instead.");
        }
    }
}
