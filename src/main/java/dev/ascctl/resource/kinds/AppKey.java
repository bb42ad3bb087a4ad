package dev.ascctl.resource.kinds;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import java.util.Objects;

/** An app, by bundle id: {@code app[com.example.notes]}. */
public record AppKey(String bundleId) implements KindKey {
    public AppKey {
        Objects.requireNonNull(bundleId, "bundleId");
    }

    @Override
    public Address address() {
        return Address.app(bundleId);
    }
}
