package dev.ascctl.sandbox.pricing;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An app's own price points ({@code GET /v1/apps/{id}/appPricePoints}, {@code /v3/appPricePoints/{id}} and its
 * {@code equalizations}), computed from {@link PriceTiers} like the in-app purchase points, never stored. Unlike
 * theirs, an app's grid starts with a free point (customer price 0) in every territory, the price of a free app.
 * Ids are base64url of {@code {"s":app,"t":territory,"p":"10000"+tier}} like Apple's opaque ids ("10000" is free),
 * so any id a client sends back resolves.
 */
public final class AppPricePoints {
    public static final String TYPE = "appPricePoints";
    /** Apple's point codes start here; the free point is this one [Apple's app price point ids decode so]. */
    private static final int BASE = 10000;
    private static final Pattern RAW = Pattern.compile("\\{\"s\":\"([^\"]+)\",\"t\":\"([A-Z]{3})\",\"p\":\"(\\d+)\"}");

    private AppPricePoints() {
    }

    /** A point: which app, territory and tier (0 is free, n is {@link PriceTiers} tier n - 1). */
    public record Id(String appId, String territory, int tier) {
        public String encoded() {
            String raw = "{\"s\":\"" + appId + "\",\"t\":\"" + territory + "\",\"p\":\"" + (BASE + tier) + "\"}";
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        public static Optional<Id> parse(String encoded) {
            try {
                var m = RAW.matcher(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
                if (!m.matches() || !PriceTiers.knows(m.group(2))) {
                    return Optional.empty();
                }
                int tier = Integer.parseInt(m.group(3)) - BASE;
                return tier < 0 || tier > PriceTiers.count() ? Optional.empty()
                        : Optional.of(new Id(m.group(1), m.group(2), tier));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not base64, or a code beyond int
            }
        }

        public String customerPrice() {
            return tier == 0 ? "0.0" : PriceTiers.price(territory, tier - 1);
        }

        public String proceeds() {
            return tier == 0 ? "0.0" : PriceTiers.proceeds(territory, tier - 1);
        }
    }

    /** Registers the computed points, each app's list of them and each point's equalizations. */
    public static void register(SandboxState state) {
        state.compute(TYPE, id -> Id.parse(id).filter(p -> state.get("apps", p.appId()).isPresent())
                .map(AppPricePoints::resource));
        state.computeRelated("apps", "appPricePoints", app -> all(app.id()));
        // The prices Apple sets in the other territories when this one is the base: the same tier there.
        state.computeRelated(TYPE, "equalizations", point -> Id.parse(point.id()).map(p -> PriceTiers.territories()
                .stream().filter(t -> !t.equals(p.territory())).map(t -> resource(new Id(p.appId(), t, p.tier())))
                .toList()).orElse(List.of()));
    }

    /** The point {@code encoded} when it is one of {@code appId}'s. */
    public static Optional<Id> of(String appId, String encoded) {
        return encoded == null ? Optional.empty() : Id.parse(encoded).filter(p -> p.appId().equals(appId));
    }

    /**
     * The app's point at {@code customerPrice} in a territory, for the seeder.
     *
     * @throws IllegalArgumentException when the sandbox has no prices there or the price is no point
     */
    public static Id at(String appId, String territory, String customerPrice) {
        if (!PriceTiers.knows(territory)) {
            throw new IllegalArgumentException("seed: the sandbox has no prices for " + territory);
        }
        if (new java.math.BigDecimal(customerPrice).signum() == 0) {
            return new Id(appId, territory, 0);
        }
        int tier = PriceTiers.tierOf(territory, customerPrice).orElseThrow(() -> new IllegalArgumentException(
                "seed: " + customerPrice + " is not a " + territory + " price point"));
        return new Id(appId, territory, tier + 1);
    }

    private static List<StoredResource> all(String appId) {
        List<StoredResource> out = new ArrayList<>();
        for (String territory : PriceTiers.territories()) {
            for (int tier = 0; tier <= PriceTiers.count(); tier++) {
                out.add(resource(new Id(appId, territory, tier)));
            }
        }
        return out;
    }

    private static StoredResource resource(Id id) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("customerPrice", id.customerPrice());
        attributes.put("proceeds", id.proceeds());
        return new StoredResource(TYPE, id.encoded(), attributes, Map.of("territory", List.of(id.territory()),
                "app", List.of(id.appId())));
    }
}
