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
 */
public record ResourceChange(Address address, String kind, Action action, String reason,
                             List<AttributeChange> attributes, int unchangedAttributes, List<ApiCall> calls,
                             AdoptionCheck adoption) {
    public ResourceChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        attributes = List.copyOf(attributes);
        calls = List.copyOf(calls);
        if (unchangedAttributes < 0) {
            throw new IllegalArgumentException("unchangedAttributes < 0");
        }
    }
}
