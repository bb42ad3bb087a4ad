package dev.ascctl.plan;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdAfterApply;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ManualStep;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.resource.ShowsEffect;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Writes;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The diff engine: desired objects against live objects, kind by kind, into a closed {@link Plan}. It knows no
 * kind by name; each {@link ResourceHandler} declares what it can do and builds its own API calls. It never
 * calls the network: the live state is read before.
 */
public final class Planner {
    private final ResourceKinds kinds;
    private final UnaryOperator<String> secrets;
    private final Clock clock;

    /**
     * @param secrets resolves a secret reference such as {@code ${env:ASC_DEMO_PASSWORD}} to its value, used
     *                only to compare with the live value; the value never enters the plan
     */
    public Planner(ResourceKinds kinds, UnaryOperator<String> secrets, Clock clock) {
        this.kinds = kinds;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Plan plan(Store store, LiveState live, PlanOptions options) {
        IgnoreRules ignore = new IgnoreRules(store.policy().ignore());
        List<ResourceChange> changes = new ArrayList<>();
        List<BlockedChange> blocked = new ArrayList<>();
        List<Fingerprint> fingerprints = new ArrayList<>();
        List<ManualStep> manualSteps = new ArrayList<>();
        List<AppSpec> apps = store.apps().stream().filter(a -> options.coversApp(a.bundleId())).toList();
        // The kinds with a fingerprinted object, per app: what apply reads again for its stale check.
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        for (ResourceHandler<?> handler : kinds.handlers()) {
            for (AppSpec app : apps) {
                LiveApp liveApp = live.app(app.bundleId()).orElseThrow(
                        () -> new IllegalStateException("no live state read for " + app.bundleId()));
                int before = fingerprints.size();
                new KindDiff<>(handler, app, liveApp, store, ignore, options, changes, blocked, fingerprints).run();
                if (fingerprints.size() > before) {
                    touched.computeIfAbsent(app.bundleId(), b -> new LinkedHashSet<>())
                            .add(handler.spec().name());
                }
                handler.manualSteps(liveApp, app).stream()
                        .filter(step -> options.selects(step.address()))
                        .forEach(manualSteps::add);
            }
        }
        changes = withAppWideWaits(changes, store);
        // Each distinct query of the values known after apply is one read in apply (apply reads each once).
        int writes = changes.stream().flatMap(c -> c.calls().stream()).mapToInt(dev.ascctl.asc.ApiCall::requestCount).sum()
                + (int) changes.stream().flatMap(c -> c.lookups().stream()).map(KnownAfterApply::query).distinct().count();
        List<Reread> rereads = new ArrayList<>();
        // Stored in the apps' order, so a plan's file does not depend on the order kinds were diffed in.
        apps.stream().filter(a -> touched.containsKey(a.bundleId())).forEach(a -> rereads.add(
                reread(a, live.app(a.bundleId()).orElseThrow(), touched.get(a.bundleId()))));
        int rereadRequests = changes.isEmpty() ? 0 : Math.min(live.requestsUsed(), 1 + 2 * rereads.size()
                + rereads.stream().mapToInt(r -> r.reads() != null ? r.reads().size()
                        : live.app(r.bundleId()).map(LiveApp::extraReadCount).orElse(0)).sum());
        return new Plan(Plan.FORMAT_VERSION, clock.instant(), StoreHash.of(store, kinds),
                apps.stream().map(AppSpec::bundleId).toList(), changes, blocked, fingerprints,
                live.requestsUsed(), writes + rereadRequests, manualSteps, rereads);
    }

    /**
     * A change of a kind that runs after its app's other changes ({@code KindSpec.afterAppChanges}) is made to wait,
     * explicitly, for every other change of the same app, except others of such kinds (they keep their own order).
     * The waits are written into the plan, so a saved plan is applied in the same order.
     */
    private List<ResourceChange> withAppWideWaits(List<ResourceChange> changes, Store store) {
        List<ResourceChange> out = new ArrayList<>(changes.size());
        for (ResourceChange change : changes) {
            if (!runsLast(change)) {
                out.add(change);
                continue;
            }
            Address app = store.apps().stream().map(a -> Address.app(a.bundleId()))
                    .filter(change.address()::isWithin).findFirst().orElse(null);
            List<Address> before = changes.stream()
                    .filter(other -> other != change && !runsLast(other))
                    .filter(other -> app != null && other.address().isWithin(app))
                    .map(ResourceChange::address).toList();
            out.add(change.runningAfter(before));
        }
        return out;
    }

    private boolean runsLast(ResourceChange change) {
        return kinds.byName(change.kind()).map(h -> h.spec().afterAppChanges()).orElse(false);
    }

    /**
     * What apply reads again of one app for its stale check: the touched kinds and exactly the reads their live objects
     * were made from, watched as the kinds look them up (all of the app's reads when a kind looks at a whole path).
     */
    private Reread reread(AppSpec app, LiveApp liveApp, Set<String> kindNames) {
        Map<String, Boolean> seen = new ConcurrentHashMap<>();
        LiveApp watched = liveApp.watched((key, read) -> seen.merge(key, read, Boolean::logicalOr));
        for (ResourceHandler<?> handler : kinds.handlers()) {
            if (kindNames.contains(handler.spec().name())) {
                handler.live(watched, app);
            }
        }
        if (seen.keySet().stream().anyMatch(key -> key.startsWith(LiveApp.ANY_AT))) {
            return new Reread(app.bundleId(), List.copyOf(kindNames));
        }
        List<SavedRead> reads = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        seen.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (e.getValue()) {
                reads.add(SavedRead.of(liveApp.readQuery(e.getKey()).orElseThrow()));
            } else {
                unread.add(e.getKey());
            }
        });
        return new Reread(app.bundleId(), List.copyOf(kindNames), reads, unread);
    }

    /**
     * The fingerprints of the saved plan's touched kinds in its touched apps, from a read of exactly the reads the plan
     * recorded ({@link Reread#reads}); empty when a kind now looks up a read the plan did not record (the live state
     * moved so that it needs others), and then only a full read of the apps can tell.
     */
    public Optional<Map<String, String>> fingerprints(Store store, LiveState live, List<Reread> rereads) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Reread reread : rereads) {
            AppSpec app = store.apps().stream().filter(a -> a.bundleId().equals(reread.bundleId())).findFirst()
                    .orElse(null);
            Optional<LiveApp> liveApp = live.app(reread.bundleId());
            if (app == null || liveApp.isEmpty() || reread.reads() == null) {
                return Optional.empty();
            }
            Set<String> planned = new HashSet<>(reread.unread());
            AtomicBoolean unforeseen = new AtomicBoolean();
            LiveApp watched = liveApp.get().watched((key, read) -> {
                if (!read && !planned.contains(key)) {
                    unforeseen.set(true);
                }
            });
            for (ResourceHandler<?> handler : kinds.handlers()) {
                if (reread.kinds().contains(handler.spec().name())) {
                    for (LiveObject<?> object : handler.live(watched, app)) {
                        out.put(object.address().value(), Fingerprints.of(object, sensitiveOf(handler, app, object)));
                    }
                }
            }
            if (unforeseen.get()) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** The fingerprint of every live object the store's kinds see, keyed by address (for apply's stale check). */
    public Map<String, String> fingerprints(Store store, LiveState live) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ResourceHandler<?> handler : kinds.handlers()) {
            for (AppSpec app : store.apps()) {
                live.app(app.bundleId()).ifPresent(liveApp -> {
                    for (LiveObject<?> object : handler.live(liveApp, app)) {
                        out.put(object.address().value(), Fingerprints.of(object, sensitiveOf(handler, app, object)));
                    }
                });
            }
        }
        return out;
    }

    private static <K extends KindKey> Set<String> sensitiveOf(ResourceHandler<K> handler, AppSpec app, LiveObject<?> object) {
        return handler.desired(app).stream().filter(d -> d.address().equals(object.address()))
                .findFirst().map(DesiredObject::sensitive).orElse(Set.of());
    }

    /** The diff of one kind for one app. */
    private final class KindDiff<K extends KindKey> {
        private final ResourceHandler<K> handler;
        // What the kind can do, detected once from the capabilities it implements; null when it cannot.
        private final Creatable<K> creatable;
        private final Updatable<K> updatable;
        private final Deletable<K> deletable;
        private final ShowsEffect<K> showsEffect;
        private final AppSpec app;
        private final LiveApp liveApp;
        private final Store store;
        private final IgnoreRules ignore;
        private final PlanOptions options;
        private final List<ResourceChange> changes;
        private final List<BlockedChange> blocked;
        private final List<Fingerprint> fingerprints;

        KindDiff(ResourceHandler<K> handler, AppSpec app, LiveApp liveApp, Store store, IgnoreRules ignore,
                 PlanOptions options, List<ResourceChange> changes, List<BlockedChange> blocked,
                 List<Fingerprint> fingerprints) {
            this.handler = handler;
            this.creatable = handler instanceof Creatable<K> c ? c : null;
            this.updatable = handler instanceof Updatable<K> u ? u : null;
            this.deletable = handler instanceof Deletable<K> d ? d : null;
            this.showsEffect = handler instanceof ShowsEffect<K> e ? e : null;
            this.app = app;
            this.liveApp = liveApp;
            this.store = store;
            this.ignore = ignore;
            this.options = options;
            this.changes = changes;
            this.blocked = blocked;
            this.fingerprints = fingerprints;
        }

        void run() {
            Map<String, LiveObject<K>> liveByAddress = new LinkedHashMap<>();
            for (LiveObject<K> object : handler.live(liveApp, app)) {
                liveByAddress.put(object.address().value(), object);
            }
            for (DesiredObject<K> desired : handler.desired(app)) {
                if (!options.selects(desired.address())) {
                    liveByAddress.remove(desired.address().value());
                    continue;
                }
                LiveObject<K> live = liveByAddress.remove(desired.address().value());
                DesiredObject<K> managed = withoutIgnored(desired);
                if (live == null) {
                    planCreate(managed);
                } else {
                    planUpdate(managed, live);
                }
            }
            for (LiveObject<K> orphan : liveByAddress.values()) {
                if (options.selects(orphan.address())) {
                    planDelete(orphan);
                }
            }
        }

        private DesiredObject<K> withoutIgnored(DesiredObject<K> desired) {
            Map<String, JsonNode> kept = new LinkedHashMap<>();
            desired.attributes().forEach((name, value) -> {
                if (!ignore.ignores(desired.storePath(), name)) {
                    kept.put(name, value);
                }
            });
            return desired.withAttributes(kept);
        }

        private void planCreate(DesiredObject<K> desired) {
            if (desired.attributes().isEmpty()) {
                return;
            }
            Optional<String> refusal = handler.createRefusal(desired, liveApp).or(() -> creatable != null
                    ? Optional.empty()
                    : Optional.of(handler.spec().name() + " objects cannot be created through Apple's API"));
            if (refusal.isPresent()) {
                blocked.add(new BlockedChange(desired.address(), desired.kind(), refusal.get(),
                        additions(desired, desired.attributes())));
                return;
            }
            Map<String, JsonNode> sendable = new LinkedHashMap<>();
            Map<String, JsonNode> refused = new LinkedHashMap<>();
            String refusedReason = null;
            for (var entry : desired.attributes().entrySet()) {
                Optional<String> why = handler.attributeRefusal(entry.getKey(), desired, liveApp);
                if (why.isPresent() && !isEmpty(entry.getValue())) {
                    refused.put(entry.getKey(), entry.getValue());
                    refusedReason = why.get();
                } else if (why.isEmpty()) {
                    sendable.put(entry.getKey(), entry.getValue());
                }
            }
            if (!refused.isEmpty()) {
                blocked.add(new BlockedChange(desired.address(), desired.kind(), refusedReason,
                        additions(desired, refused)));
            }
            DesiredObject<K> toCreate = desired.withAttributes(sendable);
            Writes writes = creatable.createWrites(toCreate, liveApp);
            changes.add(withEffect(new ResourceChange(desired.address(), desired.kind(), Action.CREATE, null,
                    additions(desired, sendable), 0, writes.calls(),
                    creatable.adoptionCheck(desired, liveApp).orElse(null), writes.runsAfter(), writes.lookups()),
                    toCreate));
            fingerprints.add(new Fingerprint(desired.address(), Fingerprint.ABSENT));
        }

        private void planUpdate(DesiredObject<K> desired, LiveObject<K> live) {
            Map<String, JsonNode> changed = new LinkedHashMap<>();
            List<AttributeChange> shown = new ArrayList<>();
            Map<String, List<AttributeChange>> refusedByReason = new LinkedHashMap<>();
            int unchanged = 0;
            for (var entry : desired.attributes().entrySet()) {
                String name = entry.getKey();
                boolean sensitive = desired.sensitive().contains(name);
                JsonNode wanted = sensitive ? resolved(entry.getValue()) : entry.getValue();
                JsonNode current = live.attributes().get(name);
                if (handler.sameValue(name, wanted, current)) {
                    unchanged++;
                    continue;
                }
                // Shown as the declaration says (a price map's unlisted territories are not the YAML's business).
                JsonNode before = handler.attribute(name).map(a -> a.shownLive(wanted, current)).orElse(current);
                AttributeChange change = new AttributeChange(name, before, entry.getValue(), sensitive);
                Optional<String> why = handler.attributeRefusal(name, desired, liveApp)
                        .or(() -> handler.attribute(name).flatMap(dev.ascctl.resource.AttributeSpec::changeRefusal));
                if (why.isPresent()) {
                    refusedByReason.computeIfAbsent(why.get(), k -> new ArrayList<>()).add(change);
                } else {
                    changed.put(name, entry.getValue());
                    shown.add(change);
                }
            }
            refusedByReason.forEach((reason, list) ->
                    blocked.add(new BlockedChange(desired.address(), desired.kind(), reason, list)));
            if (changed.isEmpty()) {
                return;
            }
            boolean replace = forcesReplacement(changed.keySet());
            if (live.blockedReason() != null || (!replace && updatable == null)) {
                String reason = live.blockedReason() != null ? live.blockedReason()
                        : handler.spec().name() + " objects cannot be changed through Apple's API";
                blocked.add(new BlockedChange(desired.address(), desired.kind(), reason, shown));
                return;
            }
            fingerprints.add(new Fingerprint(live.address(), Fingerprints.of(live, desired.sensitive())));
            if (replace) {
                // Apple cannot change these in place: the plan shows the destroy, and apply deletes, then creates.
                List<dev.ascctl.asc.ApiCall> calls = new ArrayList<>(deletable.delete(live, liveApp));
                Writes writes = creatable.createWrites(desired, liveApp);
                calls.addAll(writes.calls());
                List<AttributeChange> marked = shown.stream().map(a -> requiresReplace(a.name())
                        ? a.forcingReplacement() : a).toList();
                changes.add(withEffect(new ResourceChange(desired.address(), desired.kind(), Action.REPLACE, null,
                        marked, unchanged, calls, creatable.adoptionCheck(desired, liveApp).orElse(null),
                        concat(writes.runsAfter(), live, IdAfterApply::runsAfter),
                        concat(writes.lookups(), live, IdAfterApply::lookups)), desired));
                return;
            }
            changes.add(withEffect(new ResourceChange(desired.address(), desired.kind(), Action.UPDATE, null, shown,
                    unchanged, updatable.update(desired, live, changed, liveApp), null, concat(List.of(), live,
                    IdAfterApply::runsAfter), concat(List.of(), live, IdAfterApply::lookups)), desired));
        }

        /** The change with the kind's table of its effect under it, when the kind shows one ({@link ShowsEffect}). */
        private ResourceChange withEffect(ResourceChange change, DesiredObject<K> desired) {
            return showsEffect == null ? change
                    : showsEffect.effect(desired, liveApp).map(change::withEffect).orElse(change);
        }

        /** {@code first}, then what a copy Apple makes in this apply needs to be found ({@link IdAfterApply}). */
        private static <T> List<T> concat(List<T> first, LiveObject<?> live,
                                          Function<IdAfterApply, List<T>> ofCopy) {
            if (live.idAfterApply() == null) {
                return first;
            }
            List<T> out = new ArrayList<>(ofCopy.apply(live.idAfterApply()));
            first.stream().filter(t -> !out.contains(t)).forEach(out::add);
            return out;
        }

        /** A change of an attribute the kind declares {@code requiresReplace}, on a kind that can delete and create. */
        private boolean forcesReplacement(Set<String> changed) {
            return creatable != null && deletable != null
                    && changed.stream().anyMatch(this::requiresReplace);
        }

        private boolean requiresReplace(String attribute) {
            return handler.attribute(attribute).map(dev.ascctl.resource.AttributeSpec::requiresReplace).orElse(false);
        }

        private void planDelete(LiveObject<K> live) {
            String pruneKey = handler.spec().pruneKey();
            Optional<String> asked = deletable == null ? Optional.empty() : deletable.removalAsked(live, app);
            if (asked.isEmpty()
                    && (pruneKey == null || deletable == null || !store.policy().prune().getOrDefault(pruneKey, false))) {
                return; // not in the YAML and not pruned: left alone (DESIGN 1.2)
            }
            List<AttributeChange> removed = new ArrayList<>();
            live.attributes().forEach((name, value) -> {
                if (!isEmpty(value)) {
                    removed.add(new AttributeChange(name, value, null, false));
                }
            });
            Optional<String> refusal = deletable.deleteRefusal(live, app);
            if (refusal.isEmpty() && live.blockedReason() != null) {
                refusal = Optional.of(live.blockedReason());
            }
            if (refusal.isPresent()) {
                blocked.add(new BlockedChange(live.address(), live.kind(), "not deleted: " + refusal.get(), List.of()));
                return;
            }
            changes.add(new ResourceChange(live.address(), live.kind(), Action.DELETE,
                    asked.orElse("it is not in the store and pruning is on for " + pruneKey), removed, 0,
                    deletable.delete(live, liveApp), null, concat(List.of(), live, IdAfterApply::runsAfter),
                    concat(List.of(), live, IdAfterApply::lookups)));
            fingerprints.add(new Fingerprint(live.address(), Fingerprints.of(live, Set.of())));
        }

        private List<AttributeChange> additions(DesiredObject<K> desired, Map<String, JsonNode> attributes) {
            List<AttributeChange> out = new ArrayList<>();
            attributes.forEach((name, value) ->
                    out.add(new AttributeChange(name, null, value, desired.sensitive().contains(name))));
            return out;
        }

        private JsonNode resolved(JsonNode reference) {
            if (reference == null || !reference.isString()) {
                return reference;
            }
            return StringNode.valueOf(secrets.apply(reference.asString()));
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
