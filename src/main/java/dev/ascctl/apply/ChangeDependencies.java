package dev.ascctl.apply;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KnownAfterApply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which changes of a plan wait for which, computed once per apply. A change waits for the changes of the objects it
 * lies inside (its parents), for those whose new ids its calls or its lookups ({@link KnownAfterApply}) use
 * ({@link IdReference}), and for those its plan lists in {@code runsAfter}. Each change's references are found once (its bodies serialized once) and the others
 * are looked up by address, so the cost grows with the number of changes, not with its square: comparing every pair
 * re-serialized the bodies N² times, which took most of a large apply's CPU (issue 12).
 */
final class ChangeDependencies {
    private final List<ResourceChange> changes;
    /** For each change (by index), the indexes of the changes it waits for, in plan order. */
    private final List<List<Integer>> needs;

    private ChangeDependencies(List<ResourceChange> changes, List<List<Integer>> needs) {
        this.changes = changes;
        this.needs = needs;
    }

    static ChangeDependencies of(List<ResourceChange> changes) {
        List<ResourceChange> all = List.copyOf(changes);
        Map<Address, Integer> byAddress = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (byAddress.putIfAbsent(all.get(i).address(), i) != null) {
                throw new IllegalArgumentException("the plan changes " + all.get(i).address() + " twice");
            }
        }
        List<List<Integer>> needs = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Set<Integer> mine = new LinkedHashSet<>();
            for (Address other : referencedAddresses(all.get(i))) {
                Integer index = byAddress.get(other);
                if (index != null && index != i) {
                    mine.add(index);
                }
            }
            needs.add(mine.stream().sorted().toList());
        }
        return new ChangeDependencies(all, needs);
    }

    /** Every address the change may wait for: its parents, its id references, its {@code runsAfter}. */
    private static Set<Address> referencedAddresses(ResourceChange change) {
        Set<Address> out = new LinkedHashSet<>();
        List<Address.Segment> segments = change.address().segments();
        for (int n = 1; n < segments.size(); n++) {
            out.add(new Address(segments.subList(0, n)));
        }
        out.addAll(change.runsAfter());
        for (ApiCall call : change.calls()) {
            out.addAll(IdReference.referencedBy(call));
        }
        for (KnownAfterApply lookup : change.lookups()) {
            out.addAll(IdReference.referencedBy(lookup.path()));
        }
        return out;
    }

    /** The changes {@code change} waits for. */
    List<ResourceChange> needs(int change) {
        return needs.get(change).stream().map(changes::get).toList();
    }

    List<ResourceChange> changes() {
        return changes;
    }

    /**
     * The changes in waves: a change is in the first wave after every wave holding a change it waits for; each
     * wave in plan order.
     *
     * @throws IllegalStateException when changes wait for each other in a circle
     */
    List<List<Integer>> waves() {
        int[] level = new int[changes.size()];
        boolean[] onPath = new boolean[changes.size()];
        int deepest = 0;
        for (int i = 0; i < changes.size(); i++) {
            deepest = Math.max(deepest, levelOf(i, level, onPath));
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int w = 0; w < deepest; w++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < changes.size(); i++) {
            out.get(level[i] - 1).add(i);
        }
        return out;
    }

    /** 1 for a change that waits for nothing, else one more than the deepest change it waits for; memoised. */
    private int levelOf(int i, int[] level, boolean[] onPath) {
        if (level[i] > 0) {
            return level[i];
        }
        if (onPath[i]) {
            throw new IllegalStateException("the plan's changes depend on each other in a circle: "
                    + changes.get(i).address());
        }
        onPath[i] = true;
        int deepest = 0;
        for (int other : needs.get(i)) {
            deepest = Math.max(deepest, levelOf(other, level, onPath));
        }
        onPath[i] = false;
        level[i] = deepest + 1;
        return level[i];
    }
}
