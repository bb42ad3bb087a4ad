package dev.ascctl.resource.kinds.experiments;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.experiments.Experiments;
import dev.ascctl.asc.endpoint.release.ReviewSubmissions;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.release.SubmissionHandler;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Starting and stopping a test ({@code app[b].experiment[<name>].state}), a plan item of its own:
 * <pre>
 * ~ app[com.example.notes].experiment[Bold screenshots].state
 *     ~ state = "prepared" -> "running"
 * </pre>
 * {@code state: running} on a test App Review has not accepted submits it first ("All metadata used in a test must
 * first be approved ... by App Review", App Store Connect Help, "Run a test"): a review submission (the one left
 * prepared is reused), the test as its item, submitted, then {@code started: true}, which Apple carries out once the
 * test is accepted ("the test status will change once the metadata is accepted"). So a test with App Review counts as
 * running: the next plan is clean, and nothing is sent twice. An accepted test is started with {@code started: true}
 * alone. {@code state: stopped} sends {@code started: false}. Refused in the plan, with Apple's reason: restarting a
 * stopped test ("Once you stop a test, it can't be restarted"), un-starting a running one, stopping one that never
 * ran. Runs after every other change of the app in the apply, so the treatments and media it submits are in first.
 * {@code prepared} (the default) manages nothing: a test is never withdrawn from review by ascctl.
 */
public final class ExperimentStateHandler extends Kind<PartKey<NamedKey<AppKey>>> implements
        Creatable<PartKey<NamedKey<AppKey>>>, Updatable<PartKey<NamedKey<AppKey>>> {
    static final String STATE = "state";
    private static final KindSpec SPEC = new KindSpec("experimentState", 34, null).runsAfterAppChanges();
    private static final Set<String> MANAGED = Set.of(ExperimentStore.RUNNING, ExperimentStore.STOPPED);

    public ExperimentStateHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<PartKey<NamedKey<AppKey>>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(app)) {
            if (MANAGED.contains(e.state())) {
                out.add(new DesiredObject<>(ExperimentStore.stateKey(ExperimentStore.key(app, e.name())), SPEC.name(),
                        ExperimentStore.storePath(app, e.name()) + ".state", Map.of(STATE, StringNode.valueOf(e.state())),
                        Set.of(), e.mark()));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PartKey<NamedKey<AppKey>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(spec)) {
            if (MANAGED.contains(e.state())) {
                LiveExperiments.find(app, e.name()).ifPresent(r -> out.add(new LiveObject<>(
                        ExperimentStore.stateKey(ExperimentStore.key(spec, e.name())), SPEC.name(), r.id(),
                        Map.of(STATE, StringNode.valueOf(LiveExperiments.label(r))), null)));
            }
        }
        return out;
    }

    /** A test with App Review is running as far as the YAML is concerned: Apple starts it on acceptance. */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        if (desired != null && live != null && ExperimentStore.RUNNING.equals(desired.asString())
                && "in review".equals(live.asString())) {
            return true;
        }
        return super.sameValue(attribute, desired, live);
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<PartKey<NamedKey<AppKey>>> desired,
                                             LiveApp app) {
        Optional<Resource> live = LiveExperiments.find(app, desired.key().parent().name());
        if (live.isEmpty()) {
            return Optional.empty();
        }
        String now = LiveExperiments.label(live.get());
        String wanted = desired.attributes().get(STATE).asString();
        if (wanted.equals(ExperimentStore.RUNNING) && now.equals(ExperimentStore.STOPPED)) {
            return Optional.of("the test is stopped, and Apple never restarts a stopped test (App Store Connect Help,"
                    + " \"Run a test\"); make a new test with another name");
        }
        if (wanted.equals(ExperimentStore.STOPPED) && !now.equals(ExperimentStore.RUNNING)
                && !now.equals(ExperimentStore.STOPPED)) {
            return Optional.of("the test is " + now + " and has never run, so there is nothing to stop; remove it from "
                    + ExperimentStore.FILE + " with policy.prune.experiments to delete it");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<NamedKey<AppKey>>> desired, LiveApp app) {
        if (!ExperimentStore.RUNNING.equals(desired.attributes().get(STATE).asString())) {
            return Optional.of("a new test has never run, so there is nothing to stop");
        }
        return Optional.empty();
    }

    /** A test the same apply makes: submitted for review with its treatments, and started on acceptance. */
    @Override
    public List<ApiCall> create(DesiredObject<PartKey<NamedKey<AppKey>>> desired, LiveApp app) {
        return submitAndStart(desired, app, IdReference.token(desired.key().parent().address()), false);
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<NamedKey<AppKey>>> desired,
                                LiveObject<PartKey<NamedKey<AppKey>>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        if (ExperimentStore.STOPPED.equals(desired.attributes().get(STATE).asString())) {
            return List.of(Experiments.started(live.id(), false));
        }
        Resource experiment = LiveExperiments.find(app, desired.key().parent().name()).orElseThrow();
        String state = LiveApp.text(experiment, "state");
        boolean reviewed = Set.of("ACCEPTED", "APPROVED").contains(state)
                || Boolean.FALSE.equals(experiment.attributes().path("reviewRequired").asBoolean(true));
        if (reviewed) {
            return List.of(Experiments.started(live.id(), true));
        }
        return submitAndStart(desired, app, live.id(), "READY_FOR_REVIEW".equals(state));
    }

    /**
     * A review submission (the app's one left prepared, else a new one), the test as its item unless it is one
     * already, submitted; then the start, which Apple carries out on acceptance.
     */
    private static List<ApiCall> submitAndStart(DesiredObject<PartKey<NamedKey<AppKey>>> desired, LiveApp app,
                                                String experimentId, boolean alreadyItem) {
        Optional<Resource> reused = SubmissionHandler.reusable(app);
        // The id a change's first create answers with is its own address's: here the new submission's.
        String submission = reused.map(Resource::id).orElse(IdReference.token(desired.address()));
        List<ApiCall> out = new ArrayList<>();
        if (reused.isEmpty()) {
            out.add(ReviewSubmissions.create(app.app().id(), app.platform()));
        }
        if (reused.isEmpty() || !alreadyItem) {
            out.add(Experiments.addToSubmission(submission, experimentId));
        }
        out.add(ReviewSubmissions.submit(submission));
        out.add(Experiments.started(experimentId, true));
        return out;
    }
}
