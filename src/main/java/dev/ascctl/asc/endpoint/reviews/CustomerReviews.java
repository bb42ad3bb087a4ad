package dev.ascctl.asc.endpoint.reviews;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customer reviews and the developer's responses to them (Apple's spec 4.4.1: {@code customerReviews},
 * {@code customerReviewResponses}, {@code customerReviewSummarizations}).
 * <pre>{@code
 * CustomerReviews.ofApp(appId)        // GET /v1/apps/{id}/customerReviews?include=response&limit=200
 * CustomerReviews.ofVersion(versionId)  // GET /v1/appStoreVersions/{id}/customerReviews?...
 * CustomerReviews.summarizations(appId, "IOS")  // GET /v1/apps/{id}/customerReviewSummarizations?filter[platform]=IOS
 * CustomerReviews.response(reviewId)  // GET /v1/customerReviews/{id}/response (404 when unanswered)
 * CustomerReviews.reply(reviewId, body)        // POST /v1/customerReviewResponses
 * CustomerReviews.withdraw(responseId)         // DELETE /v1/customerReviewResponses/{id}
 * }</pre>
 * A review has no root collection and no date filter; lists are per app or per version, 200 a page, with the
 * response included so one read tells answered from unanswered (and a pending reply from a published one, which
 * {@code exists[publishedResponse]} cannot: it counts published replies only).
 */
public final class CustomerReviews {
    public static final String TYPE = "customerReviews";
    public static final String RESPONSES = "customerReviewResponses";
    /** The spec's maximum page size of the review lists. */
    public static final int PAGE = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CustomerReviews() {
    }

    /** The app's reviews, responses included, 200 a page; add filters and sort with {@link ApiQuery}'s methods. */
    public static ApiQuery ofApp(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/" + TYPE).include("response")
                .limit(PAGE);
    }

    /** The reviews written for one App Store version, responses included. */
    public static ApiQuery ofVersion(String versionId) {
        return ApiQuery.of("/v1/appStoreVersions/" + RequestBodies.requireId(versionId, "appStoreVersions") + "/"
                + TYPE).include("response").limit(PAGE);
    }

    /** Apple's machine summaries of the app's reviews on a platform, per territory ({@code filter[platform]} is required). */
    public static ApiQuery summarizations(String appId, String platform) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/customerReviewSummarizations")
                .filter("platform", platform).limit(PAGE);
    }

    /** The review's response: 404 or {@code data: null} when it has none. */
    public static ApiQuery response(String reviewId) {
        return ApiQuery.of("/v1/" + TYPE + "/" + RequestBodies.requireId(reviewId, TYPE) + "/response");
    }

    /**
     * {@code POST /v1/customerReviewResponses}: publishes a reply (Apple answers PENDING_PUBLISH). Apple documents
     * that a POST for a review that already has a reply overwrites it; ascctl still never sends one blindly twice.
     */
    public static ApiCall reply(String reviewId, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a reply needs its text");
        }
        ObjectNode data = NODES.objectNode().put("type", RESPONSES);
        data.putObject("attributes").put("responseBody", body);
        data.putObject("relationships").putObject("review").putObject("data").put("type", TYPE)
                .put("id", RequestBodies.requireId(reviewId, TYPE));
        ObjectNode request = NODES.objectNode();
        request.set("data", data);
        return ApiCall.post("/v1/" + RESPONSES, request);
    }

    /** {@code DELETE /v1/customerReviewResponses/{id}} (204): the reply is withdrawn from the App Store. */
    public static ApiCall withdraw(String responseId) {
        return ApiCall.delete("/v1/" + RESPONSES + "/" + RequestBodies.requireId(responseId, RESPONSES));
    }

    /** Apple's sort values on the review lists. */
    public static final List<String> SORTS = List.of("createdDate", "-createdDate", "rating", "-rating");
}
