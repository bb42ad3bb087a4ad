package dev.ascctl.sandbox.http;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.QueryParameters;
import dev.ascctl.sandbox.reports.SalesReports;
import dev.ascctl.sandbox.rules.BuildArrival;
import dev.ascctl.sandbox.rules.ExperimentRules;
import dev.ascctl.sandbox.rules.VersionLifecycle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * TEST-ONLY endpoints that play Apple's part in the release workflow, outside Apple's API ({@code /v1}) and
 * outside its spec, so the conformance check skips them. They exist only in the sandbox:
 * <pre>
 * POST /sandbox-admin/appStoreVersions/{id}/advance      App Review's next step: WAITING_FOR_REVIEW → IN_REVIEW
 *                                                         → approved (PENDING_DEVELOPER_RELEASE, PENDING_APPLE_RELEASE
 *                                                         or READY_FOR_DISTRIBUTION, by releaseType)
 * POST /sandbox-admin/appStoreVersions/{id}/reject       App Review rejects the version
 * POST /sandbox-admin/appStoreVersionExperiments/{id}/advance
 *                                                         App Review's next step for a product page optimization
 *                                                         test: WAITING_FOR_REVIEW → IN_REVIEW → ACCEPTED (started
 *                                                         then if a start was asked for)
 * POST /sandbox-admin/builds?bundleId=B&amp;version=246&amp;versionString=2.5.0[&amp;platform=IOS][&amp;processingState=PROCESSING]
 *                                                         a build arrives, as after an upload from Xcode
 * POST /sandbox-admin/builds/{id}/processingState/VALID  Apple finishes processing a build (or FAILED, INVALID)
 * POST /sandbox-admin/reports?availableThrough=2026-03-31[&amp;firstDay=2025-01-01]
 *                                                         Apple produces the sales reports through that day,
 *                                                         and the analytics reports' instances of those days
 * </pre>
 * Answers {@code {"type","id","state"}} with 200, or an error document.
 */
public final class SandboxAdmin {
    public static final String PREFIX = "/sandbox-admin/";
    private static final Set<String> PROCESSING_STATES = Set.of("PROCESSING", "FAILED", "INVALID", "VALID");

    private final SandboxState state;
    private final VersionLifecycle lifecycle;
    private final SalesReports reports;

    public SandboxAdmin(SandboxState state) {
        this(state, SalesReports.withDefaults());
    }

    public SandboxAdmin(SandboxState state, SalesReports reports) {
        this.state = state;
        this.lifecycle = new VersionLifecycle(state);
        this.reports = reports;
    }

    public Response handle(String method, String path, String rawQuery) {
        if (!method.equals("POST")) {
            throw Errors.pathNotFound();
        }
        String[] seg = path.substring(PREFIX.length()).replaceAll("/+$", "").split("/");
        QueryParameters q = QueryParameters.parse(rawQuery);
        if (seg.length == 3 && seg[0].equals("appStoreVersions")) {
            require("appStoreVersions", seg[1]);
            StoredResource v = switch (seg[2]) {
                case "advance" -> lifecycle.advance(seg[1]);
                case "reject" -> lifecycle.reject(seg[1]);
                default -> throw Errors.pathNotFound();
            };
            return answer(v, "appVersionState");
        }
        if (seg.length == 3 && seg[0].equals(ExperimentRules.TYPE) && seg[2].equals("advance")) {
            require(ExperimentRules.TYPE, seg[1]);
            return answer(ExperimentRules.advance(state, seg[1]), "state");
        }
        if (seg.length == 1 && seg[0].equals("reports")) {
            return reports(q);
        }
        if (seg.length == 1 && seg[0].equals("builds")) {
            return answer(addBuild(q), "processingState");
        }
        if (seg.length == 4 && seg[0].equals("builds") && seg[2].equals("processingState")) {
            require("builds", seg[1]);
            if (!PROCESSING_STATES.contains(seg[3])) {
                throw Errors.invalidParameter("processingState", "one of " + PROCESSING_STATES);
            }
            return answer(state.patchAttributes("builds", seg[1], Map.of("processingState", seg[3])), "processingState");
        }
        throw Errors.pathNotFound();
    }

    private Response reports(QueryParameters q) {
        try {
            if (q.has("firstDay")) {
                reports.setFirstDay(java.time.LocalDate.parse(q.get("firstDay")));
            }
            reports.setAvailableThrough(java.time.LocalDate.parse(required(q, "availableThrough")));
        } catch (java.time.format.DateTimeParseException e) {
            throw Errors.invalidParameter("availableThrough", "dates are YYYY-MM-DD");
        }
        return new Response(200, Map.of("availableThrough", reports.availableThrough().toString(),
                "firstDay", reports.firstDay().toString()));
    }

    private StoredResource addBuild(QueryParameters q) {
        String bundleId = required(q, "bundleId");
        StoredResource app = state.find("apps", a -> bundleId.equals(a.get("bundleId")))
                .orElseThrow(() -> Errors.invalidParameter("bundleId", "no app " + bundleId));
        String processing = q.has("processingState") ? q.get("processingState") : "PROCESSING";
        if (!PROCESSING_STATES.contains(processing)) {
            throw Errors.invalidParameter("processingState", "one of " + PROCESSING_STATES);
        }
        return addBuild(state, app.id(), required(q, "version"), required(q, "versionString"),
                q.has("platform") ? q.get("platform") : "IOS", processing, Instant.now());
    }

    /** A build and its pre-release version (see {@link BuildArrival#add}). */
    public static StoredResource addBuild(SandboxState state, String appId, String buildNumber, String versionString,
                                          String platform, String processingState, Instant uploaded) {
        return BuildArrival.add(state, appId, buildNumber, versionString, platform, processingState, uploaded);
    }

    private StoredResource require(String type, String id) {
        return state.get(type, id).orElseThrow(() -> Errors.resourceNotFound(type, id));
    }

    private static String required(QueryParameters q, String name) {
        if (!q.has(name) || q.get(name).isBlank()) {
            throw Errors.invalidParameter(name, "'" + name + "' is required");
        }
        return q.get(name);
    }

    private static Response answer(StoredResource r, String stateAttribute) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", r.type());
        body.put("id", r.id());
        body.put("state", r.attribute(stateAttribute));
        return new Response(200, body);
    }
}
