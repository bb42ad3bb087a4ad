package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.EffectTable;
import dev.ascctl.resource.LiveApp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a base price change does in every territory, for the plan ({@link EffectTable}): for each base price of the
 * timeline (the price, each scheduled one and the price again after it), the point's customer price and proceeds in
 * the base territory and in each territory Apple equalizes it to, with the dates it holds. Built only from reads the
 * price kind makes when the base price changes: the base territory's points and one {@code equalizations} read per
 * distinct base point.
 * <pre>
 * Territory  Currency  From        Until       Customer price  Proceeds
 * USA        USD       now         2027-01-15  4.99            3.49
 * USA        USD       2027-01-15  2027-02-01  2.99            2.09
 * </pre>
 * Territories set by hand keep their price through a sale, so they are named in the note, not in the rows.
 */
final class PriceEffect {
    static final List<String> COLUMNS = List.of("Territory", "Currency", "From", "Until", "Customer price",
            "Proceeds");

    private PriceEffect() {
    }

    /** The equalization reads of the base timeline's points, one per distinct point. */
    static List<String> basePoints(List<AppPricing.ManualPrice> prices, String base) {
        return prices.stream().filter(p -> p.territory().equals(base)).map(AppPricing.ManualPrice::pointId)
                .distinct().toList();
    }

    /** The table, or empty when an equalization read was not made (the base price did not change). */
    static Optional<EffectTable> of(LiveApp app, AppPriceSpec price, List<AppPricing.ManualPrice> prices) {
        Map<String, List<List<String>>> byTerritory = new TreeMap<>(Comparator
                .comparing((String t) -> !t.equals(price.baseTerritory())).thenComparing(t -> t));
        for (AppPricing.ManualPrice period : prices) {
            if (!period.territory().equals(price.baseTerritory())) {
                continue;
            }
            Optional<Document> equalized = app.read(AppPricing.equalizations(period.pointId()));
            if (equalized.isEmpty()) {
                return Optional.empty();
            }
            pointIn(app, period.pointId()).ifPresent(p -> row(byTerritory, p.point(), p.document(), period));
            for (Resource point : equalized.get().data()) {
                territoryOf(point).filter(t -> !price.territories().territories().contains(t))
                        .ifPresent(t -> row(byTerritory, point, equalized.get(), period));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byTerritory.values().forEach(rows::addAll);
        String note = price.territories().territories().isEmpty() ? null
                : "Set by hand, kept as they are: " + String.join(", ", price.territories().prices().entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ".";
        return Optional.of(new EffectTable("Customer price and proceeds in each territory once applied (Apple"
                + " equalizes from " + price.baseTerritory() + ")", COLUMNS, rows, note));
    }

    private record Found(Resource point, Document document) {
    }

    /** The base point as the price point read returned it (with its territory included). */
    private static Optional<Found> pointIn(LiveApp app, String pointId) {
        for (Document read : app.readsAt(AppPricing.pricePointsPath(app.app().id()))) {
            for (Resource point : read.data()) {
                if (point.id().equals(pointId)) {
                    return Optional.of(new Found(point, read));
                }
            }
        }
        return Optional.empty();
    }

    private static void row(Map<String, List<List<String>>> rows, Resource point, Document doc,
                            AppPricing.ManualPrice period) {
        Optional<String> territory = territoryOf(point);
        if (territory.isEmpty()) {
            return;
        }
        String currency = point.relationship("territory").flatMap(r -> r.one()).flatMap(doc::find)
                .flatMap(t -> t.text("currency")).orElse("");
        rows.computeIfAbsent(territory.get(), t -> new ArrayList<>()).add(List.of(territory.get(), currency,
                period.startDate() == null ? "now" : period.startDate(),
                period.endDate() == null ? "-" : period.endDate(),
                amount(point.text("customerPrice")), amount(point.text("proceeds"))));
    }

    private static Optional<String> territoryOf(Resource point) {
        return point.relationship("territory").flatMap(r -> r.one()).map(l -> l.id());
    }

    /** "4.99", "800" (Apple writes "800.0"), or "?" when the point has none. */
    private static String amount(Optional<String> text) {
        return text.map(t -> new BigDecimal(t).stripTrailingZeros().toPlainString()).orElse("?");
    }
}
