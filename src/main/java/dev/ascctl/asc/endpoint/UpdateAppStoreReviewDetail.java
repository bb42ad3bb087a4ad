package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code PATCH /v1/appStoreReviewDetails/{id}}; secret references as in {@link CreateAppStoreReviewDetail}. */
public final class UpdateAppStoreReviewDetail {
    public static final String TYPE = "appStoreReviewDetails";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateAppStoreReviewDetail() {
    }

    public static ApiCall of(String reviewDetailId, ObjectNode attributes) {
        return RequestBodies.update("/v1/appStoreReviewDetails/" + RequestBodies.requireId(reviewDetailId, TYPE), TYPE,
                reviewDetailId, attributes, ATTRIBUTES, Map.of());
    }
}
