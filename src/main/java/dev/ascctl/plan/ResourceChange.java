package dev.ascctl.plan;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import java.util.List;
import java.util.Objects;

/**
 * One planned change of one object, with the exact API calls apply will send (apply never re-decides).
 *
 * @param address             the object
 * @param kind                the resource kind's name
 * @param action              what happens to it
 * @param reason              why, for deletes and replaces (e.g. "pruning is on for locales"), or null
 * @param attributes          the changed attributes only
 * @param unchangedAttributes how many managed attributes are already as desired (shown as a count)
 * @param calls               the writes, in order
 * @param adoption            how to find the object if a create's outcome is unknown, or null
 * @param runsAfter           other changes of this plan that must finish first, beyond address nesting and id
 *                            references (set by the planner from {@link dev.ascctl.resource.KindSpec#afterAppChanges()});
 *                            empty for most changes, and for plan files written before it existed
 */
public record ResourceChange(Address address, String kind, Action action, String reason,
                             List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                             AdoptionCheck adoption, List<Address> runsAfter) {
    /** A change ordered only by address nesting and id references. */
    public ResourceChange(Address address, String kind, Action action, String reason,
                          List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                          AdoptionCheck adoption) {
        this(address, kind, action, reason, attributes, unchangedAttributes, calls, adoption, List.of());
    }

    public ResourceChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        attributes = List.copyOf(attributes);
        calls = List.copyOf(calls);
        runsAfter = runsAfter == null ? List.of() : List.copyOf(runsAfter);
        if (unchangedAttributes < 0) {
            throw new IllegalArgumentException("unchangedAttributes < 0");
        }
        if (runsAfter.contains(address)) {
            throw new IllegalArgumentException(address + " cannot run after itself");
        }
    }

    /** The same change, waiting also for {@code others}. */
    public ResourceChange runningAfter(List<Address> others) {
        return new ResourceChange(address, kind, action, reason, attributes, unchangedAttributes, calls, adoption,
                others);
    }
}
