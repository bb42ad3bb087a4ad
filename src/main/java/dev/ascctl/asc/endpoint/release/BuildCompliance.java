package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;

/**
 * A build's export compliance answer (Apple's spec 4.4.1: {@code BuildUpdateRequest}, {@code exists[...]} on
 * {@code GET /v1/builds}).
 * <pre>{@code
 * BuildCompliance.unanswered(appId)          // GET /v1/builds?filter[app]=..&filter[expired]=false&filter[processingState]=VALID&exists[usesNonExemptEncryption]=false&fields[builds]=version,usesNonExemptEncryption&limit=200
 * BuildCompliance.answer(buildId, false)     // PATCH /v1/builds/{id} {usesNonExemptEncryption: false}
 * }</pre>
 * Only processed builds are read: App Store Connect asks the question ("Missing Compliance") once processing is done.
 * Expired builds can no longer be tested or submitted, so their answer does not matter.
 */
public final class BuildCompliance {
    private static final String TYPE = "builds";

    private BuildCompliance() {
    }

    /** The app's processed, unexpired builds that have no export compliance answer (one page: builds expire in 90 days). */
    public static ApiQuery unanswered(String appId) {
        return ApiQuery.of("/v1/builds").filter("app", RequestBodies.requireId(appId, "apps"))
                .filter("expired", "false").filter("processingState", "VALID")
                .param("exists[usesNonExemptEncryption]", "false")
                .fields(TYPE, "version", "usesNonExemptEncryption").limit(200);
    }

    /** {@code PATCH /v1/builds/{id}} with only {@code usesNonExemptEncryption}. */
    public static ApiCall answer(String buildId, boolean usesNonExemptEncryption) {
        var attributes = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("usesNonExemptEncryption", usesNonExemptEncryption);
        return RequestBodies.update("/v1/builds/" + RequestBodies.requireId(buildId, TYPE), TYPE, buildId, attributes,
                RequestBodies.updatable(TYPE), Map.of());
    }
}
