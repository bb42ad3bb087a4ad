package dev.ascctl.apply;

import dev.ascctl.plan.Fingerprint;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.Planner;
import dev.ascctl.plan.StoreHash;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.store.Store;
import dev.ascctl.plan.Action;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Before a saved plan is applied: the store must be the one it was made from, and every live object it touches
 * must look as it did then (DESIGN 2: {@code Saved plan is stale}, exit 1, no write). An object that changed into
 * exactly what the plan wants is not stale: another run applied that change (issue 21 scope 8), so it is done.
 */
public final class StaleCheck {
    private StaleCheck() {
    }

    /** Throws {@link StalePlanException} if the plan is stale; otherwise says which changes are done already. */
    public static AlreadyApplied verify(Plan plan, Store store, LiveState live, Planner planner, ResourceKinds kinds) {
        return verify(plan, store, live, planner.fingerprints(store, live), planner, kinds);
    }

    /** The same, with the live objects' fingerprints as they are now already computed ({@code now}, by address). */
    public static AlreadyApplied verify(Plan plan, Store store, LiveState live, Map<String, String> now,
                                        Planner planner, ResourceKinds kinds) {
        List<String> reasons = new ArrayList<>();
        if (!plan.storeHash().equals(StoreHash.of(store, kinds))) {
            reasons.add("the store's YAML changed since the plan was made");
        }
        Set<String> fingerprinted = new HashSet<>();
        plan.fingerprints().forEach(f -> fingerprinted.add(f.address().value()));
        for (var change : plan.changes()) {
            // Every change to an existing object was planned against a fingerprint of it; one without cannot be
            // checked for staleness, so it is refused rather than applied blind.
            if (change.action() != Action.CREATE && !fingerprinted.contains(change.address().value())) {
                reasons.add(change.address() + " has no fingerprint in the plan, so whether it changed cannot be told");
            }
        }
        List<Fingerprint> changed = new ArrayList<>();
        for (Fingerprint then : plan.fingerprints()) {
            if (!now.getOrDefault(then.address().value(), Fingerprint.ABSENT).equals(then.hash())) {
                changed.add(then);
            }
        }
        Set<Address> done = new HashSet<>();
        boolean anyRead = store.apps().stream().anyMatch(a -> live.app(a.bundleId()).isPresent());
        if (!changed.isEmpty() && reasons.isEmpty() && anyRead) {
            // What is still to do now, for the apps read again: an object that changed but needs nothing any more
            // (no change, nothing newly blocked) is as the plan wants it. The store is the plan's (hash checked above).
            List<Address> apps = store.apps().stream().map(AppSpec::bundleId)
                    .filter(b -> live.app(b).isPresent()).map(Address::app).toList();
            Plan fresh = planner.plan(store, live, new PlanOptions(apps));
            Set<Address> pending = new HashSet<>();
            fresh.changes().forEach(c -> pending.add(c.address()));
            // A difference blocked now but not when the plan was made (as the first version's whatsNew stays
            // blocked) is one the other run left: not as the plan wants.
            fresh.blocked().stream().filter(b -> !plan.blocked().contains(b)).forEach(b -> pending.add(b.address()));
            Set<Address> planned = new HashSet<>();
            plan.changes().forEach(c -> planned.add(c.address()));
            for (Fingerprint then : changed) {
                if (planned.contains(then.address()) && !pending.contains(then.address())) {
                    done.add(then.address());
                }
            }
        }
        for (Fingerprint then : changed) {
            if (done.contains(then.address())) {
                continue;
            }
            String current = now.getOrDefault(then.address().value(), Fingerprint.ABSENT);
            reasons.add(then.address() + (then.hash().equals(Fingerprint.ABSENT) ? " was created"
                    : current.equals(Fingerprint.ABSENT) ? " was deleted" : " changed") + " in App Store Connect"
                    + " (by someone else, and not into what this plan wants)");
        }
        if (!reasons.isEmpty()) {
            throw new StalePlanException(reasons);
        }
        return new AlreadyApplied(done, liveIds(done, store, live, kinds));
    }

    /** The ids the done objects have now, so later changes that refer to a created one find it. */
    private static Map<Address, String> liveIds(Set<Address> done, Store store, LiveState live, ResourceKinds kinds) {
        Map<Address, String> ids = new HashMap<>();
        if (done.isEmpty()) {
            return ids;
        }
        for (ResourceHandler<?> handler : kinds.handlers()) {
            for (AppSpec app : store.apps()) {
                live.app(app.bundleId()).ifPresent(liveApp -> handler.live(liveApp, app).stream()
                        .filter(o -> done.contains(o.address()) && o.id() != null)
                        .forEach(o -> ids.put(o.address(), o.id())));
            }
        }
        return ids;
    }
}
