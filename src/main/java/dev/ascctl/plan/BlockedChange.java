package dev.ascctl.plan;

import dev.ascctl.resource.Address;
import java.util.List;
import java.util.Objects;

/**
 * A difference that cannot be applied now, listed apart with the reason (e.g. the version is in review, or
 * Apple refuses whatsNew on a first version). Apply never sends it.
 */
public record BlockedChange(Address address, String kind, String reason, List<AttributeChange> attributes) {
    public BlockedChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reason, "reason");
        attributes = List.copyOf(attributes);
    }
}
