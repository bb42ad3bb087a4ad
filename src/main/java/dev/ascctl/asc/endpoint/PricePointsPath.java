package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiQuery;
import java.util.Collection;
import java.util.List;

/**
 * Where an owner's price points are read (an app's, an in-app purchase's, a subscription's; asc-api-notes §5): the
 * same query on three paths, each with its own largest {@code limit}.
 *
 * <pre>{@code
 * new PricePointsPath("/v2/inAppPurchases/", "inAppPurchases", "/pricePoints", 8000).query(id, List.of("JPN", "USA"))
 *     // GET /v2/inAppPurchases/{id}/pricePoints?filter[territory]=JPN,USA&include=territory&limit=8000
 * }</pre>
 *
 * @param limit the spec's largest {@code limit} on the path
 */
public record PricePointsPath(String prefix, String ownerType, String suffix, int limit) {
    /** The path of the owner's price points, whatever their territories. */
    public String of(String ownerId) {
        return prefix + RequestBodies.requireId(ownerId, ownerType) + suffix;
    }

    /**
     * The owner's price points in several territories, in one read: {@code filter[territory]} takes a list, and each
     * point names its territory ({@code relationships.territory.data}, which {@code include=territory} makes sure is
     * there).
     */
    public ApiQuery query(String ownerId, Collection<String> territories) {
        return ApiQuery.of(of(ownerId)).filter("territory", List.copyOf(territories)).include("territory").limit(limit);
    }
}
