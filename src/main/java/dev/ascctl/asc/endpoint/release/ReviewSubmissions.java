package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Submission for review (asc-api-notes "reviewSubmissions"): {@code POST /v1/reviewSubmissions} (app, platform),
 * {@code POST /v1/reviewSubmissionItems} (the version), then {@code PATCH /v1/reviewSubmissions/{id}} with
 * {@code submitted: true}; {@code canceled: true} withdraws it. {@code GET /v1/reviewSubmissions} needs
 * {@code filter[app]}.
 */
public final class ReviewSubmissions {
    public static final String TYPE = "reviewSubmissions";
    /** Submissions that can still be canceled or are being prepared. */
    public static final List<String> OPEN_STATES = List.of("READY_FOR_REVIEW", "WAITING_FOR_REVIEW", "IN_REVIEW",
            "UNRESOLVED_ISSUES");

    private ReviewSubmissions() {
    }

    public static ApiCall create(String appId, String platform) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("platform", platform);
        return RequestBodies.create("/v1/" + TYPE, TYPE, attributes, Set.of("platform"),
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }

    public static ApiCall addVersion(String submissionId, String versionId) {
        // Ordered: Map.of iterates in a different order in each JVM, and plans and their tests compare bodies.
        Map<String, Linkage> relationships = new java.util.LinkedHashMap<>();
        relationships.put("appStoreVersion",
                new Linkage("appStoreVersions", RequestBodies.requireId(versionId, "appStoreVersions")));
        relationships.put("reviewSubmission", new Linkage(TYPE, RequestBodies.requireId(submissionId, TYPE)));
        return RequestBodies.create("/v1/reviewSubmissionItems", "reviewSubmissionItems", null, Set.of(), relationships);
    }

    public static ApiCall submit(String submissionId) {
        return flag(submissionId, "submitted");
    }

    public static ApiCall cancel(String submissionId) {
        return flag(submissionId, "canceled");
    }

    private static ApiCall flag(String submissionId, String name) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put(name, true);
        return RequestBodies.update("/v1/" + TYPE + "/" + RequestBodies.requireId(submissionId, TYPE), TYPE,
                submissionId, attributes, Set.of(name), Map.of());
    }

    /** The app's open submissions on a platform, with their items. */
    public static ApiQuery open(String appId, String platform) {
        return ApiQuery.of("/v1/" + TYPE).filter("app", RequestBodies.requireId(appId, "apps"))
                .filter("platform", platform).filter("state", OPEN_STATES).include("items").limit(200);
    }
}
