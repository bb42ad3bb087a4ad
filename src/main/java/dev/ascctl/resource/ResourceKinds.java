package dev.ascctl.resource;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A set of resource kinds, sorted by {@link KindSpec#rank} (the order of reads and of changes in a plan). Every kind of the release is listed in
 * {@code resource.registry.AllKinds}, so this package depends on no kind (no cycle with {@code resource.kinds}).
 */
public final class ResourceKinds {
    private final List<ResourceHandler<?>> handlers;

    public ResourceKinds(List<? extends ResourceHandler<?>> handlers) {
        this.handlers = handlers.stream().<ResourceHandler<?>>map(h -> h).sorted(Comparator.comparingInt(h -> h.spec().rank())).toList();
        for (ResourceHandler<?> handler : this.handlers) {
            if (handler.spec().pruneKey() != null && !(handler instanceof Deletable<?>)) {
                throw new IllegalArgumentException(handler.spec().name() + ": a prune key needs a Deletable kind");
            }
        }
    }

    public List<ResourceHandler<?>> handlers() {
        return handlers;
    }

    /** The app.yaml keys the kinds own, for the store loader and {@code ascctl schema app}. */
    public List<dev.ascctl.store.StoreSection> storeSections() {
        return handlers.stream().filter(h -> h instanceof OwnsStoreSection)
                .map(h -> ((OwnsStoreSection) h).storeSection()).toList();
    }

    public Optional<ResourceHandler<?>> byName(String kind) {
        return handlers.stream().filter(h -> h.spec().name().equals(kind)).findFirst();
    }
}
