package dev.ascctl.apply;

import dev.ascctl.asc.AmbiguousWriteException;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.RateBudgetSpentException;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.Workers;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KnownAfterApply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Executes a plan's changes exactly as planned (apply never re-decides): parents before what lies inside them,
 * independent objects in parallel. A failure does not stop unrelated changes; changes inside a failed
 * object's address are skipped. Values known only after earlier writes ({@link KnownAfterApply}) are read just
 * before the change that needs them. A create whose response was lost
 * is never retried blindly: the object is looked up and adopted if it exists (DESIGN 1.6).
 */
public final class Applier {
    private final AscClient client;
    private final UnaryOperator<String> secrets;
    private final Consumer<ChangeOutcome> progress;
    /** Executes the upload step of reservation calls; null when the plan has none to make. */
    private final AssetUploader uploader;
    /** Ids of the objects this apply created, for {@link IdReference} placeholders. */
    private final Map<Address, String> createdIds = new ConcurrentHashMap<>();
    /** What the lookups of values known after apply read, by query (the same points serve several changes). */
    private final Map<ApiQuery, Document> lookupReads = new ConcurrentHashMap<>();
    /** Files a change committed whose processing is still to be awaited, by the change's address. */
    private final Map<Address, List<AssetUploader.Committed>> unprocessed = new ConcurrentHashMap<>();

    /**
     * @param secrets  resolves secret references in call bodies just before sending
     * @param progress told of each outcome as it happens
     */
    public Applier(AscClient client, UnaryOperator<String> secrets, Consumer<ChangeOutcome> progress) {
        this(client, secrets, progress, null);
    }

    /** @param uploader runs the upload step of calls that carry an {@link dev.ascctl.asc.AssetUpload} */
    public Applier(AscClient client, UnaryOperator<String> secrets, Consumer<ChangeOutcome> progress,
                   AssetUploader uploader) {
        this.client = client;
        this.secrets = secrets;
        this.progress = progress;
        this.uploader = uploader;
    }

    public ApplyReport apply(Plan plan) {
        return apply(plan, AlreadyApplied.NONE);
    }

    /**
     * @param done changes of a saved plan another run made since (the stale check found their objects as the plan
     *             wants them): counted as adopted, not sent again; later changes use their objects' ids
     */
    public ApplyReport apply(Plan plan, AlreadyApplied done) {
        return apply(plan, done, RequestBudget.unlimited());
    }

    /**
     * @param budget what the apply may spend: a change that no longer fits is not started, and the apply ends once the
     *               running changes have, with the changes not started reported as left (as when Apple says the
     *               hour's budget is spent); a change is never stopped part way by the budget
     */
    public ApplyReport apply(Plan plan, AlreadyApplied done, RequestBudget budget) {
        createdIds.putAll(done.liveIds());
        long requestsBefore = client.stats().requests();
        long writesBefore = client.stats().writes();
        Map<Address, ChangeOutcome> outcomes = new ConcurrentHashMap<>();
        // A change starts as soon as every change it waits for has finished (not when a whole wave has: one slow
        // answer would hold up every change of the next wave), bounded by the client's parallelism. Who waits for
        // whom is computed once (ChangeDependencies); its waves give an order in which each change's needs come first.
        ChangeDependencies dependencies = ChangeDependencies.of(plan.changes());
        ExecutorService slots = Workers.pool(client.parallelism(), "apply");
        // Waiting for Apple to process uploaded files runs here, not in the slots: a slot that has committed its
        // set's files goes on to the next change. Bounded like the slots, to stay polite.
        ExecutorService processingWaits = Workers.pool(client.parallelism(), "asset-processing");
        // An exception (not a failed change: a stop such as the spent hourly budget or the deadline) ends the apply:
        // no further change starts, and it is thrown once the running ones have ended.
        AtomicReference<RuntimeException> stop = new AtomicReference<>();
        Map<Address, CompletableFuture<Void>> finished = new HashMap<>();
        try {
            for (List<Integer> wave : dependencies.waves()) {
                for (int index : wave) {
                    ResourceChange change = dependencies.changes().get(index);
                    List<ResourceChange> needs = dependencies.needs(index);
                    CompletableFuture<?>[] before = needs.stream().map(n -> finished.get(n.address()))
                            .toArray(CompletableFuture[]::new);
                    finished.put(change.address(), CompletableFuture.allOf(before).thenComposeAsync(ignored -> {
                        if (stop.get() != null) {
                            return CompletableFuture.completedFuture(null);
                        }
                        if (!done.contains(change.address()) && !budget.tryTake(change)) {
                            stop.compareAndSet(null, new BudgetStop("Stopped before " + change.address() + ": its "
                                    + RequestBudget.cost(change) + " requests do not fit in what is left of this"
                                    + " apply's budget of " + budget.allowed() + " requests."));
                            return CompletableFuture.completedFuture(null);
                        }
                        try {
                            return run(change, needs, done, outcomes, processingWaits);
                        } catch (RuntimeException e) {
                            stop.compareAndSet(null, e);
                            return CompletableFuture.completedFuture(null);
                        }
                    }, slots));
                }
            }
            CompletableFuture.allOf(finished.values().toArray(CompletableFuture[]::new)).join();
        } finally {
            slots.shutdownNow();
            processingWaits.shutdownNow();
        }
        RuntimeException stopped = stop.get();
        if (stopped != null && !(stopped instanceof BudgetStop || stopped instanceof RateBudgetSpentException)) {
            throw stopped;
        }
        // A budget stop is where this run ends, not a failure: what ran is reported, the rest is left for the next.
        List<ChangeOutcome> ordered = plan.changes().stream().map(c -> outcomes.get(c.address()))
                .filter(java.util.Objects::nonNull).toList();
        List<Address> left = plan.changes().stream().map(ResourceChange::address)
                .filter(a -> !outcomes.containsKey(a)).toList();
        return new ApplyReport(ordered, client.stats().requests() - requestsBefore,
                client.stats().writes() - writesBefore, left, left.isEmpty() ? null : stopped.getMessage());
    }

    /**
     * Runs one change; done once it is reported, which for committed files is after Apple has processed them (a
     * change that works on them may start only then).
     */
    private CompletableFuture<Void> run(ResourceChange change, List<ResourceChange> needs, AlreadyApplied done,
                                        Map<Address, ChangeOutcome> outcomes, ExecutorService processingWaits) {
        ChangeOutcome outcome = done.contains(change.address())
                ? new ChangeOutcome(change.address(), change.action(), Outcome.ADOPTED,
                        "already as planned: another run applied it since the plan was made")
                : outcomeOf(change, needs, outcomes);
        List<AssetUploader.Committed> committed = unprocessed.remove(change.address());
        if (committed != null && !outcome.failed()) {
            return CompletableFuture.runAsync(() -> report(processed(outcome, committed), outcomes), processingWaits);
        }
        report(outcome, outcomes);
        return CompletableFuture.completedFuture(null);
    }

    private void report(ChangeOutcome outcome, Map<Address, ChangeOutcome> outcomes) {
        outcomes.put(outcome.address(), outcome);
        synchronized (progress) {
            progress.accept(outcome);
        }
    }

    /** The change's outcome once Apple has processed the files it committed; failed if it did not. */
    private ChangeOutcome processed(ChangeOutcome outcome, List<AssetUploader.Committed> committed) {
        try {
            uploader.awaitProcessing(committed);
            return outcome;
        } catch (RuntimeException e) {
            return new ChangeOutcome(outcome.address(), outcome.action(), Outcome.FAILED, e.getMessage());
        }
    }

    /** Skipped when a change it waits for failed or was skipped; otherwise executed. */
    private ChangeOutcome outcomeOf(ResourceChange change, List<ResourceChange> needs,
                                    Map<Address, ChangeOutcome> done) {
        for (ResourceChange other : needs) {
            ChangeOutcome before = done.get(other.address());
            if (before != null && before.failed()) {
                return new ChangeOutcome(change.address(), change.action(), Outcome.SKIPPED,
                        "skipped because " + other.address() + " failed");
            }
        }
        return execute(change);
    }

    private ChangeOutcome execute(ResourceChange change) {
        Map<String, String> known;
        try {
            known = lookUp(change);
        } catch (RateBudgetSpentException e) {
            throw e; // ends the apply here: this change and the rest are left for the next run
        } catch (RuntimeException e) {
            return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, e.getMessage());
        }
        String adopted = null;
        List<AssetUploader.Committed> committed = new ArrayList<>();
        for (ApiCall planned : change.calls()) {
            ApiCall call = planned;
            try {
                call = KnownAfterApply.resolve(IdReference.resolve(planned, createdIds), known);
                if (call.upload() != null) {
                    // A step of its own: reserve, upload, commit; its id is known by its ref. Processing is awaited
                    // for all the change's files at once, while the next file uploads.
                    if (uploader == null) {
                        throw new IllegalStateException("this apply cannot upload " + call.upload().file());
                    }
                    AssetUploader.Committed sent = uploader.send(call, secrets);
                    createdIds.put(Address.parse(call.upload().ref()), sent.id());
                    committed.add(sent);
                    continue;
                }
                if (!committed.isEmpty()) {
                    // A later call of the same change (a reorder) works on processed files.
                    uploader.awaitProcessing(committed);
                    committed.clear();
                }
                Document answer = client.execute(call, secrets);
                if (call.isCreate()) {
                    answer.single().ifPresent(created -> createdIds.putIfAbsent(change.address(), created.id()));
                }
            } catch (AmbiguousWriteException e) {
                String lost = "Apple's answer to " + call.method() + " " + call.path() + " was lost (" + e.getMessage()
                        + ")";
                if (createdIds.containsKey(change.address())) {
                    // Not the object's own create (that took, earlier in this change): a later write such as a price.
                    return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, lost + "; "
                            + change.address() + " itself was created, but whether this write took is unknown: the"
                            + " next plan shows what is still missing. Run plan again.");
                }
                if (change.adoption() == null) {
                    return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, lost + "; "
                            + change.kind() + " has no read to look for it, so whether " + change.address()
                            + " was created is unknown: the next plan shows it if it was. Run plan again.");
                }
                Optional<String> found;
                try {
                    found = lookFor(change.adoption()).map(Resource::id);
                } catch (RuntimeException unreadable) {
                    return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, lost + "; reading "
                            + change.adoption().listPath() + " to look for it failed too (" + unreadable.getMessage()
                            + "), so whether " + change.address() + " was created is unknown: the next plan shows it"
                            + " if it was. Run plan again.");
                }
                if (found.isPresent()) {
                    createdIds.putIfAbsent(change.address(), found.get());
                    adopted = "the create's answer was lost; found the object afterwards and adopted it";
                    continue;
                }
                return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, lost + " and "
                        + change.address() + " was not found afterwards in " + change.adoption().listPath()
                        + ", so it was not created; if it appears later, the next plan shows it. Run plan again.");
            } catch (AscApiException e) {
                if (e.status() == 409 && isAsDesired(call)) {
                    // Another run's write got there first: the object already holds what this one sends.
                    adopted = "already as desired: another run changed it";
                    continue;
                }
                if (!call.isCreate() || e.status() != 409 || createdIds.containsKey(change.address())) {
                    return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, e.getMessage());
                }
                if (change.adoption() == null) {
                    // Nothing to re-read: the kind has no list ascctl can find the object in by its natural key.
                    return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, e.getMessage()
                            + " If another run created " + change.address() + " meanwhile, run plan again: "
                            + change.kind() + " has no read ascctl can look it up with here, so it is not adopted.");
                }
                // Two applies racing: the other one created this object between our plan and our create.
                // If it now exists exactly as desired, the change is done; anything else is a stale plan.
                Optional<Resource> existing = find(change.adoption());
                if (existing.isPresent() && hasDesiredAttributes(existing.get(), call)) {
                    createdIds.putIfAbsent(change.address(), existing.get().id());
                    adopted = "adopted: created by another run";
                    continue;
                }
                boolean race = e.hasCode("STATE_ERROR") || e.errors().stream()
                        .anyMatch(err -> err.code().toUpperCase(java.util.Locale.ROOT).contains("DUPLICATE"));
                return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, race
                        ? e.getMessage() + " The object changed since the plan (another run may have made it"
                                + (existing.isPresent() ? " with other values" : "") + "); run plan again."
                        : e.getMessage());
            } catch (RateBudgetSpentException e) {
                throw e; // Apple will answer nothing more this hour: the apply ends, this change is left as it stands
            } catch (RuntimeException e) {
                return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, e.getMessage());
            }
        }
        if (!committed.isEmpty()) {
            unprocessed.put(change.address(), List.copyOf(committed));
        }
        return adopted != null
                ? new ChangeOutcome(change.address(), change.action(), Outcome.ADOPTED, adopted)
                : new ChangeOutcome(change.address(), change.action(), Outcome.APPLIED, null);
    }

    /**
     * The values the change's calls need that exist only now (its {@link KnownAfterApply} lookups), each read once
     * after the changes it waits for; nothing is written when one is not found.
     */
    private Map<String, String> lookUp(ResourceChange change) {
        Map<String, String> known = new HashMap<>();
        for (KnownAfterApply lookup : change.lookups()) {
            ApiQuery query = ApiQuery.of(KnownAfterApply.resolvePath(IdReference.resolvePath(lookup.path(), createdIds),
                    known));
            for (Map.Entry<String, String> param : lookup.params().entrySet()) {
                query = query.param(param.getKey(), param.getValue());
            }
            // Read once per apply: a new subscription's price and its offers in a territory need the same points
            // (a subscription's answer is about 200 KB), and they do not change while the apply runs.
            Document read = lookupReads.get(query);
            if (read == null) {
                read = client.getAll(query);
                lookupReads.putIfAbsent(query, read);
            }
            known.put(lookup.name(), lookup.find(read.data()));
        }
        return known;
    }

    /**
     * True when every attribute the create sends reads back equal. Secret values are skipped: Apple does not
     * return them (a demo password reads back empty), so they cannot be compared.
     */
    private static boolean hasDesiredAttributes(Resource existing, ApiCall create) {
        var desired = create.body().path("data").path("attributes");
        for (var field : desired.properties()) {
            if (create.secretPointers().contains("/data/attributes/" + field.getKey())) {
                continue;
            }
            if (!field.getValue().equals(existing.attributes().get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a PATCH of an object's attributes refused with 409: whether the object, read again, already holds every
     * value the PATCH sends (then the refusal changes nothing the plan wants). False when it cannot be read.
     */
    private boolean isAsDesired(ApiCall call) {
        if (!"PATCH".equals(call.method())) {
            return false;
        }
        var data = call.body().path("data");
        boolean compared = data.path("attributes").propertyNames().stream()
                .anyMatch(name -> !call.secretPointers().contains("/data/attributes/" + name));
        if (call.path().contains("/relationships/") || !compared
                || !data.path("relationships").isEmpty()) {
            return false; // nothing comparable: a secret reads back empty, a relationship is not read here
        }
        try {
            return client.get(ApiQuery.of(call.path())).single().map(r -> hasDesiredAttributes(r, call)).orElse(false);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The object a create may have made (its answer lost, or made by another run), if it exists. */
    private Optional<Resource> find(AdoptionCheck check) {
        try {
            return lookFor(check);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #find}, but a failed read throws: after a lost answer "not found" must mean not found. */
    private Optional<Resource> lookFor(AdoptionCheck check) {
        String path = IdReference.resolvePath(check.listPath(), createdIds);
        Document found;
        if (check.single()) {
            try {
                found = client.get(ApiQuery.of(path));
            } catch (dev.ascctl.asc.AscApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
                return Optional.empty(); // a to-one path answers 404 when there is nothing behind it
            }
        } else {
            found = client.getAll(ApiQuery.of(path).limit(200));
        }
        for (Resource r : found.data()) {
            var value = r.attributes().get(check.attribute());
            if (value != null && value.isString() && value.asString().equals(check.value())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** This apply's budget has no room for the next change: the apply ends there, cleanly. */
    private static final class BudgetStop extends RuntimeException {
        BudgetStop(String message) {
            super(message, null, false, false);
        }
    }
}
