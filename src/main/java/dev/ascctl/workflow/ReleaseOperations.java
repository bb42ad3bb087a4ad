package dev.ascctl.workflow;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.release.PhasedReleases;
import dev.ascctl.asc.endpoint.release.ReleaseRequests;
import dev.ascctl.asc.endpoint.release.ReviewSubmissions;
import dev.ascctl.live.LiveReader;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.resource.kinds.release.Readiness;
import dev.ascctl.resource.kinds.release.SubmissionHandler;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release steps that are actions, not state (they happen once, at a moment someone chooses): pause, resume or
 * complete a live phased release, release a version waiting for the developer, submit for review and cancel a
 * submission. Each returns one line per app saying what happened; a refusal is an {@link IllegalStateException}
 * whose message says why, before any write.
 */
public final class ReleaseOperations {
    private final AscClient client;
    private final Store store;

    public ReleaseOperations(AscClient client, Store store) {
        this.client = client;
        this.store = store;
    }

    /** Sets the phased release of each app's live version to ACTIVE (resume), PAUSED or COMPLETE. */
    public List<String> phasedRelease(String state) {
        List<String> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            Resource version = liveVersion(app, "READY_FOR_DISTRIBUTION", "appStoreVersionPhasedRelease");
            Resource phased = related(version, "appStoreVersionPhasedRelease").orElseThrow(() -> new IllegalStateException(
                    app.bundleId() + " " + text(version, "versionString") + " has no phased release"));
            String current = text(phased, "phasedReleaseState");
            if (state.equals(current)) {
                out.add(app.bundleId() + " " + text(version, "versionString") + ": phased release already " + state);
                continue;
            }
            Document answer = client.execute(PhasedReleases.setState(phased.id(), state), r -> null);
            String now = answer.single().map(r -> text(r, "phasedReleaseState")).orElse(state);
            out.add(app.bundleId() + " " + text(version, "versionString") + ": phased release " + current + " -> " + now
                    + dayOf(answer));
        }
        return out;
    }

    /** Releases each app's version that waits in PENDING_DEVELOPER_RELEASE. */
    public List<String> releaseNow() {
        List<String> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            Resource version = liveVersion(app, "PENDING_DEVELOPER_RELEASE", null);
            client.execute(ReleaseRequests.create(version.id()), r -> null);
            out.add(app.bundleId() + " " + text(version, "versionString") + ": release requested (PENDING_DEVELOPER_RELEASE"
                    + " -> READY_FOR_DISTRIBUTION)");
        }
        return out;
    }

    /**
     * Submits each app's version being prepared, after the readiness check; refuses with everything missing. With
     * {@code checkReadiness} false the check is skipped and Apple judges alone: a refusal then lists Apple's
     * {@code associatedErrors}, one line per object and field, the objects named as this store names them.
     */
    public List<String> submit(boolean checkReadiness) {
        LiveReader reader = new LiveReader(client, AllKinds.registry());
        var live = reader.read(store.apps());
        // The same rule on the same data as plan's submission check: read what it needs, whatever the store declares.
        Map<String, AppSpec> specs = new java.util.HashMap<>();
        store.apps().forEach(app -> specs.put(app.bundleId(), app));
        reader.readMore(live, "the submission readiness check",
                liveApp -> SubmissionHandler.reads(liveApp, specs.get(liveApp.bundleId()), true));
        List<String> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            LiveApp liveApp = live.app(app.bundleId()).orElseThrow();
            Resource version = liveApp.currentVersion().orElseThrow(() -> new IllegalStateException(
                    app.bundleId() + " has no version being prepared for " + app.platform()));
            String versionString = text(version, "versionString");
            if (!dev.ascctl.resource.LiveApp.EDITABLE_VERSION_STATES.contains(text(version, "appVersionState"))) {
                out.add(app.bundleId() + " " + versionString + ": already " + text(version, "appVersionState"));
                continue;
            }
            List<String> missing = Readiness.missing(liveApp, app);
            if (!missing.isEmpty() && checkReadiness) {
                throw new IllegalStateException(app.bundleId() + " " + versionString + " not ready: "
                        + String.join("; ", missing));
            }
            Address address = VersionHandler.address(app).child("submission");
            String submissionId = SubmissionHandler.reusable(liveApp).map(Resource::id).orElse(null);
            boolean versionIsItem = submissionId != null && holdsVersion(submissionId, version.id());
            try {
                for (ApiCall call : SubmissionHandler.calls(address, liveApp, version.id(), versionIsItem)) {
                    ApiCall sent = submissionId == null ? call
                            : dev.ascctl.resource.IdReference.resolve(call, Map.of(address, submissionId));
                    Document answer = client.execute(sent, r -> null);
                    if (submissionId == null) {
                        submissionId = answer.single().orElseThrow().id();
                    }
                }
            } catch (AscApiException e) {
                throw e.naming(SubmissionHandler.names(liveApp, version));
            }
            out.add(app.bundleId() + " " + versionString + ": submitted for review (WAITING_FOR_REVIEW)"
                    + (missing.isEmpty() ? "" : "; the readiness check was skipped and said: " + String.join("; ", missing)));
        }
        return out;
    }

    private boolean holdsVersion(String submissionId, String versionId) {
        return client.getAll(ApiQuery.of("/v1/reviewSubmissions/" + submissionId + "/items").include("appStoreVersion")
                        .limit(200)).data().stream()
                .map(i -> i.relationships().get("appStoreVersion"))
                .anyMatch(r -> r != null && r.data().orElse(List.of()).stream().anyMatch(l -> l.id().equals(versionId)));
    }

    /** Cancels each app's open review submission. */
    public List<String> cancelSubmission() {
        List<String> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            Resource appResource = appOf(app);
            List<Resource> open = client.getAll(ReviewSubmissions.open(appResource.id(), app.platform())).data();
            if (open.isEmpty()) {
                throw new IllegalStateException(app.bundleId() + " has no open review submission for " + app.platform());
            }
            for (Resource submission : open) {
                client.execute(ReviewSubmissions.cancel(submission.id()), r -> null);
                out.add(app.bundleId() + ": review submission " + submission.id() + " canceled (was "
                        + text(submission, "state") + ")");
            }
        }
        return out;
    }

    private Resource appOf(AppSpec app) {
        return client.get(ApiQuery.of("/v1/apps").filter("bundleId", app.bundleId()).limit(1)).data().stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("no app " + app.bundleId()));
    }

    private Resource liveVersion(AppSpec app, String state, String include) {
        Resource appResource = appOf(app);
        ApiQuery query = ApiQuery.of("/v1/apps/" + appResource.id() + "/appStoreVersions")
                .filter("platform", app.platform()).filter("appVersionState", state).limit(1);
        if (include != null) {
            query = query.include(include);
        }
        Document answer = client.get(query);
        Resource version = answer.data().stream().findFirst().orElseThrow(() -> new IllegalStateException(
                app.bundleId() + " has no version in " + state + " on " + app.platform()));
        included.clear();
        included.addAll(answer.included());
        return version;
    }

    private final List<Resource> included = new ArrayList<>();

    private java.util.Optional<Resource> related(Resource from, String relationship) {
        var rel = from.relationships().get(relationship);
        if (rel == null || rel.data().isEmpty()) {
            return java.util.Optional.empty();
        }
        return rel.data().get().stream().findFirst().flatMap(l -> included.stream()
                .filter(r -> r.type().equals(l.type()) && r.id().equals(l.id())).findFirst());
    }

    private static String dayOf(Document answer) {
        return answer.single().map(r -> r.attributes().get("currentDayNumber"))
                .filter(n -> n != null && n.isNumber()).map(n -> " (day " + n.asInt() + " of 7)").orElse("");
    }

    private static String text(Resource r, String attribute) {
        return LiveApp.text(r, attribute);
    }
}
