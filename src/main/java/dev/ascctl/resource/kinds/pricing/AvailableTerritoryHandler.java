package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.IdAfterApply;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * A territory the app is sold in that the YAML's {@code availability.territories} no longer lists
 * ({@code app[b].availability.territory[GBR]}): narrowing availability takes the app off sale there, so it is a
 * deletion, shown under the plan's deletion banner and applied only with {@code policy.prune.territories}
 * (one {@code PATCH /v1/territoryAvailabilities/{id}} with {@code available: false}). Without pruning the
 * territory is left on sale. The YAML declares none of these: they exist only as live territories it leaves out.
 * Reads: the same two as {@link AppAvailabilityHandler}'s (asked once, read once).
 */
public final class AvailableTerritoryHandler extends Kind<AvailableTerritoryHandler.TerritoryKey>
        implements StraightReads, Deletable<AvailableTerritoryHandler.TerritoryKey> {
    private static final KindSpec SPEC = new KindSpec("availableTerritory", 4, "territories");

    /** One territory of an app's availability. */
    public record TerritoryKey(AppKey app, String territory) implements KindKey {
        public TerritoryKey {
            Objects.requireNonNull(app, "app");
            Objects.requireNonNull(territory, "territory");
        }

        @Override
        public Address address() {
            return AppAvailabilityHandler.key(app.bundleId()).address().child("territory", territory);
        }
    }

    public AvailableTerritoryHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<TerritoryKey>> desired(AppSpec app) {
        return List.of();
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        AppAvailabilitySpec.of(spec).ifPresent(wanted -> AvailabilityReads.read(app, wanted, reads));
    }

    /**
     * The live territories the YAML leaves out. When this apply posts a new availability (the flag changes, or a
     * territory not listed yet is added), Apple replaces the availability and its territories get new ids; the
     * territory is then written by the id it has after that POST, found by its territory relationship
     * ({@link KnownAfterApply.Match#RELATED}), so the flag and the pruning converge in one apply.
     */
    @Override
    public List<LiveObject<TerritoryKey>> live(LiveApp app, AppSpec spec) {
        return AppAvailabilitySpec.of(spec).flatMap(wanted -> AvailabilityReads.territories(app).map(territories -> {
            boolean reposted = reposts(app, wanted, territories);
            return territories.entrySet().stream().filter(e -> e.getValue().available()
                            && !wanted.territories().contains(e.getKey()))
                    .map(e -> {
                        TerritoryKey key = new TerritoryKey(new AppKey(app.bundleId()), e.getKey());
                        Map<String, JsonNode> attributes = Map.of("available", BooleanNode.TRUE);
                        if (!reposted) {
                            return new LiveObject<>(key, SPEC.name(), e.getValue().id(), attributes, null);
                        }
                        return LiveObject.copy(key, SPEC.name(), attributes, new IdAfterApply(List.of(
                                KnownAfterApply.idOf("territory[" + e.getKey() + "]", "the availability of "
                                        + app.bundleId() + " in " + e.getKey() + " after its new availability",
                                        AppPricing.territories(app.app().id()), "territory", e.getKey(),
                                        KnownAfterApply.Match.RELATED)),
                                List.of(AppAvailabilityHandler.key(app.bundleId()).address())));
                    }).toList();
        })).orElse(List.of());
    }

    /** Whether the availability kind posts a new availability in this apply (its update's two cases). */
    private static boolean reposts(LiveApp app, AppAvailabilitySpec wanted,
                                   Map<String, AvailabilityReads.Territory> territories) {
        boolean flag = wanted.availableInNewTerritories() != null && AvailabilityReads.availability(app)
                .map(a -> a.attribute(AppAvailabilityHandler.IN_NEW))
                .filter(v -> v.isBoolean() && v.asBoolean() != wanted.availableInNewTerritories()).isPresent();
        return flag || !territories.keySet().containsAll(wanted.territories());
    }

    @Override
    public List<ApiCall> delete(LiveObject<TerritoryKey> live, LiveApp app) {
        return List.of(AppPricing.setTerritory(live.id(), new AppPricing.TerritoryState(live.key().territory(), false,
                null, false)));
    }
}
