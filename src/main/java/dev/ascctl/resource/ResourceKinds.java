package dev.ascctl.resource;

import dev.ascctl.store.KindRules;
import dev.ascctl.store.StoreSection;
import dev.ascctl.store.TextLimits;
import java.util.ArrayList;
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
    public List<StoreSection> storeSections() {
        return handlers.stream().filter(h -> h instanceof OwnsStoreSection)
                .map(h -> ((OwnsStoreSection) h).storeSection()).toList();
    }

    /**
     * What the store checks for the kinds: the app.yaml keys they own and the text limits their attributes declare,
     * at the place each kind's YAML writes them ({@link StoreText}).
     */
    public KindRules storeRules() {
        List<TextLimits.Limit> limits = new ArrayList<>();
        for (ResourceHandler<?> handler : handlers) {
            for (AttributeSpec attribute : handler.attributes()) {
                if (attribute.limit() == 0) {
                    continue;
                }
                if (!(handler instanceof StoreText text) || text.textPlace().isEmpty()) {
                    throw new IllegalStateException(handler.spec().name() + "." + attribute.name()
                            + " declares a text limit, but the kind does not say where the store writes it (StoreText)");
                }
                limits.add(new TextLimits.Limit(text.textPlace().get(),
                        text.storeKey(attribute.name()), attribute.limit()));
            }
        }
        return new KindRules(storeSections(), TextLimits.of(limits));
    }

    public Optional<ResourceHandler<?>> byName(String kind) {
        return handlers.stream().filter(h -> h.spec().name().equals(kind)).findFirst();
    }
}
