package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.KnownObjects;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.release.ReviewSubmissions;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ManualStep;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * Submission of the version for App Review.
 * <pre>
 * version:
 *   submitForReview: true   # after the readiness check: a reviewSubmission, the version as its item, submitted
 * </pre>
 * Plan runs the {@link Readiness} check (the state after this apply) and lists the submission as blocked with
 * "not ready: ..." when something is missing,
 * so a reviewer sees it before anyone merges. Applied after every other change of its app in the same apply
 * (whatsNew, review details, build, ...): the kind {@linkplain KindSpec#runsAfterAppChanges() runs after app changes}.
 * {@code false} or no key never withdraws a submission; {@code ascctl submit --cancel} does.
 *
 * <p>Not exported by {@code import}: {@code submitForReview} is an action, not state. Written into an imported
 * store it would stay there after the version is released and submit the next version the day someone bumps
 * {@code versionString}; without it a plan finds nothing to do either way ({@link #desired} is empty), so the
 * round trip holds. A team adds it when it means to submit.
 */
public final class SubmissionHandler extends Kind<PartKey<VersionKey>> implements Updatable<PartKey<VersionKey>> {
    public static final String KEY = "submitForReview";
    /** Version states in which the version has been submitted (or is beyond review). */
    static final Set<String> SUBMITTED_STATES = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW", "PENDING_DEVELOPER_RELEASE",
            "PENDING_APPLE_RELEASE", "PROCESSING_FOR_DISTRIBUTION", "READY_FOR_DISTRIBUTION", "ACCEPTED",
            "READY_FOR_REVIEW", "WAITING_FOR_EXPORT_COMPLIANCE");
    /** A submission freezes what it submits, so it waits for every other change of its app in the same apply. */
    private static final KindSpec SPEC = new KindSpec("reviewSubmission", 9,
            null).runsAfterAppChanges();

    public SubmissionHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<PartKey<VersionKey>>> desired(AppSpec app) {
        return ReleaseParts.desired(app, "submission", SPEC.name(), KEY,
                ReleaseParts.declared(app, KEY).filter(JsonNode::asBoolean));
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        if (ReleaseParts.declared(spec, KEY).filter(JsonNode::asBoolean).isEmpty()) {
            return List.of();
        }
        return reads(app, spec, true);
    }

    /**
     * What a submission reads: the readiness check's reads, and the app's open submissions (one that was prepared and
     * never submitted is reused). Plan reads them when a submission is wanted, {@code ascctl submit} always.
     */
    public static List<ApiQuery> reads(LiveApp app, AppSpec spec, boolean readiness) {
        List<ApiQuery> out = new java.util.ArrayList<>(readiness ? Readiness.reads(app, spec) : List.of());
        out.add(ReviewSubmissions.open(app.app().id(), app.platform()));
        return out;
    }

    /**
     * The app's review submission that was created and never submitted (READY_FOR_REVIEW), if {@link #reads} found
     * one. Apple allows one open submission per app and platform, so a new one would be refused (409) for as long as
     * it stays: a submit Apple refused for incomplete content leaves one behind, and the next try reuses it.
     */
    public static Optional<Resource> reusable(LiveApp app) {
        return app.read(ReviewSubmissions.open(app.app().id(), app.platform())).map(d -> d.data()).orElse(List.of())
                .stream().filter(s -> "READY_FOR_REVIEW".equals(LiveApp.text(s, "state"))).findFirst();
    }

    /**
     * Names for the objects App Review may refuse, by the path Apple keys its {@code associatedErrors} with: the
     * version, its localizations by locale, its build by number, and its screenshots (Apple sends
     * {@code /v1/appScreenshots/} without an id for missing ones).
     */
    public static KnownObjects names(LiveApp app, Resource version) {
        String v = "version " + LiveApp.text(version, "versionString");
        Map<String, String> names = new java.util.HashMap<>();
        names.put("/v1/appStoreVersions/" + version.id(), v);
        names.put("/v1/appScreenshots/", "screenshots of " + v);
        app.related(version, "appStoreVersionLocalizations").orElse(List.of()).forEach(l ->
                names.put("/v1/appStoreVersionLocalizations/" + l.id(), LiveApp.text(l, "locale") + " text of " + v));
        app.related(version, "build").orElse(List.of()).forEach(b ->
                names.put("/v1/builds/" + b.id(), "build " + LiveApp.text(b, "version")));
        return KnownObjects.of(names);
    }

    @Override
    public List<LiveObject<PartKey<VersionKey>>> live(LiveApp app, AppSpec spec) {
        Optional<Resource> version = app.currentVersion();
        if (desired(spec).isEmpty() || version.isEmpty()) {
            return List.of();
        }
        boolean submitted = SUBMITTED_STATES.contains(LiveApp.text(version.get(), "appVersionState"));
        // The readiness check is the reason a submission is held back, so it rides on the live object.
        String notReady = null;
        if (!submitted) {
            List<String> missing = Readiness.missing(app, spec);
            notReady = missing.isEmpty() ? VersionHandler.blockedReason(version.get())
                    : "not ready: " + String.join("; ", missing);
        }
        return List.of(new LiveObject<>(new PartKey<>(VersionHandler.key(spec), "submission"), SPEC.name(),
                version.get().id(), Map.of(KEY, BooleanNode.valueOf(submitted)), notReady));
    }

    /**
     * App Privacy (the privacy "nutrition label") is required for review, and API 4.4.1 has no endpoint to read or
     * set it, so it cannot be checked: a standing reminder while a submission is wanted and not yet made; so is the
     * icon, which only a build brings.
     */
    @Override
    public List<ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        if (desired(spec).isEmpty() || app.currentVersion()
                .filter(v -> SUBMITTED_STATES.contains(LiveApp.text(v, "appVersionState"))).isPresent()) {
            return List.of();
        }
        // The App Store icon comes from the build (its asset catalog's 1024x1024 app icon); the API has no write for it.
        return List.of(new ManualStep(VersionHandler.address(spec).child("submission"),
                "check that the App Privacy answers are complete and published (Apple's API cannot read or set them)",
                "App Store Connect → App Privacy"), new ManualStep(VersionHandler.address(spec).child("submission"),
                "check the App Store icon the build brings (its asset catalog's 1024x1024 app icon, no transparency);"
                        + " a new icon needs a new build", "App Store Connect → the version's Build section"));
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return VersionHandler.liveRefusal(desired.key().parent(), app).or(() -> Optional.of("not ready: version "
                + desired.key().parent().versionString() + " is created by this apply; submit it with the next apply"));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<VersionKey>> desired, LiveObject<PartKey<VersionKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        // Plan does not read the items of a reused submission, so it always adds the version: if the submission holds
        // it already, Apple refuses the item (409) and nothing is submitted, which is safer than submitting someone
        // else's items without it. ascctl submit reads the items and adds the version only when it is missing.
        return calls(desired.address(), app, live.id(), false);
    }

    /**
     * The calls of a submission: create it (or reuse the {@linkplain #reusable one left prepared}), add the version as
     * its item (unless {@code versionIsItem}: the reused submission holds it already), submit. The item and the
     * submit of a new submission use the id of the submission created first.
     */
    public static List<ApiCall> calls(Address address, LiveApp app, String versionId, boolean versionIsItem) {
        Optional<Resource> reused = reusable(app);
        String submission = reused.map(Resource::id).orElse(IdReference.token(address));
        List<ApiCall> out = new java.util.ArrayList<>();
        if (reused.isEmpty()) {
            out.add(ReviewSubmissions.create(app.app().id(), app.platform()));
        }
        if (reused.isEmpty() || !versionIsItem) {
            out.add(ReviewSubmissions.addVersion(submission, versionId));
        }
        out.add(ReviewSubmissions.submit(submission));
        return List.copyOf(out);
    }
}
