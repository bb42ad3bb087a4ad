package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/betaAppReviewSubmissions} ({@code BetaAppReviewSubmissionCreateRequest}: no attributes, the
 * relationship {@code build} required). Apple has no PATCH or DELETE: a submission cannot be withdrawn.
 */
public final class SubmitBuildForBetaReview {
    public static final String TYPE = "betaAppReviewSubmissions";

    private SubmitBuildForBetaReview() {
    }

    public static ApiCall of(String buildId) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode data = root.putObject("data");
        data.put("type", TYPE);
        ObjectNode build = data.putObject("relationships").putObject("build").putObject("data");
        build.put("type", "builds");
        build.put("id", RequestBodies.requireId(buildId, "builds"));
        return ApiCall.post("/v1/betaAppReviewSubmissions", root);
    }
}
