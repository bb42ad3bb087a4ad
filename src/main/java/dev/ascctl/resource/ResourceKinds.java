package dev.ascctl.resource;

import dev.ascctl.store.KindRules;
import dev.ascctl.store.StoreSection;
import dev.ascctl.store.TextLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
     * What the store checks and reads for the kinds: the app.yaml keys they own, and their attributes' keys and text
     * limits at the place each kind's YAML writes them ({@link StoreText}).
     */
    public KindRules storeRules() {
        List<TextLimits.Limit> limits = new ArrayList<>();
        Map<TextLimits.Place, List<String>> keys = new EnumMap<>(TextLimits.Place.class);
        for (ResourceHandler<?> handler : handlers) {
            Optional<TextLimits.Place> place = handler instanceof StoreText text ? text.textPlace() : Optional.empty();
            for (AttributeSpec attribute : handler.attributes()) {
                String key = handler instanceof StoreText text ? text.storeKey(attribute.name()) : attribute.name();
                place.ifPresent(p -> {
                    List<String> atPlace = keys.computeIfAbsent(p, x -> new ArrayList<>());
                    if (!atPlace.contains(key)) {
                        atPlace.add(key);
                    }
                });
                if (attribute.limit() == 0) {
                    continue;
                }
                if (place.isEmpty()) {
                    throw new IllegalStateException(handler.spec().name() + "." + attribute.name()
                            + " declares a text limit, but the kind does not say where the store writes it (StoreText)");
                }
                limits.add(new TextLimits.Limit(place.get(), key, attribute.limit()));
            }
        }
        return new KindRules(storeSections(), TextLimits.of(limits), keys);
    }

    public Optional<ResourceHandler<?>> byName(String kind) {
        return handlers.stream().filter(h -> h.spec().name().equals(kind)).findFirst();
    }
}
