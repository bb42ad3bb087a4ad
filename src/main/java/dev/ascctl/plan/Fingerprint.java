package dev.ascctl.plan;

import dev.ascctl.resource.Address;
import java.util.Objects;

/**
 * What a live object looked like when the plan was made: a SHA-256 over its non-sensitive attributes, or
 * {@link #ABSENT} when it did not exist. Apply re-reads and refuses a stale plan.
 */
public record Fingerprint(Address address, String hash) {
    public static final String ABSENT = "absent";

    public Fingerprint {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(hash, "hash");
    }
}
