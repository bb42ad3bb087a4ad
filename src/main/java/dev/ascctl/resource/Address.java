package dev.ascctl.resource;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable, readable name of one managed object, used in plan output, {@code --target} and saved plans.
 *
 * <pre>
 * app[com.example.notes]
 * app[com.example.notes].ageRating
 * app[com.example.notes].locale[de-DE].info
 * app[com.example.notes].version[2.4.0].locale[de-DE]
 * </pre>
 */
public record Address(String value) implements Comparable<Address> {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z]+(\\[[^\\[\\]]+])?(\\.[A-Za-z]+(\\[[^\\[\\]]+])?)*");

    public Address {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a resource address: '" + value
                    + "' (expected e.g. app[com.example.notes].locale[de-DE].info)");
        }
    }

    /** Parses a user-given address ({@code --target}); throws IllegalArgumentException with a readable message. */
    public static Address parse(String text) {
        return new Address(text.trim());
    }

    public static Address app(String bundleId) {
        return new Address("app[" + bundleId + "]");
    }

    /** A child without a key, e.g. {@code .ageRating}. */
    public Address child(String name) {
        return new Address(value + "." + name);
    }

    /** A child with a key, e.g. {@code .locale[de-DE]}. */
    public Address child(String name, String key) {
        return new Address(value + "." + name + "[" + key + "]");
    }

    /** True when this address is {@code other} or lies inside it ({@code --target app[x]} selects all of app x). */
    public boolean isWithin(Address other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    @Override
    public int compareTo(Address o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
