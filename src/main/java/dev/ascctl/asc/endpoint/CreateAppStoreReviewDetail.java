package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/appStoreReviewDetails}: once per version (there is no DELETE; later changes PATCH).
 * A {@code demoAccountPassword} given as {@code ${env:NAME}} becomes a secret pointer, resolved only
 * when the call is sent.
 */
public final class CreateAppStoreReviewDetail {
    public static final String TYPE = "appStoreReviewDetails";
    public static final Set<String> ATTRIBUTES = RequestBodies.creatable(TYPE);

    private CreateAppStoreReviewDetail() {
    }

    public static ApiCall of(String versionId, ObjectNode attributes) {
        return RequestBodies.create("/v1/appStoreReviewDetails", TYPE, attributes, ATTRIBUTES,
                Map.of("appStoreVersion", new Linkage("appStoreVersions",
                        RequestBodies.requireId(versionId, "appStoreVersions"))));
    }
}
