package dev.ascctl.apply;

import dev.ascctl.plan.Fingerprint;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.Planner;
import dev.ascctl.plan.StoreHash;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Before a saved plan is applied: the store must be the one it was made from, and every live object it touches
 * must look as it did then (DESIGN 2: {@code Saved plan is stale}, exit 1, no write).
 */
public final class StaleCheck {
    private StaleCheck() {
    }

    public static void verify(Plan plan, Store store, LiveState live, Planner planner, ResourceKinds kinds) {
        List<String> reasons = new ArrayList<>();
        if (!plan.storeHash().equals(StoreHash.of(store, kinds))) {
            reasons.add("the store's YAML changed since the plan was made");
        }
        java.util.Set<String> fingerprinted = new java.util.HashSet<>();
        plan.fingerprints().forEach(f -> fingerprinted.add(f.address().value()));
        for (var change : plan.changes()) {
            // Every change to an existing object was planned against a fingerprint of it; one without cannot be
            // checked for staleness, so it is refused rather than applied blind.
            if (change.action() != dev.ascctl.plan.Action.CREATE && !fingerprinted.contains(change.address().value())) {
                reasons.add(change.address() + " has no fingerprint in the plan, so whether it changed cannot be told");
            }
        }
        Map<String, String> now = planner.fingerprints(store, live);
        for (Fingerprint then : plan.fingerprints()) {
            String current = now.getOrDefault(then.address().value(), Fingerprint.ABSENT);
            if (!current.equals(then.hash())) {
                reasons.add(then.address() + (then.hash().equals(Fingerprint.ABSENT) ? " was created"
                        : current.equals(Fingerprint.ABSENT) ? " was deleted" : " changed") + " in App Store Connect");
            }
        }
        if (!reasons.isEmpty()) {
            throw new StalePlanException(reasons);
        }
    }
}
