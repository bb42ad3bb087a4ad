package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.Mark;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A purchase kind that owns localizations (an in-app purchase, a subscription group, a subscription), so one
 * {@link PurchaseLocalizationHandler} serves all three.
 */
interface PurchaseParent<P extends KindKey> extends ResourceHandler<P>, StraightReads, StraightReads.ForExport {

    /** One parent as purchases.yaml declares it. */
    record Declared<P extends KindKey>(P key, String storePath, SortedMap<String, Attributes> localizations, Mark mark) {
        public Declared {
            Objects.requireNonNull(key, "key");
        }
    }

    /** One parent as Apple has it, with the read whose {@code included} holds its localizations. */
    record Live<P extends KindKey>(P key, Resource resource, ApiQuery read) {
        public Live {
            Objects.requireNonNull(key, "key");
        }
    }

    List<Declared<P>> declared(AppSpec app);

    List<Live<P>> liveParents(LiveApp app);

    /** The live parent with this key, if Apple has it. */
    default Optional<Live<P>> liveParent(P key, LiveApp app) {
        return liveParents(app).stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The live parent's id, or the placeholder of the parent the same apply creates (see {@link IdReference}). */
    default String idOf(P key, LiveApp app) {
        return liveParent(key, app).map(p -> p.resource().id()).orElse(IdReference.token(key.address()));
    }

    /**
     * Where {@code import} writes this live parent, e.g. {@code apps.notes.purchases.inAppPurchases[productId=x]}
     * (a list item, see {@code adoption.Segment}); its localizations go under {@code .localizations.<locale>}.
     */
    String exportPath(Live<P> parent, LiveApp app, String label);

    /** Why Apple refuses edits of the parent and its text right now, if so. */
    Optional<String> blockedReason(Resource parent);

    /** The reads every purchase kind shares ({@link PurchaseReads}), sent once however many kinds ask. */
    @Override
    default void read(LiveApp app, AppSpec spec, Reads reads) {
        if (!spec.purchases().isEmpty()) {
            PurchaseReads.readAll(app, reads);
        }
    }

    @Override
    default void readForExport(LiveApp app, Reads reads) {
        PurchaseReads.readAll(app, reads);
    }

}
