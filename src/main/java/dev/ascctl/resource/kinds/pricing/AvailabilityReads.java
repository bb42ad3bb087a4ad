package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.LiveApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The app's availability as both availability kinds read it, in two requests: the availability (its id and
 * {@code availableInNewTerritories}), then its territories with their territory.
 */
final class AvailabilityReads {
    private AvailabilityReads() {
    }

    /** One territory as read. */
    record Territory(String id, boolean available, String releaseDate, boolean preOrder) {
    }

    static List<ApiQuery> queries(LiveApp app) {
        List<ApiQuery> out = new ArrayList<>(List.of(AppPricing.availability(app.app().id())));
        availability(app).ifPresent(a -> out.add(AppPricing.territories(a.id())));
        return out;
    }

    /** The availability, when the app has one (none before it was ever set: 404 or data: null). */
    static Optional<Resource> availability(LiveApp app) {
        return app.read(AppPricing.availability(app.app().id())).flatMap(d -> d.data().stream().findFirst());
    }

    /** Territory code -> its state; empty when the territories were not read. */
    static Optional<SortedMap<String, Territory>> territories(LiveApp app) {
        return availability(app).flatMap(a -> app.read(AppPricing.territories(a.id()))).map(doc -> {
            SortedMap<String, Territory> out = new TreeMap<>();
            for (Resource t : doc.data()) {
                t.relationship("territory").flatMap(r -> r.one()).ifPresent(code -> out.put(code.id(), new Territory(
                        t.id(), t.attribute("available").asBoolean(false), t.text("releaseDate").orElse(null),
                        t.attribute("preOrderEnabled").asBoolean(false))));
            }
            return out;
        });
    }

    /** The codes available live. */
    static List<String> available(Map<String, Territory> territories) {
        return territories.entrySet().stream().filter(e -> e.getValue().available()).map(Map.Entry::getKey).toList();
    }
}
