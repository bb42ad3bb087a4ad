package dev.ascctl.store;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where an in-app purchase is sold, as purchases.yaml gives it: the whole list of territories, and whether Apple
 * adds territories it opens later. Apple's {@code POST /v1/inAppPurchaseAvailabilities} replaces the whole
 * availability, so the list is the complete set (not a delta). Territories are a set: their order in the
 * YAML does not matter (a repeated territory is a schema error).
 *
 * <pre>{@code
 * availability: {territories: [USA, GBR], availableInNewTerritories: true}
 * }</pre>
 *
 * @param territories               Apple's TerritoryCodes (ISO 3166-1 alpha-3), e.g. {@code USA}; may be empty
 *                                  (the product is sold nowhere)
 * @param availableInNewTerritories whether Apple makes the product available in territories it opens later
 * @param mark                      where {@code availability} is written
 */
public record InAppPurchaseAvailabilitySpec(SortedSet<String> territories, boolean availableInNewTerritories,
                                            Mark mark) {
    public InAppPurchaseAvailabilitySpec {
        Objects.requireNonNull(territories, "territories");
        Objects.requireNonNull(mark, "mark");
        for (String territory : territories) {
            if (territory == null || !territory.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("territory must be a 3-letter code, got " + territory);
            }
        }
        territories = Collections.unmodifiableSortedSet(new TreeSet<>(territories));
    }
}
