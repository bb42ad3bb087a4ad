package dev.ascctl.workflow;

import dev.ascctl.apply.AssetUploader;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.asc.UploadTransport;
import java.time.Duration;

import dev.ascctl.apply.AlreadyApplied;
import dev.ascctl.apply.Applier;
import dev.ascctl.apply.ApplyReport;
import dev.ascctl.apply.RequestBudget;
import java.util.OptionalLong;
import dev.ascctl.apply.ChangeOutcome;
import dev.ascctl.apply.UploadEvent;
import dev.ascctl.apply.StaleCheck;
import dev.ascctl.asc.AscClient;
import dev.ascctl.live.LiveReader;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.plan.Planner;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.Store;
import dev.ascctl.plan.Reread;
import dev.ascctl.resource.Address;
import dev.ascctl.plan.SavedRead;
import dev.ascctl.plan.Fingerprint;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import dev.ascctl.store.AppSpec;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * plan and apply for one store over one connection: read live, diff, execute. The CLI commands call this.
 */
public final class Reconciler {
    private final AscClient client;
    private final Store store;
    private final SecretResolver secrets;
    private final ResourceKinds kinds;
    private final Planner planner;

    public Reconciler(AscClient client, Store store, SecretResolver secrets) {
        this.client = client;
        this.store = store;
        this.secrets = secrets;
        this.kinds = AllKinds.registry();
        this.planner = new Planner(kinds, secrets::resolve, Clock.systemUTC());
    }

    /** Reads live state and plans; with targets, only the apps they lie in are read. */
    public Plan plan(PlanOptions options) {
        List<AppSpec> apps = store.apps().stream().filter(a -> options.coversApp(a.bundleId())).toList();
        LiveState live = new LiveReader(client, kinds).read(apps);
        return planner.plan(store, live, options).withHourlyBudget(client.stats().lastRateLimit().orElse(null));
    }

    /**
     * Plans the selected apps ({@code --apps}, {@code --app}, {@code --shard}) and, within them, the targets. A
     * selection with no app (a shard that holds none) reads nothing and plans no change.
     */
    public Plan plan(AppSelection selection, List<Address> targets) {
        PlanOptions options = selection.planOptions(store, targets);
        if (options != null) {
            return plan(options);
        }
        // A target no app lies in (no bundle id has a space): the planner then covers no app, and nothing is read.
        return planner.plan(store, new LiveState(Map.of(), 0), new PlanOptions(List.of(Address.app("no app"))))
                .withHourlyBudget(client.stats().lastRateLimit().orElse(null));
    }

    /**
     * Re-reads the apps a saved plan touches (all its apps for a plan file that does not say which); throws
     * StalePlanException if any object it fingerprinted changed, unless into what the plan wants (those changes are
     * returned as done). Apps it does not touch are not read: a hand edit there cannot change what this apply does.
     */
    public AlreadyApplied verifyFresh(Plan plan) {
        checkSecretReferences(plan);
        List<AppSpec> apps = store.apps();
        if (plan.rereads() != null) {
            Set<String> touched = plan.rereads().stream().map(Reread::bundleId).collect(Collectors.toSet());
            apps = apps.stream().filter(a -> touched.contains(a.bundleId())).toList();
            Optional<AlreadyApplied> unchanged = unchangedByItsReads(plan, apps);
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
        }
        LiveState live = new LiveReader(client, kinds).read(apps);
        return StaleCheck.verify(plan, store, live, planner, kinds);
    }

    /**
     * The stale check from exactly the reads the plan recorded for its touched kinds (3 reads and nothing else for a
     * metadata change in one app), when every object it fingerprinted reads back as planned. Anything else (a
     * difference, a read that now answers 404, a kind that now needs another read) is left to the check on a full read
     * of the touched apps, which tells stale from already applied exactly as before.
     */
    private Optional<AlreadyApplied> unchangedByItsReads(Plan plan, List<AppSpec> apps) {
        if (plan.rereads().stream().anyMatch(r -> r.reads() == null)) {
            return Optional.empty();
        }
        Map<String, List<ApiQuery>> queries = new HashMap<>();
        plan.rereads().forEach(r -> queries.put(r.bundleId(), r.reads().stream().map(SavedRead::query).toList()));
        LiveState live;
        try {
            live = new LiveReader(client, kinds).readRecorded(apps, queries);
        } catch (AscApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        Optional<Map<String, String>> now = planner.fingerprints(store, live, plan.rereads());
        if (now.isEmpty() || !plan.fingerprints().stream().allMatch(f ->
                now.get().getOrDefault(f.address().value(), Fingerprint.ABSENT).equals(f.hash()))) {
            return Optional.empty();
        }
        return Optional.of(StaleCheck.verify(plan, store, live, now.get(), planner, kinds));
    }

    /** Executes the plan's changes. */
    public ApplyReport apply(Plan plan, Consumer<ChangeOutcome> progress) {
        return apply(plan, progress, event -> { });
    }

    /**
     * Executes the plan's changes; uploads read their files from the store directory.
     *
     * @param uploadProgress told of each uploaded (or failed) file
     */
    public ApplyReport apply(Plan plan, Consumer<ChangeOutcome> progress, Consumer<UploadEvent> uploadProgress) {
        return apply(plan, AlreadyApplied.NONE, progress, uploadProgress);
    }

    /** As above, counting {@code done} (from {@link #verifyFresh}) as applied by another run. */
    public ApplyReport apply(Plan plan, AlreadyApplied done, Consumer<ChangeOutcome> progress,
                             Consumer<UploadEvent> uploadProgress) {
        return apply(plan, done, RequestBudget.unlimited(), progress, uploadProgress);
    }

    /**
     * The request budget for applying {@code plan} now: {@code given} ({@code --budget N}) or what Apple's last
     * {@code X-Rate-Limit} said is left this hour. Changes another run already made ({@code done}) cost nothing.
     *
     * @throws dev.ascctl.apply.OverBudgetException when the plan needs more and {@code allowPartial} is false;
     *                                              nothing has been written
     */
    public RequestBudget budget(Plan plan, AlreadyApplied done, OptionalLong given, boolean allowPartial) {
        return RequestBudget.forApply(plan.changes().stream().filter(c -> !done.contains(c.address())).toList(),
                client.stats().lastRateLimit(), given, allowPartial);
    }

    /** As above, starting only the changes that fit in {@code budget} (the rest are reported as left). */
    public ApplyReport apply(Plan plan, AlreadyApplied done, RequestBudget budget, Consumer<ChangeOutcome> progress,
                             Consumer<UploadEvent> uploadProgress) {
        AssetUploader uploader = new AssetUploader(client, store.root(), new UploadTransport(Duration.ofSeconds(10),
                Duration.ofMinutes(5), Sleeper.REAL, client.network()), AssetUploader.defaultSettings(), uploadProgress);
        return new Applier(client, secrets::resolve, progress, uploader).apply(plan, done, budget);
    }

    public AscClient client() {
        return client;
    }

    /**
     * Every secret reference of a saved plan resolves under the store's rules (confined ${file:}, no credential
     * variable) before the first request: one edited into a plan (issue 21 finding 4) refuses the whole plan, never
     * half of it after other writes. The values are read and dropped here; apply reads them again when it sends.
     */
    private void checkSecretReferences(Plan plan) {
        for (var change : plan.changes()) {
            for (var call : change.calls()) {
                for (String pointer : call.secretPointers()) {
                    String reference = call.body().at(pointer).asString();
                    try {
                        secrets.resolve(reference);
                    } catch (SecretResolver.UnresolvedSecretException e) {
                        throw new IllegalArgumentException("The saved plan's " + change.address() + ": "
                                + e.getMessage() + ". Nothing was applied.");
                    }
                }
            }
        }
    }
}
