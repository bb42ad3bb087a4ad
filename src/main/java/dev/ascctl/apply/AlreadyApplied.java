package dev.ascctl.apply;

import dev.ascctl.resource.Address;
import java.util.Map;
import java.util.Set;

/**
 * Changes of a saved plan that another run made since the plan was made: their objects changed in App Store Connect,
 * but into exactly what the plan wants (two CI jobs applying the same plan, one after the other). Apply counts them as
 * done ({@link Outcome#ADOPTED}) instead of refusing the plan as stale or sending the writes again.
 *
 * @param addresses the changes' addresses
 * @param liveIds   the ids their objects have now (a deleted one has none), for later changes that use them
 */
public record AlreadyApplied(Set<Address> addresses, Map<Address, String> liveIds) {
    public static final AlreadyApplied NONE = new AlreadyApplied(Set.of(), Map.of());

    public AlreadyApplied {
        addresses = Set.copyOf(addresses);
        liveIds = Map.copyOf(liveIds);
    }

    public boolean contains(Address address) {
        return addresses.contains(address);
    }
}
