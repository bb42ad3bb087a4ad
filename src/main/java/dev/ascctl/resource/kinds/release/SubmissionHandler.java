package dev.ascctl.resource.kinds.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
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
public final class SubmissionHandler implements Updatable<PartKey<VersionKey>> {
    public static final String KEY = "submitForReview";
    /** Version states in which the version has been submitted (or is beyond review). */
    static final Set<String> SUBMITTED_STATES = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW", "PENDING_DEVELOPER_RELEASE",
            "PENDING_APPLE_RELEASE", "PROCESSING_FOR_DISTRIBUTION", "READY_FOR_DISTRIBUTION", "ACCEPTED",
            "READY_FOR_REVIEW", "WAITING_FOR_EXPORT_COMPLIANCE");
    /** A submission freezes what it submits, so it waits for every other change of its app in the same apply. */
    private static final KindSpec SPEC = new KindSpec("reviewSubmission", 9,
            null).runsAfterAppChanges();

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    @Override
    public List<DesiredObject<PartKey<VersionKey>>> desired(AppSpec app) {
        return ReleaseParts.declared(app, KEY).filter(JsonNode::asBoolean)
                .map(v -> List.of(ReleaseParts.desired(app, "submission", SPEC.name(), KEY, v)))
                .orElse(List.of());
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        if (ReleaseParts.declared(spec, KEY).filter(JsonNode::asBoolean).isEmpty()) {
            return List.of();
        }
        return Readiness.reads(app, spec);
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
     * set it, so it cannot be checked: a standing reminder while a submission is wanted and not yet made.
     */
    @Override
    public List<ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        if (desired(spec).isEmpty() || app.currentVersion()
                .filter(v -> SUBMITTED_STATES.contains(LiveApp.text(v, "appVersionState"))).isPresent()) {
            return List.of();
        }
        return List.of(new ManualStep(VersionHandler.address(spec).child("submission"),
                "check that the App Privacy answers are complete and published (Apple's API cannot read or set them)",
                "App Store Connect → App Privacy"));
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return VersionHandler.liveRefusal(desired.key().parent(), app).or(() -> Optional.of("not ready: version "
                + desired.address().value() + " is created by this apply; submit it with the next apply"));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<VersionKey>> desired, LiveObject<PartKey<VersionKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        return calls(desired.address(), app, live.id());
    }

    /** The three calls of a submission; the item and the submit use the id of the submission created first. */
    public static List<ApiCall> calls(Address address, LiveApp app, String versionId) {
        String submission = IdReference.token(address);
        return List.of(ReviewSubmissions.create(app.app().id(), app.platform()),
                ReviewSubmissions.addVersion(submission, versionId),
                ReviewSubmissions.submit(submission));
    }
}
