package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The app's availability as both availability kinds read it: its territories with their territory, and the
 * availability itself (its {@code availableInNewTerritories}) only when needed.
 */
final class AvailabilityReads {
    private AvailabilityReads() {
    }

    /** One territory as read. */
    record Territory(String id, boolean available, String releaseDate, boolean preOrder) {
    }

    /**
     * The availability's territories, read by the app's id: Apple's availability has its app's id (fastlane's
     * recorded one does, and scripts in the wild read {@code /v2/appAvailabilities/{app id}}), which saves reading
     * the availability first. A 404 there means the app has none yet. The availability itself (its
     * {@code availableInNewTerritories}) is read only when needed: the YAML manages the flag ({@code wanted} null:
     * always, for import), or the territories show that a new availability must be posted (it then keeps the flag).
     */
    static void read(LiveApp app, AppAvailabilitySpec wanted, Reads reads) {
        Optional<SortedMap<String, Territory>> listed;
        try {
            reads.get(AppPricing.territories(app.app().id()));
            listed = territories(app);
        } catch (AscApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            listed = Optional.empty();
        }
        boolean posts = wanted != null && listed.isPresent() && !listed.get().keySet().containsAll(wanted.territories());
        if (wanted == null || wanted.availableInNewTerritories() != null || posts) {
            reads.one(AppPricing.availability(app.app().id()));
        }
    }

    /** The availability, when it was read and the app has one. */
    static Optional<Resource> availability(LiveApp app) {
        return app.read(AppPricing.availability(app.app().id())).flatMap(d -> d.data().stream().findFirst());
    }

    /** Territory code -> its state; empty when the app has no availability (or it was not read). */
    static Optional<SortedMap<String, Territory>> territories(LiveApp app) {
        return app.read(AppPricing.territories(app.app().id())).filter(doc -> !doc.data().isEmpty()).map(doc -> {
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
