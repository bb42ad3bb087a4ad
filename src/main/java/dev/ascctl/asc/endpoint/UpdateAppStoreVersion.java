package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /v1/appStoreVersions/{id}} ({@code AppStoreVersionUpdateRequest}): version attributes
 * and, optionally, the build to attach (relationship {@code build}).
 */
public final class UpdateAppStoreVersion {
    public static final String TYPE = "appStoreVersions";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateAppStoreVersion() {
    }

    public static ApiCall of(String versionId, ObjectNode attributes) {
        return of(versionId, attributes, null);
    }

    /** @param buildId the build to attach, or null to leave the build alone */
    public static ApiCall of(String versionId, ObjectNode attributes, String buildId) {
        Map<String, Linkage> relationships = buildId == null ? Map.of() : Map.of("build", new Linkage("builds", buildId));
        if ((attributes == null || attributes.isEmpty()) && relationships.isEmpty()) {
            throw new IllegalArgumentException("nothing to update on appStoreVersions " + versionId);
        }
        return RequestBodies.update("/v1/appStoreVersions/" + RequestBodies.requireId(versionId, TYPE), TYPE, versionId,
                attributes, ATTRIBUTES, relationships);
    }
}
