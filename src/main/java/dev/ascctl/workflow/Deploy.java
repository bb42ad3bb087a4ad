package dev.ascctl.workflow;

import dev.ascctl.apply.ApplyReport;
import dev.ascctl.apply.ChangeOutcome;
import dev.ascctl.apply.Outcome;
import dev.ascctl.apply.UploadEvent;
import dev.ascctl.asc.AscClient;
import dev.ascctl.build.BuildFile;
import dev.ascctl.build.BuildUploader;
import dev.ascctl.plan.BlockedChange;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code ascctl deploy --ipa FILE}: upload → wait for processing → plan with the version's {@code build} set to the
 * uploaded build → apply → submit (the submission is part of that plan when {@code submitForReview: true}). It stops
 * at the first failure, saying what is done and what is left; a re-run picks up where it stopped (the upload is
 * adopted, the plan shows only what is left). {@code --plan-only} uploads nothing and writes nothing: it shows the
 * plan with the archive's build number, for a pull request (the build shows as not yet uploaded).
 *
 * <p>The store's {@code version.build} is replaced for this run only (the YAML is not edited): deploying an archive
 * means attaching that archive's build. The store's {@code versionString} must be the archive's
 * CFBundleShortVersionString; a mismatch is refused before any request.
 */
public final class Deploy {
    /** What the command shows while it runs. */
    public interface Listener extends BuildUploader.Listener, Consumer<UploadEvent> {
        void plan(Plan plan);

        void outcome(ChangeOutcome outcome);
    }

    /** How it ended: {@code done} and {@code left} are the steps, in order, for the closing lines. */
    public record Result(boolean success, List<String> done, List<String> left, String failure) {
    }

    private final AscClient client;
    private final Store store;
    private final ConnectionSettings settings;
    private final Listener listener;

    public Deploy(AscClient client, Store store, ConnectionSettings settings, Listener listener) {
        this.client = client;
        this.store = store;
        this.settings = settings;
        this.listener = listener;
    }

    /** The app of the store the archive belongs to, checked against the store's version before any request. */
    public static AppSpec appOf(Store store, BuildFile file) {
        String bundleId = file.archive().bundleId();
        AppSpec app = store.app(bundleId).orElseThrow(() -> new IllegalArgumentException(file.file().getFileName()
                + " is an archive of " + bundleId + ", which the store at " + store.root() + " does not have"));
        String declared = app.version().text("versionString").orElse(null);
        if (declared != null && !declared.equals(file.archive().shortVersion())) {
            throw new IllegalArgumentException(file.file().getFileName() + " is version " + file.archive().shortVersion()
                    + " but " + app.label() + "'s app.yaml declares version " + declared
                    + "; bump it (ascctl version bump) or build the archive of " + declared);
        }
        return app;
    }

    /** Runs the steps; never throws for a step that fails (the result says which), only for bad input. */
    public Result run(BuildFile file, boolean planOnly) {
        AppSpec app = appOf(store, file);
        String number = file.archive().bundleVersion();
        Store deployed = withBuild(store, app.bundleId(), number);
        Reconciler reconciler = new Reconciler(client, deployed, StoreInput.secrets(deployed, settings));
        List<String> done = new ArrayList<>();
        boolean submits = app.version().get("submitForReview").map(JsonNode::asBoolean).orElse(false);
        List<String> left = new ArrayList<>(List.of("upload " + file.describe(), "apply the plan with build "
                + number));
        if (submits) {
            left.add("submit version " + file.archive().shortVersion() + " for review");
        }
        if (planOnly) {
            listener.plan(reconciler.plan(PlanOptions.all()));
            return new Result(true, done, left, null);
        }
        try {
            BuildUploader.Result uploaded = BuildDelivery.uploader(client, settings.env(), listener).upload(file);
            done.add("upload: build " + number + " (" + uploaded.version() + ") is VALID"
                    + (uploaded.adopted() ? ", uploaded by an earlier run" : ""));
            left.remove(0);
        } catch (RuntimeException e) {
            return new Result(false, done, left, "upload: " + e.getMessage());
        }
        Plan plan;
        try {
            plan = reconciler.plan(PlanOptions.all());
        } catch (RuntimeException e) {
            return new Result(false, done, left, "plan: " + e.getMessage());
        }
        listener.plan(plan);
        List<BlockedChange> notReady = plan.blocked().stream()
                .filter(b -> b.address().value().startsWith("app[" + app.bundleId() + "]"))
                .filter(b -> b.address().value().endsWith(".submission")).toList();
        if (submits && !notReady.isEmpty()) {
            return new Result(false, done, left, "submit: " + notReady.get(0).reason()
                    + " (nothing was applied; fix it and run deploy again)");
        }
        if (plan.hasChanges()) {
            ApplyReport report = reconciler.apply(plan, listener::outcome, listener);
            long applied = report.count(Outcome.APPLIED) + report.count(Outcome.ADOPTED);
            if (!report.success()) {
                ChangeOutcome failed = report.outcomes().stream().filter(o -> o.outcome() == Outcome.FAILED)
                        .findFirst().orElse(report.outcomes().get(0));
                done.add("apply: " + applied + " of " + report.outcomes().size() + " changes");
                return new Result(false, done, left, "apply: " + failed.address() + ": " + failed.message());
            }
            done.add("apply: " + applied + " change" + (applied == 1 ? "" : "s") + " (build " + number
                    + " attached" + (submits ? ", version submitted for review" : "") + ")");
        } else {
            done.add("apply: nothing to change (build " + number + " is attached"
                    + (submits ? " and the version submitted" : "") + " already)");
        }
        left.clear();
        return new Result(true, done, left, null);
    }

    /** The store with {@code bundleId}'s {@code version.build} set to {@code number}, for this run only. */
    static Store withBuild(Store store, String bundleId, String number) {
        List<AppSpec> apps = new ArrayList<>();
        for (AppSpec a : store.apps()) {
            if (!a.bundleId().equals(bundleId)) {
                apps.add(a);
                continue;
            }
            Map<String, JsonNode> values = new LinkedHashMap<>(a.version().values());
            values.put("build", StringNode.valueOf(number));
            Attributes version = new Attributes(values, a.version().marks(), a.version().sensitive());
            apps.add(new AppSpec(a.label(), a.dir(), a.mark(), a.bundleId(), a.platform(), a.primaryLocale(), a.app(),
                    a.categories(), a.ageRating(), version, a.review(), a.locales(), a.media(), a.testFlight(),
                    a.purchases(), a.sections()));
        }
        return new Store(store.root(), store.policy(), store.defaults(), apps);
    }
}
