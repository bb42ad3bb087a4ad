package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.pricing.AppPricePoints;
import dev.ascctl.sandbox.pricing.PriceTiers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An app's own price schedule ({@code POST /v1/appPriceSchedules}, its manual prices inline in {@code included}; the
 * generic router serves the paths and stores the prices), the app's counterpart of {@link PriceScheduleRules}.
 * Apple's rules: every manual price at one of this app's points; a territory's prices may follow each other in time
 * ({@code startDate}/{@code endDate}, a scheduled sale) but never overlap; the base territory has a price from now
 * on (one without a start date); a POST replaces the whole schedule, there is no PATCH. Every territory without a
 * manual price gets automatic prices: the base territory's, at the same tiers and dates. The schedule's id is its
 * app's, as for in-app purchases [observed there; assumed here], and every app has one to read, empty until priced.
 */
public record AppPriceScheduleRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "appPriceSchedules";
    static final String PRICES = "appPrices";

    /** Makes every app's schedule readable by id, empty until its first POST (called once per state). */
    public static void emptyUntilPriced(SandboxState state) {
        state.defaultFor(TYPE, id -> state.get("apps", id).map(app -> new StoredResource(TYPE, id, Map.of(),
                Map.of("app", List.of(id)))));
    }

    @Override
    public void beforeCreate(WriteRequest request) {
        String app = request.relatedId("app");
        String base = request.relatedId("baseTerritory");
        Map<String, List<LocalDate[]>> periods = new LinkedHashMap<>();
        for (WriteRequest.Inline price : ManualPrices.of(request, "appPrices")) {
            String pointId = price.request().relatedId("appPricePoint");
            AppPricePoints.Id point = AppPricePoints.of(app, pointId).orElseThrow(() -> Errors.invalidRelationship(
                    "/included", "The price point '" + pointId + "' is not a price point of this app."));
            LocalDate start = date(price.request().attributes().get("startDate"), LocalDate.MIN);
            LocalDate end = date(price.request().attributes().get("endDate"), LocalDate.MAX);
            if (!start.isBefore(end)) {
                throw Errors.invalidAttribute("/included", "A price's endDate must be after its startDate.");
            }
            List<LocalDate[]> territory = periods.computeIfAbsent(point.territory(), t -> new ArrayList<>());
            for (LocalDate[] other : territory) {
                if (start.isBefore(other[1]) && other[0].isBefore(end)) {
                    throw Errors.invalidAttribute("/included", "The manual prices for " + point.territory()
                            + " overlap in time.");
                }
            }
            territory.add(new LocalDate[] {start, end});
        }
        if (periods.getOrDefault(base, List.of()).stream().noneMatch(p -> p[0].equals(LocalDate.MIN))) {
            throw Errors.invalidRelationship("/data/relationships/manualPrices",
                    "The manual prices must include a current price (no startDate) for the base territory " + base + ".");
        }
        removePrices(state, app);
    }

    /** Marks the manual prices, and prices every other territory automatically at the base territory's tiers. */
    @Override
    public void afterCreate(StoredResource schedule) {
        complete(state, schedule);
    }

    private static void complete(SandboxState state, StoredResource schedule) {
        String app = schedule.relatedId("app");
        String base = schedule.relatedId("baseTerritory");
        List<String> manualTerritories = new ArrayList<>();
        List<StoredResource> basePrices = new ArrayList<>();
        for (String id : schedule.related("manualPrices")) {
            StoredResource price = state.require(PRICES, id);
            AppPricePoints.Id point = AppPricePoints.Id.parse(price.relatedId("appPricePoint")).orElseThrow();
            manualTerritories.add(point.territory());
            StoredResource marked = price.withAttributes(Map.of("manual", true))
                    .withRelationships(Map.of("territory", List.of(point.territory())));
            state.put(marked);
            if (point.territory().equals(base)) {
                basePrices.add(marked);
            }
        }
        List<String> automatic = new ArrayList<>();
        for (String territory : PriceTiers.territories()) {
            if (manualTerritories.contains(territory)) {
                continue;
            }
            for (StoredResource basePrice : basePrices) {
                int tier = AppPricePoints.Id.parse(basePrice.relatedId("appPricePoint")).orElseThrow().tier();
                automatic.add(storePrice(state, new AppPricePoints.Id(app, territory, tier), false,
                        basePrice.attribute("startDate"), basePrice.attribute("endDate")).id());
            }
        }
        state.put(schedule.withRelationships(Map.of("automaticPrices", automatic)));
    }

    /**
     * Stores the schedule a POST naming these manual prices (each from now on) would leave, for the seeder.
     *
     * @param manual the manual prices' points; must hold one in {@code baseTerritory}
     */
    public static void store(SandboxState state, String appId, String baseTerritory, List<AppPricePoints.Id> manual) {
        removePrices(state, appId);
        List<String> ids = manual.stream().map(p -> storePrice(state, p, true, null, null).id()).toList();
        StoredResource schedule = new StoredResource(TYPE, appId, Map.of(), Map.of("app", List.of(appId),
                "baseTerritory", List.of(baseTerritory), "manualPrices", ids));
        state.put(schedule);
        complete(state, schedule);
    }

    /** Whether the app has a price (App Review refuses an app without one). */
    static boolean priced(SandboxState state, String appId) {
        return state.get(TYPE, appId).filter(s -> !s.related("manualPrices").isEmpty()).isPresent();
    }

    private static StoredResource storePrice(SandboxState state, AppPricePoints.Id point, boolean manual, Object start,
                                             Object end) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("manual", manual);
        attributes.put("startDate", start);
        attributes.put("endDate", end);
        StoredResource price = new StoredResource(PRICES, state.newId(PRICES), attributes, Map.of(
                "appPricePoint", List.of(point.encoded()), "territory", List.of(point.territory())));
        state.put(price);
        return price;
    }

    private static void removePrices(SandboxState state, String appId) {
        state.get(TYPE, appId).ifPresent(old -> {
            old.related("manualPrices").forEach(id -> state.remove(PRICES, id));
            old.related("automaticPrices").forEach(id -> state.remove(PRICES, id));
        });
        state.remove(TYPE, appId);
    }

    private static LocalDate date(Object value, LocalDate none) {
        if (value == null) {
            return none;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw Errors.invalidAttribute("/included", "'" + value + "' is not a date (YYYY-MM-DD).");
        }
    }
}
