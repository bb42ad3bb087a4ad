package dev.ascctl.resource.kinds;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import java.util.Objects;

/** An App Store version of an app, by version string: {@code app[x].version[2.4.0]}. */
public record VersionKey(String bundleId, String versionString) implements KindKey {
    public VersionKey {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(versionString, "versionString");
    }

    @Override
    public Address address() {
        return Address.app(bundleId).child("version", versionString);
    }
}
