package dev.ascctl.resource.kinds;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import java.util.Objects;

/**
 * The one object of a kind that its parent has, e.g. {@code app[x].ageRating} or {@code ...version[2.4].build}.
 *
 * @param parent the object it belongs to
 * @param part   the kind's segment name, a constant of the kind
 */
public record PartKey<P extends KindKey>(P parent, String part) implements KindKey {
    public PartKey {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(part, "part");
    }

    @Override
    public Address address() {
        return parent.address().child(part);
    }
}
