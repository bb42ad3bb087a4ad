package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.purchases.SubscriptionPlanAvailabilities;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The territories a subscription is sold in that its YAML {@code availability.territories} no longer lists, as one
 * object ({@code ...subscription[P].availability.territories[DEU, FRA]}): taking a subscription off sale there is a
 * deletion, shown under the deletion banner and applied only with {@code policy.prune.territories}, as for the app.
 * One object, not one per territory, because Apple's only way is one PATCH of the availability's whole territory
 * list: several per-territory PATCHes would each put back what the others took away. The PATCH of the availability
 * leaves the YAML's territories and flag; it runs after the availability's own change, if any (it lies inside it),
 * which has added them. Reads: those of {@link SubscriptionAvailabilityHandler}.
 */
public final class SubscriptionOffSaleHandler extends Kind<SubscriptionOffSaleHandler.OffSaleKey>
        implements StraightReads, Deletable<SubscriptionOffSaleHandler.OffSaleKey> {
    private static final KindSpec SPEC = new KindSpec("subscriptionTerritoriesOffSale", 17, "territories");

    /**
     * The territories to take off sale, and what the YAML writes (what the PATCH leaves).
     *
     * @param offSale the address's key, e.g. "DEU, FRA"
     * @param listed  the YAML's territories
     * @param inNew   the YAML's {@code availableInNewTerritories}, which the PATCH carries too
     */
    public record OffSaleKey(PurchaseKeys.Subscription subscription, SortedSet<String> offSale,
                             SortedSet<String> listed, boolean inNew) implements KindKey {
        public OffSaleKey {
            Objects.requireNonNull(subscription, "subscription");
            offSale = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(offSale));
            listed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(listed));
            if (offSale.isEmpty()) {
                throw new IllegalArgumentException("no territory to take off sale");
            }
        }

        @Override
        public Address address() {
            return SubscriptionAvailabilityHandler.key(subscription).address().child("territories",
                    String.join(", ", offSale));
        }
    }

    public SubscriptionOffSaleHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<OffSaleKey>> desired(AppSpec app) {
        return List.of();
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        SubscriptionAvailabilityHandler.readAll(app, spec, reads);
    }

    @Override
    public List<LiveObject<OffSaleKey>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<OffSaleKey>> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription d : SubscriptionAvailabilityHandler.declared(app, spec)) {
            SubscriptionAvailabilityHandler.live(app, d.live().id()).ifPresent(l -> {
                SortedSet<String> listed = d.spec().availability().territories();
                TreeSet<String> off = new TreeSet<>(l.territories());
                off.removeAll(listed);
                if (!off.isEmpty()) {
                    out.add(new LiveObject<>(new OffSaleKey(d.key(spec), off, listed,
                            d.spec().availability().availableInNewTerritories()), SPEC.name(),
                            l.availability().id(), Map.<String, JsonNode>of("territories",
                            StringNode.valueOf(String.join(", ", off))), Purchases.reviewBlock(d.live()).orElse(null)));
                }
            });
        }
        return out;
    }

    @Override
    public List<ApiCall> delete(LiveObject<OffSaleKey> live, LiveApp app) {
        return List.of(SubscriptionPlanAvailabilities.update(live.id(), live.key().listed(), live.key().inNew()));
    }
}
