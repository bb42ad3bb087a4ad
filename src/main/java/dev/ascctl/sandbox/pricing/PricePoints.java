package dev.ascctl.sandbox.pricing;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The resources the sandbox computes from {@link PriceTiers}, never stores: territories, and the price points of
 * each in-app purchase and subscription ({@code GET /v2/inAppPurchases/{id}/pricePoints},
 * {@code GET /v1/subscriptions/{id}/pricePoints}, and every price that names one). A point's id says which product,
 * territory and tier it is, base64url-encoded like Apple's opaque ids, so any id a client sends back resolves.
 */
public final class PricePoints {
    public static final String IAP_POINTS = "inAppPurchasePricePoints";
    public static final String SUBSCRIPTION_POINTS = "subscriptionPricePoints";
    private static final Pattern RAW = Pattern.compile("\\{\"s\":\"([^\"]+)\",\"t\":\"([A-Z]{3})\",\"p\":\"(\\d+)\"}");

    private PricePoints() {
    }

    /** A price point: which product, territory and tier. */
    public record Id(String productId, String territory, int tier) {
        public String encoded() {
            String raw = "{\"s\":\"" + productId + "\",\"t\":\"" + territory + "\",\"p\":\"" + tier + "\"}";
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        public static Optional<Id> parse(String encoded) {
            try {
                var m = RAW.matcher(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
                if (!m.matches() || !PriceTiers.knows(m.group(2)) || Integer.parseInt(m.group(3)) >= PriceTiers.count()) {
                    return Optional.empty();
                }
                return Optional.of(new Id(m.group(1), m.group(2), Integer.parseInt(m.group(3))));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not base64, or a tier beyond int
            }
        }
    }

    /** Registers territories and both kinds of points as computed types, and products' point lists. */
    public static void register(SandboxState state) {
        state.compute("territories", code -> Territories.isKnown(code) ? Optional.of(new StoredResource("territories",
                code, PriceTiers.knows(code) ? Map.of("currency", PriceTiers.currency(code)) : Map.of(), Map.of()))
                : Optional.empty());
        state.compute(IAP_POINTS, id -> Id.parse(id).map(p -> resource(IAP_POINTS, p)));
        state.compute(SUBSCRIPTION_POINTS, id -> Id.parse(id).map(p -> resource(SUBSCRIPTION_POINTS, p)));
        state.computeRelated("inAppPurchases", "pricePoints", iap -> all(IAP_POINTS, iap.id()));
        state.computeRelated("subscriptions", "pricePoints", subscription -> all(SUBSCRIPTION_POINTS, subscription.id()));
        // A point's equalizations: the same product's points of the same tier in every other territory, the prices
        // Apple sets there when this one is the base (the link each point's relationships advertise).
        state.computeRelated(IAP_POINTS, "equalizations", point -> equalizations(IAP_POINTS, point.id()));
        state.computeRelated(SUBSCRIPTION_POINTS, "equalizations", point -> equalizations(SUBSCRIPTION_POINTS, point.id()));
    }

    private static List<StoredResource> equalizations(String type, String encoded) {
        return Id.parse(encoded).map(p -> PriceTiers.territories().stream().filter(t -> !t.equals(p.territory()))
                .map(t -> resource(type, new Id(p.productId(), t, p.tier()))).toList()).orElse(List.of());
    }

    /** The point {@code encoded} when it is one of {@code productId}'s. */
    public static Optional<Id> of(String productId, String encoded) {
        return encoded == null ? Optional.empty() : Id.parse(encoded).filter(p -> p.productId().equals(productId));
    }

    /** Whether {@code encoded} is a price point of {@code productId} in {@code territory}. */
    public static boolean isPointOf(String encoded, String productId, String territory) {
        return of(productId, encoded).filter(p -> p.territory().equals(territory)).isPresent();
    }

    /**
     * The point of {@code productId} at {@code customerPrice} in a territory, for the seeder.
     *
     * @throws IllegalArgumentException when the sandbox has no prices there or the price is no point
     */
    public static Id at(String productId, String territory, String customerPrice) {
        if (!PriceTiers.knows(territory)) {
            throw new IllegalArgumentException("seed: the sandbox has no prices for " + territory);
        }
        int tier = PriceTiers.tierOf(territory, customerPrice).orElseThrow(() -> new IllegalArgumentException(
                "seed: " + customerPrice + " is not a " + territory + " price point"));
        return new Id(productId, territory, tier);
    }

    private static List<StoredResource> all(String type, String productId) {
        List<StoredResource> out = new ArrayList<>();
        for (String territory : PriceTiers.territories()) {
            for (int tier = 0; tier < PriceTiers.count(); tier++) {
                out.add(resource(type, new Id(productId, territory, tier)));
            }
        }
        return out;
    }

    private static StoredResource resource(String type, Id id) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        String proceeds = PriceTiers.proceeds(id.territory(), id.tier());
        attributes.put("customerPrice", PriceTiers.price(id.territory(), id.tier()));
        attributes.put("proceeds", proceeds);
        if (type.equals(SUBSCRIPTION_POINTS)) {
            attributes.put("proceedsYear2", yearTwo(proceeds));
        }
        return new StoredResource(type, id.encoded(), attributes, Map.of("territory", List.of(id.territory())));
    }

    /**
     * From a subscriber's second paid year Apple keeps 15% instead of 30% (App Store Connect Help,
     * "Auto-renewable subscriptions: proceeds"), so year-2 proceeds are 85/70 of year 1.
     */
    private static String yearTwo(String proceeds) {
        BigDecimal year1 = new BigDecimal(proceeds);
        return year1.multiply(BigDecimal.valueOf(85)).divide(BigDecimal.valueOf(70), year1.scale(), RoundingMode.HALF_DOWN)
                .toPlainString();
    }
}
