package dev.ascctl.sandbox.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox itself decides about a resource type Apple's spec describes: which relationships it serves and
 * on which side each is stored, and, where it serves less than the spec or Apple requires more than the spec says,
 * the narrower operations and the extra required fields. Everything else (attributes, value kinds, enums, which
 * request may write what, links, filters, sorts) {@link ResourceCatalog} derives from the generated vocabulary.
 *
 * @param relationships relationship name → the name it is stored under on the target ({@code null}: stored here)
 * @param operations    the operations served, or {@code null} for all those the spec's paths have
 * @param required      attributes or relationships a create must carry beyond those the spec marks required
 * @param optional      ones the spec marks required that the sandbox lets a create leave out
 */
public record ServedType(String type, Map<String, String> relationships, Set<Operation> operations,
                         Set<String> required, Set<String> optional) {
    public ServedType {
        relationships = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
        operations = operations == null ? null : Set.copyOf(operations);
        required = Set.copyOf(required);
        optional = Set.copyOf(optional);
    }

    /** This type, also listing {@code name} (stored on the related resources under {@code inverse}). */
    ServedType deriving(String name, String inverse) {
        Map<String, String> more = new LinkedHashMap<>(relationships);
        more.put(name, inverse);
        return new ServedType(type, more, operations, required, optional);
    }

    static Builder type(String type) {
        return new Builder(type);
    }

    /** Declares a served type in one expression: {@code type("appInfos").owns("app").derives("x", "appInfo")}. */
    static final class Builder {
        private final String type;
        private final Map<String, String> relationships = new LinkedHashMap<>();
        private Set<Operation> operations;
        private final List<String> required = new ArrayList<>();
        private final List<String> optional = new ArrayList<>();

        private Builder(String type) {
            this.type = type;
        }

        /** Relationships stored on this type's resources. */
        Builder owns(String... names) {
            for (String n : names) {
                relationships.put(n, null);
            }
            return this;
        }

        /** A relationship stored on the related resources under {@code inverse} (a list derived by lookup). */
        Builder derives(String name, String inverse) {
            relationships.put(name, inverse);
            return this;
        }

        /** Serves only these operations of the spec's. */
        Builder only(Operation... served) {
            operations = served.length == 0 ? Set.of() : EnumSet.copyOf(List.of(served));
            return this;
        }

        /** Apple refuses a create without these, though the spec does not mark them required. */
        Builder requires(String... names) {
            required.addAll(List.of(names));
            return this;
        }

        /** The spec marks these required, but the sandbox's rules decide (e.g. one of several parents). */
        Builder optional(String... names) {
            optional.addAll(List.of(names));
            return this;
        }

        ServedType build() {
            return new ServedType(type, relationships, operations, Set.copyOf(required), Set.copyOf(optional));
        }
    }
}
