package dev.ascctl.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.EffectTable;
import dev.ascctl.resource.KnownAfterApply;
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
 *                            references (set by the planner from {@link dev.ascctl.resource.KindSpec#afterAppChanges()}
 *                            and from a create's {@link dev.ascctl.resource.Writes#runsAfter()});
 *                            empty for most changes, and for plan files written before it existed
 * @param lookups             the values the calls need that exist only after earlier writes of the same apply
 *                            ({@link KnownAfterApply}), each used by a {@code {{after:NAME}}} in the calls; empty for
 *                            most changes, and then left out of the plan file, so files without them read as before
 * @param effect              what the change does beyond its attributes, shown under it ({@link EffectTable}), or null
 */
public record ResourceChange(Address address, String kind, Action action, String reason,
                             List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                             AdoptionCheck adoption, List<Address> runsAfter,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KnownAfterApply> lookups,
                             @JsonInclude(JsonInclude.Include.NON_NULL) EffectTable effect) {
    /** A change with no effect table. */
    public ResourceChange(Address address, String kind, Action action, String reason,
                          List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                          AdoptionCheck adoption, List<Address> runsAfter, List<KnownAfterApply> lookups) {
        this(address, kind, action, reason, attributes, unchangedAttributes, calls, adoption, runsAfter, lookups, null);
    }

    /** A change ordered only by address nesting and id references. */
    public ResourceChange(Address address, String kind, Action action, String reason,
                          List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                          AdoptionCheck adoption) {
        this(address, kind, action, reason, attributes, unchangedAttributes, calls, adoption, List.of(), List.of());
    }

    /** A change whose values are all known at plan time. */
    public ResourceChange(Address address, String kind, Action action, String reason,
                          List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                          AdoptionCheck adoption, List<Address> runsAfter) {
        this(address, kind, action, reason, attributes, unchangedAttributes, calls, adoption, runsAfter, List.of());
    }

    public ResourceChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        attributes = List.copyOf(attributes);
        calls = List.copyOf(calls);
        runsAfter = runsAfter == null ? List.of() : List.copyOf(runsAfter);
        lookups = lookups == null ? List.of() : List.copyOf(lookups);
        KnownAfterApply.requireMatching(calls, lookups);
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
                others, lookups, effect);
    }

    /** The same change, showing {@code table} under it. */
    public ResourceChange withEffect(EffectTable table) {
        return new ResourceChange(address, kind, action, reason, attributes, unchangedAttributes, calls, adoption,
                runsAfter, lookups, table);
    }
}
