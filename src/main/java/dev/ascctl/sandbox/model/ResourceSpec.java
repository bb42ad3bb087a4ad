package dev.ascctl.sandbox.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the sandbox knows about one resource type: its attributes and relationships (in Apple's
 * order) and the operations its paths allow.
 */
public record ResourceSpec(String type, Map<String, AttributeSpec> attributes, Map<String, RelationshipSpec> relationships,
                           Set<Operation> operations) {
    public ResourceSpec {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required");
        }
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        relationships = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
        operations = Set.copyOf(operations);
    }

    public static ResourceSpec of(String type, List<AttributeSpec> attributes, List<RelationshipSpec> relationships,
                                  Set<Operation> operations) {
        Map<String, AttributeSpec> a = new LinkedHashMap<>();
        attributes.forEach(x -> a.put(x.name(), x));
        Map<String, RelationshipSpec> r = new LinkedHashMap<>();
        relationships.forEach(x -> r.put(x.name(), x));
        return new ResourceSpec(type, a, r, operations);
    }

    public Optional<RelationshipSpec> relationship(String name) {
        return Optional.ofNullable(relationships.get(name));
    }

    public boolean allows(Operation operation) {
        return operations.contains(operation);
    }
}
