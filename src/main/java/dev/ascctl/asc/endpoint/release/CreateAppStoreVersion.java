package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/appStoreVersions} ({@code AppStoreVersionCreateRequest}): a new version of an app on a platform.
 * App Store Connect copies the previous version's localized text into it (without whatsNew).
 */
public final class CreateAppStoreVersion {
    public static final String TYPE = "appStoreVersions";
    public static final Set<String> ATTRIBUTES = RequestBodies.creatable(TYPE);

    private CreateAppStoreVersion() {
    }

    /** @param attributes at least {@code platform} and {@code versionString} */
    public static ApiCall of(String appId, ObjectNode attributes) {
        for (String required : new String[] {"platform", "versionString"}) {
            if (!attributes.path(required).isString()) {
                throw new IllegalArgumentException("creating appStoreVersions needs '" + required + "'");
            }
        }
        return RequestBodies.create("/v1/appStoreVersions", TYPE, attributes, ATTRIBUTES,
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }
}
