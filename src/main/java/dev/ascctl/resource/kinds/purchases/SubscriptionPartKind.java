package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.SubscriptionSpec;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A kind whose objects belong to a subscription (its prices, its introductory and promotional offers), managed for
 * the subscriptions whose YAML has the kind's key: the plan reads them in one chain with the subscription's price
 * points ({@link SubscriptionPoints}), {@code import} reads the kind's list of every live subscription.
 */
abstract class SubscriptionPartKind<K extends KindKey> extends Kind<K> implements StraightReads,
        StraightReads.ForExport {
    static final SubscriptionHandler SUBSCRIPTIONS = new SubscriptionHandler();
    private final Predicate<SubscriptionSpec> declares;
    private final Function<String, ApiQuery> list;

    /**
     * @param declares whether a subscription's YAML manages this kind
     * @param list     the read of a subscription's objects of this kind, by the subscription's id
     */
    SubscriptionPartKind(KindSpec spec, List<AttributeSpec> attributes, Predicate<SubscriptionSpec> declares,
                         Function<String, ApiQuery> list) {
        super(spec, attributes);
        this.declares = declares;
        this.list = list;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        SubscriptionPoints.read(app, spec, reads, declares);
    }

    /** The groups and their subscriptions, then the kind's list of each live subscription. */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        PurchaseReads.readEachSubscription(app, reads, list);
    }

    /** The subscriptions whose YAML manages this kind and that Apple has, in YAML order. */
    final List<PurchaseReads.DeclaredSubscription> declared(LiveApp app, AppSpec spec) {
        return PurchaseReads.declaredSubscriptions(app, spec, declares);
    }
}
