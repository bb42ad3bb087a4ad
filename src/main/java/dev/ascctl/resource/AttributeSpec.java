package dev.ascctl.resource;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One attribute of a kind, declared once with the rules the engine derives behaviour from: equality
 * ({@link #same}), refusals ({@link #immutableReason}), and {@code -/+} replacement ({@link #requiresReplace}).
 * Start with {@link #of} and add rules: {@code AttributeSpec.of("offerMode").replacing()}.
 *
 * @param name            Apple's attribute name (the desired and live objects' vocabulary)
 * @param decimal         a number written as text: "5", "5.0" and "5.00" are the same value
 * @param requiresReplace Apple cannot change it in place: a change destroys the object and creates it anew
 * @param immutableReason why Apple never changes it on an existing object (the change is refused, never sent),
 *                        or {@code null}
 */
public record AttributeSpec(String name, boolean decimal, boolean requiresReplace, String immutableReason) {
    public AttributeSpec {
        Objects.requireNonNull(name, "name");
        if (requiresReplace && immutableReason != null) {
            throw new IllegalArgumentException(name + ": an attribute is either replaced or refused, not both");
        }
    }

    public static AttributeSpec of(String name) {
        return new AttributeSpec(name, false, false, null);
    }

    /** Compared as a decimal number. */
    public AttributeSpec asDecimal() {
        return new AttributeSpec(name, true, requiresReplace, immutableReason);
    }

    /** A change replaces the object (delete, then create). */
    public AttributeSpec replacing() {
        return new AttributeSpec(name, decimal, true, immutableReason);
    }

    /** A change of an existing object is refused, for this reason. */
    public AttributeSpec immutable(String reason) {
        return new AttributeSpec(name, decimal, requiresReplace, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the desired and live values mean the same. */
    public boolean same(JsonNode desired, JsonNode live) {
        if (decimal && desired != null && live != null && isNumeric(desired) && isNumeric(live)) {
            return new BigDecimal(desired.asString()).compareTo(new BigDecimal(live.asString())) == 0;
        }
        return Values.same(desired, live);
    }

    /** Why a change of this attribute on an existing object is refused, if so. */
    public Optional<String> changeRefusal() {
        return Optional.ofNullable(immutableReason);
    }

    private static boolean isNumeric(JsonNode value) {
        if (value.isNumber()) {
            return true;
        }
        if (!value.isString()) {
            return false;
        }
        try {
            new BigDecimal(value.asString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
