package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.SubmitBuildForBetaReview;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.release.ExportComplianceHandler;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.BetaBuildSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.BooleanNode;

/**
 * A build's Beta App Review submission ({@code app[x].betaBuild[245].betaReview}), a plan item of its own.
 * <pre>
 * builds:
 *   - {build: "245", submitForReview: true}
 * </pre>
 * Created once ({@code POST /v1/betaAppReviewSubmissions}) after the build's What to Test (higher rank); Apple
 * has no cancel or delete, so {@code submitForReview: false} or removing the key never withdraws anything. A build
 * that is missing, still processing or expired, or whose export compliance is unanswered while app.yaml gives no
 * {@code exportCompliance}, is refused in the plan with the reason.
 *
 * <p>Not exported by {@code import} (like the version's {@code submitForReview}, see {@code SubmissionHandler}):
 * submitting is an action, not state. Written into an imported store it would stay on the build's entry, and the
 * day someone changes that entry to the next build number (or to {@code latest}) it would submit that build too;
 * without it a plan finds nothing to do either way ({@link #desired} is empty), so the round trip holds. A team
 * adds it when it means to submit a build.
 */
public final class BetaReviewSubmissionHandler extends Kind<PartKey<BetaKeys.Build>> implements StraightReads,
        Creatable<PartKey<BetaKeys.Build>> {
    // After the app's other changes: the build's export compliance answer (exportCompliance) and What to Test must be
    // in before Apple takes the build for review.
    private static final KindSpec SPEC = new KindSpec("betaAppReviewSubmission", 27, null).runsAfterAppChanges();
    private static final String KEY = "submitForReview";

    public BetaReviewSubmissionHandler() {
        super(SPEC);
    }

    private static PartKey<BetaKeys.Build> key(String bundleId, String build) {
        return new PartKey<>(new BetaKeys.Build(bundleId, build), "betaReview");
    }

    @Override
    public List<DesiredObject<PartKey<BetaKeys.Build>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<BetaKeys.Build>>> out = new ArrayList<>();
        for (BetaBuildSpec build : app.testFlight().builds()) {
            if (build.submitForReview()) {
                out.add(desiredObject(key(app.bundleId(), build.build()), BetaBuildsLive.storePath(app,
                        build.build()), Map.of(KEY, BooleanNode.TRUE), build.mark()));
            }
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        reads.getAll(BetaBuildsLive.reads(app, spec));
    }

    @Override
    public List<LiveObject<PartKey<BetaKeys.Build>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<BetaKeys.Build>>> out = new ArrayList<>();
        for (BetaBuildSpec entry : spec.testFlight().builds()) {
            if (!entry.submitForReview()) {
                continue;
            }
            BetaBuildsLive.related(app, entry.build(), "betaAppReviewSubmission").flatMap(s -> s.stream().findFirst())
                    .ifPresent(submission -> out.add(liveObject(key(app.bundleId(), entry.build()), submission.id(),
                            Map.of(KEY, BooleanNode.TRUE), null)));
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<BetaKeys.Build>> desired, LiveApp app) {
        String build = desired.key().parent().build();
        return BetaBuildsLive.problem(app, build).or(() -> BetaBuildsLive.resolve(app, build)
                .flatMap(b -> ExportComplianceHandler.unansweredProblem(app, b)));
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<BetaKeys.Build>> desired, LiveApp app) {
        Resource build = BetaBuildsLive.resolve(app, desired.key().parent().build()).orElseThrow();
        return List.of(SubmitBuildForBetaReview.of(build.id()));
    }
}
