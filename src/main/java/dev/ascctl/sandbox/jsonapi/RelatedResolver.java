package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.RelationshipSpec;
import java.util.List;

/** Finds the resources a relationship points at, whether stored on this side or derived from the other. */
public final class RelatedResolver {
    private final SandboxState state;

    public RelatedResolver(SandboxState state) {
        this.state = state;
    }

    public List<StoredResource> resolve(StoredResource owner, RelationshipSpec rel) {
        if (rel.inverse() != null) {
            return state.referencing(rel.targetType(), rel.inverse(), owner.id());
        }
        return owner.related(rel.name()).stream()
                .flatMap(id -> state.get(rel.targetType(), id).stream())
                .toList();
    }
}
