package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.RelationshipSpec;
import java.util.List;
import java.util.Optional;

/** Finds the resources a relationship points at, whether stored on this side or derived from the other. */
public record RelatedResolver(SandboxState state) {
    public List<StoredResource> resolve(StoredResource owner, RelationshipSpec rel) {
        Optional<List<StoredResource>> computed = state.computedRelated(owner, rel.name());
        if (computed.isPresent()) {
            return computed.get();
        }
        if (rel.inverse() != null) {
            List<StoredResource> children = state.referencing(rel.targetType(), rel.inverse(), owner.id());
            List<String> order = owner.related(rel.name());
            if (order.isEmpty()) {
                return children;
            }
            // An ordered list (screenshots of a set): the owner keeps the order its last PATCH of the relationship
            // gave; children added since come after, in creation order, as Apple appends new assets.
            List<StoredResource> sorted = new java.util.ArrayList<>(children);
            sorted.sort(java.util.Comparator.comparingInt(c -> {
                int at = order.indexOf(c.id());
                return at < 0 ? Integer.MAX_VALUE : at;
            }));
            return sorted;
        }
        return owner.related(rel.name()).stream()
                .flatMap(id -> state.get(rel.targetType(), id).stream())
                .toList();
    }
}
