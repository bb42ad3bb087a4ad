package dev.ascctl.asc.endpoint.analytics;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Apple's analytics reports (spec 4.4.1: {@code analyticsReportRequests}, {@code analyticsReports},
 * {@code analyticsReportInstances}, {@code analyticsReportSegments}), a chain of four reads under one request per app.
 * <pre>{@code
 * AnalyticsReportRequests.ofApp(appId)          // GET /v1/apps/{id}/analyticsReportRequests?filter[accessType]=ONGOING
 * AnalyticsReportRequests.requestOngoing(appId) // POST /v1/analyticsReportRequests (accessType ONGOING)
 * AnalyticsReportRequests.delete(requestId)     // DELETE /v1/analyticsReportRequests/{id}
 * AnalyticsReportRequests.reports(requestId)    // GET /v1/analyticsReportRequests/{id}/reports
 * AnalyticsReportRequests.instances(reportId)   // GET /v1/analyticsReports/{id}/instances
 * AnalyticsReportRequests.segments(instanceId)  // GET /v1/analyticsReportInstances/{id}/segments
 * }</pre>
 * The request list is read through the app: Apple has no list of requests of its own (no GET on the collection).
 */
public final class AnalyticsReportRequests {
    public static final String TYPE = "analyticsReportRequests";
    public static final String ONGOING = "ONGOING";
    private static final int PAGE = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnalyticsReportRequests() {
    }

    /** The app's ongoing requests (at most one that is not stopped; Apple refuses a second). */
    public static ApiQuery ofApp(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/" + TYPE)
                .filter("accessType", ONGOING).limit(PAGE);
    }

    /**
     * {@code POST /v1/analyticsReportRequests} with accessType ONGOING: Apple then produces the app's reports every
     * day, the first a day or two later. Apple answers a second one for the app with 409 "You already have such an
     * entity" and no id, so a caller reads {@link #ofApp} first and never sends it blindly.
     */
    public static ApiCall requestOngoing(String appId) {
        ObjectNode data = NODES.objectNode().put("type", TYPE);
        data.putObject("attributes").put("accessType", ONGOING);
        data.putObject("relationships").putObject("app").putObject("data").put("type", "apps")
                .put("id", RequestBodies.requireId(appId, "apps"));
        ObjectNode request = NODES.objectNode();
        request.set("data", data);
        return ApiCall.post("/v1/" + TYPE, request);
    }

    /** {@code DELETE /v1/analyticsReportRequests/{id}}: the only way past a request stopped for inactivity. */
    public static ApiCall delete(String requestId) {
        return ApiCall.delete("/v1/" + TYPE + "/" + RequestBodies.requireId(requestId, TYPE));
    }

    /** The request's reports, every category (a filter on category is a plain comma list). */
    public static ApiQuery reports(String requestId) {
        return ApiQuery.of("/v1/" + TYPE + "/" + RequestBodies.requireId(requestId, TYPE) + "/reports").limit(PAGE);
    }

    /** The report's instances, one per granularity and processing date. */
    public static ApiQuery instances(String reportId) {
        return ApiQuery.of("/v1/analyticsReports/" + RequestBodies.requireId(reportId, "analyticsReports")
                + "/instances").limit(PAGE);
    }

    /** The instance's segments: each a file to download from its {@code url} (no token), with its MD5 checksum. */
    public static ApiQuery segments(String instanceId) {
        return ApiQuery.of("/v1/analyticsReportInstances/" + RequestBodies.requireId(instanceId,
                "analyticsReportInstances") + "/segments").limit(PAGE);
    }
}
