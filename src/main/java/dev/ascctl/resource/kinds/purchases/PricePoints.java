package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Apple's price points as the price kinds use them: one territory's out of a read of several, and messages. */
final class PricePoints {
    private PricePoints() {
    }

    /**
     * The points of one territory among those read (one product's reads, each for a list of territories): each
     * point names its territory in {@code relationships.territory.data}; a point listed twice counts once.
     */
    static List<Resource> inTerritory(List<Document> reads, String territory) {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Document read : reads) {
            for (Resource point : read.data()) {
                if (PurchaseReads.linked(point, "territory").map(Linkage::id).filter(territory::equals).isPresent()) {
                    out.putIfAbsent(point.id(), point);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * "price 4.98 is not one of Apple's USA price points for com.example.pro; nearest: 4.99, 4.89, 5.49, 4.79".
     * The nearest prices are the closest by absolute difference, closest first.
     */
    static String noSuchPrice(String productId, String territory, BigDecimal wanted, List<Resource> points, int count) {
        if (points.isEmpty()) {
            return "price " + wanted.toPlainString() + ": Apple has no " + territory + " price points for " + productId
                    + " (is the territory one Apple sells in?)";
        }
        String nearest = points.stream()
                .map(p -> p.text("customerPrice").orElse(null))
                .filter(p -> p != null)
                .distinct()
                .sorted(Comparator.comparing((String p) -> new BigDecimal(p).subtract(wanted).abs())
                        .thenComparing((String p) -> new BigDecimal(p)))
                .limit(count)
                .collect(Collectors.joining(", "));
        return "price " + wanted.toPlainString() + " is not one of Apple's " + territory + " price points for "
                + productId + "; nearest: " + nearest;
    }
}
