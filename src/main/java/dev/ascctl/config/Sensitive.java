package dev.ascctl.config;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A secret (private key, JWT, password) that never shows itself by accident: {@link #toString()} is
 * {@code (sensitive value)}, so it is safe inside records, log lines and exception messages.
 * Call {@link #reveal()} only at the one place that really needs the text.
 */
public final class Sensitive {
    /** What every secret prints as. */
    public static final String MASK = "(sensitive value)";

    private final String value;

    private Sensitive(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps a secret; the text must not be null. */
    public static Sensitive of(String value) {
        return new Sensitive(value);
    }

    /** The secret text itself. Never log or print it. */
    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        // Constant-time comparison: equality checks on secrets should not leak timing.
        return o instanceof Sensitive other && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0x5EC; // deliberately constant: a hash of the secret is itself a small leak
    }

    @Override
    public String toString() {
        return MASK;
    }
}
