package dev.ascctl.sandbox.model;

import java.util.Objects;
import java.util.Set;

/**
 * One attribute of a resource type: its name, value kind, enum values (for {@link AttributeKind#ENUM}),
 * where it may be written, and whether a create must carry it.
 */
public record AttributeSpec(String name, AttributeKind kind, Set<String> values, Access access, boolean requiredOnCreate) {
    public AttributeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(access, "access");
        values = Set.copyOf(values);
        if ((kind == AttributeKind.ENUM) == values.isEmpty()) {
            throw new IllegalArgumentException(name + ": enum values are required exactly for ENUM attributes");
        }
    }

    /** True when {@code value} (a Jackson-converted plain Java value, never null here) has the right kind. */
    public boolean accepts(Object value) {
        return switch (kind) {
            case STRING -> value instanceof String;
            case URI -> value instanceof String s && isUri(s);
            case DATE_TIME -> value instanceof String s && isDateTime(s);
            case BOOLEAN -> value instanceof Boolean;
            case INTEGER -> value instanceof Integer || value instanceof Long;
            case NUMBER -> value instanceof Number;
            case ENUM -> value instanceof String s && values.contains(s);
            case STRING_ARRAY -> value instanceof java.util.List<?> l && l.stream().allMatch(String.class::isInstance);
            case JSON -> value instanceof java.util.Map<?, ?> || value instanceof java.util.List<?>;
        };
    }

    private static boolean isUri(String s) {
        try {
            return java.net.URI.create(s).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateTime(String s) {
        try {
            java.time.OffsetDateTime.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
