package dev.ascctl.adoption;

import dev.ascctl.resource.DesiredObject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a store path lives on disk: the inverse of what the store loader reads, so a later resource kind plugs
 * into {@code import} by exporting objects with its store path and nothing else.
 *
 * <pre>
 * apps.notes                        → apps/notes/app.yaml, document root
 * apps.notes.review                 → apps/notes/app.yaml, key review
 * apps.notes.locales.de-DE          → apps/notes/locales/de-DE.yaml, document root
 * apps.notes.testFlight.betaGroups  → apps/notes/testflight.yaml, key betaGroups
 * apps.notes.purchases.x            → apps/notes/purchases.yaml, key x
 * </pre>
 */
public final class StoreLayout {
    /** Areas of an app that have a file of their own (DESIGN 3); anything else is a key of app.yaml. */
    private static final Map<String, String> AREA_FILES = Map.of(
            "testFlight", "testflight.yaml", "testflight", "testflight.yaml", "purchases", "purchases.yaml");

    private StoreLayout() {
    }

    /** A file and the map keys inside it. */
    public record Place(Path file, List<String> keys) {
        public Place {
            keys = List.copyOf(keys);
        }
    }

    /** Where {@code storePath} (e.g. {@code apps.notes.locales.de-DE}) is written. */
    public static Place of(String storePath) {
        List<String> parts = split(storePath);
        if (parts.size() < 2 || !parts.get(0).equals("apps")) {
            throw new IllegalArgumentException("not an app store path: " + storePath);
        }
        Path app = Path.of("apps", parts.get(1));
        List<String> rest = parts.subList(2, parts.size());
        if (rest.isEmpty()) {
            return new Place(app.resolve("app.yaml"), List.of());
        }
        if (rest.get(0).equals("locales") && rest.size() >= 2) {
            return new Place(app.resolve("locales").resolve(rest.get(1) + ".yaml"), rest.subList(2, rest.size()));
        }
        String areaFile = AREA_FILES.get(rest.get(0));
        if (areaFile != null) {
            return new Place(app.resolve(areaFile), rest.subList(1, rest.size()));
        }
        return new Place(app.resolve("app.yaml"), rest);
    }

    /** Adds an exported object to the content at its place. */
    public static void put(StoreContent content, DesiredObject exported) {
        Place place = of(exported.storePath());
        content.put(place.file(), place.keys(), exported.attributes());
    }

    // Locale codes contain no dots (en-US, zh-Hans), and labels are folder names; so a dot always separates.
    private static List<String> split(String storePath) {
        return Arrays.asList(storePath.split("\\."));
    }
}
