package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code PATCH /v1/betaAppReviewDetails/{id}}: Apple creates one per app; there is no POST or DELETE. */
public final class UpdateBetaAppReviewDetail {
    public static final String TYPE = "betaAppReviewDetails";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateBetaAppReviewDetail() {
    }

    public static ApiCall of(String id, ObjectNode attributes) {
        return RequestBodies.update("/v1/betaAppReviewDetails/" + id, TYPE, id, attributes, ATTRIBUTES, Map.of());
    }
}
