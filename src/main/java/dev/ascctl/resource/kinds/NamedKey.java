package dev.ascctl.resource.kinds;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import java.util.Objects;

/**
 * One of the objects of a kind its parent has one per name of, e.g. {@code app[x].accessibility[IPHONE]}.
 *
 * @param parent  the object it belongs to
 * @param segment the kind's segment name, a constant of the kind
 * @param name    what tells it from its siblings (a device family, ...)
 */
public record NamedKey<P extends KindKey>(P parent, String segment, String name) implements KindKey {
    public NamedKey {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Address address() {
        return parent.address().child(segment, name);
    }
}
