package dev.ascctl.adoption;

import dev.ascctl.resource.ExportedObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

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
 * apps.notes.reviews                → apps/notes/reviews/replies.yaml, document root (replies by review id)
 * apps.notes.nominations            → apps/notes/nominations.yaml, document root (nominations by name)
 * apps.notes.experiments.experiments[name=Bold]         → experiments.yaml, the product page test named Bold
 * apps.notes.testflight.groups[name=QA]                 → testflight.yaml, the item of groups named QA
 * apps.notes.purchases.inAppPurchases[productId=a.b.c].localizations.en-US
 *                                   → purchases.yaml, that product's localizations, key en-US
 * apps.notes.screenshots.en-US.APP_IPHONE_67 → files downloaded into apps/notes/screenshots/en-US/APP_IPHONE_67/
 * apps.notes.experiments.Bold.Dark.screenshots.en-US.APP_IPHONE_67
 *                                   → files downloaded into apps/notes/experiments/Bold/Dark/screenshots/en-US/APP_IPHONE_67/
 * apps.notes.reviewScreenshots      → files downloaded into apps/notes/reviewScreenshots/ (in-app purchase review)
 * apps.notes.events.Spring Sale     → apps/notes/events/Spring Sale.yaml, document root (a folder of files by name)
 * apps.notes.events.Spring Sale.en-US → files downloaded into apps/notes/events/Spring Sale/en-US/
 * apps.notes.appClips[com.example.notes.Clip].defaultExperience
 *                                   → apps/notes/app-clips/com.example.notes.Clip.yaml, key defaultExperience
 * apps.notes.app-clips              → files downloaded into apps/notes/app-clips/ (App Clip card images)
 * apps.notes.product-pages.spring   → apps/notes/product-pages/spring/page.yaml, document root
 * apps.notes.product-pages.spring.locales.en-US → apps/notes/product-pages/spring/locales/en-US.yaml
 * apps.notes.product-pages.spring.screenshots.en-US.APP_IPHONE_67 → files in that page folder's screenshots/
 * </pre>
 * A segment {@code list[field=value]} (a {@link Segment}) is the item of a list of maps with that natural key; its
 * value may hold dots (emails, product ids) and ends at the {@code ]} that ends the segment.
 * A media set's attributes are its files: file name → {@code {url, sourceFileChecksum, fileSize}}.
 */
public final class StoreLayout {
    /** Areas of an app that have a file of their own (DESIGN 3); anything else is a key of app.yaml. */
    private static final Map<String, String> AREA_FILES = Map.of(
            "testFlight", "testflight.yaml", "testflight", "testflight.yaml", "purchases", "purchases.yaml",
            "reviews", "reviews/replies.yaml", "nominations", "nominations.yaml", "experiments", "experiments.yaml");

    /**
     * Areas whose objects are files of their own in a folder, one per name: {@code apps.notes.appClips[com.example.Clip]}
     * is {@code apps/notes/app-clips/com.example.Clip.yaml} (a name may hold dots, so it is bracketed).
     */
    private static final Map<String, String> BRACKETED_FOLDER_AREAS = Map.of("appClips", "app-clips");

    /**
     * Areas of folders that each hold a YAML file, locales/ and media the way an app folder does (DESIGN 3), by
     * the name of that YAML file.
     */
    private static final Map<String, String> NESTED_AREAS = Map.of("product-pages", "page.yaml");

    /** Areas whose objects are folders of media files (DESIGN 3), not YAML. */
    private static final Set<String> MEDIA_AREAS = Set.of("screenshots", "previews");
    /** Areas that are folders of one YAML file per object (DESIGN 3), whose media are beside the files by locale. */
    private static final Set<String> FOLDER_AREAS = Set.of("events");
    /** Media folders with no locale or type level: {@code reviewScreenshots/} holds files purchases.yaml names. */
    private static final Set<String> FLAT_MEDIA_AREAS = Set.of("reviewScreenshots", "app-clips");

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
        Path app = Path.of("apps", segment(parts.get(1)));
        List<String> rest = parts.subList(2, parts.size());
        if (rest.isEmpty()) {
            return new Place(app.resolve("app.yaml"), List.of());
        }
        if (rest.get(0).equals("locales") && rest.size() >= 2) {
            return new Place(app.resolve("locales").resolve(segment(rest.get(1)) + ".yaml"), rest.subList(2, rest.size()));
        }
        String nestedFile = NESTED_AREAS.get(rest.get(0));
        if (nestedFile != null && rest.size() >= 2) {
            Path folder = app.resolve(rest.get(0)).resolve(segment(rest.get(1)));
            List<String> inner = rest.subList(2, rest.size());
            if (inner.size() >= 2 && inner.get(0).equals("locales")) {
                return new Place(folder.resolve("locales").resolve(segment(inner.get(1)) + ".yaml"),
                        inner.subList(2, inner.size()));
            }
            return new Place(folder.resolve(nestedFile), inner);
        }
        if (FOLDER_AREAS.contains(rest.get(0)) && rest.size() >= 2) {
            return new Place(app.resolve(rest.get(0)).resolve(segment(rest.get(1)) + ".yaml"),
                    rest.subList(2, rest.size()));
        }
        int open = rest.get(0).indexOf('[');
        if (open > 0 && rest.get(0).endsWith("]")
                && BRACKETED_FOLDER_AREAS.containsKey(rest.get(0).substring(0, open))) {
            String name = rest.get(0).substring(open + 1, rest.get(0).length() - 1);
            return new Place(app.resolve(BRACKETED_FOLDER_AREAS.get(rest.get(0).substring(0, open)))
                    .resolve(segment(name)
                    + ".yaml"), rest.subList(1, rest.size()));
        }
        String areaFile = AREA_FILES.get(rest.get(0));
        if (areaFile != null) {
            return new Place(app.resolve(areaFile), rest.subList(1, rest.size()));
        }
        return new Place(app.resolve("app.yaml"), rest);
    }

    /**
     * The folder of a media set ({@code apps.notes.screenshots.en-US.APP_IPHONE_67} →
     * {@code apps/notes/screenshots/en-US/APP_IPHONE_67}), or empty when the path is not one.
     */
    public static Optional<Path> mediaFolder(String storePath) {
        List<String> parts = split(storePath);
        if (parts.size() == 3 && parts.get(0).equals("apps") && FLAT_MEDIA_AREAS.contains(parts.get(2))) {
            return Optional.of(Path.of("apps", segment(parts.get(1)), parts.get(2)));
        }
        if (parts.size() == 8 && parts.get(0).equals("apps") && parts.get(2).equals("experiments")
                && MEDIA_AREAS.contains(parts.get(5))) {
            // A product page optimization treatment's media: experiments/<test>/<treatment>/ laid out as the app's own.
            return Optional.of(Path.of("apps", segment(parts.get(1)), parts.get(2), segment(parts.get(3)),
                    segment(parts.get(4)), parts.get(5), segment(parts.get(6)), segment(parts.get(7))));
        }
        if (parts.size() == 7 && parts.get(0).equals("apps") && NESTED_AREAS.containsKey(parts.get(2))
                && MEDIA_AREAS.contains(parts.get(4))) {
            return Optional.of(Path.of("apps", segment(parts.get(1)), parts.get(2), segment(parts.get(3)), parts.get(4),
                    segment(parts.get(5)), segment(parts.get(6))));
        }
        if (parts.size() != 5 || !parts.get(0).equals("apps") || !(MEDIA_AREAS.contains(parts.get(2))
                || FOLDER_AREAS.contains(parts.get(2)))) {
            return Optional.empty();
        }
        return Optional.of(Path.of("apps", segment(parts.get(1)), parts.get(2), segment(parts.get(3)),
                segment(parts.get(4))));
    }

    /** Adds an exported object to the content at its place: YAML keys, or files to download for a media set. */
    public static void put(StoreContent content, ExportedObject exported) {
        Optional<Path> folder = mediaFolder(exported.storePath());
        if (folder.isPresent()) {
            exported.attributes().forEach((name, file) -> content.download(folder.get().resolve(fileName(name)),
                    remoteFile(exported.storePath() + "." + name, file)));
            return;
        }
        Place place = of(exported.storePath());
        content.put(place.file(), place.keys(), exported.attributes());
    }

    /** A file name from Apple is one path segment, never a way out of its folder. */
    private static String fileName(String name) {
        return segment(name);
    }

    /**
     * A name from a live answer (a locale code, a display type, a file name) used as one path segment: refused
     * unless it is a plain name, so a locale code of {@code /tmp/x/pwned} or {@code ..} cannot lead the import
     * out of {@code --out}, and no control character reaches a file name.
     */
    static String segment(String name) {
        boolean plain = !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.length() <= 255
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f);
        if (!plain) {
            throw new IllegalArgumentException("App Store Connect answered '" + dev.ascctl.store.Printable.of(name, 80)
                    + "' where a file or folder name is expected (not a media file name, locale or folder); import refuses"
                    + " it and writes nothing");
        }
        return name;
    }

    private static RemoteFile remoteFile(String where, JsonNode file) {
        String url = file == null ? null : file.path("url").asString(null);
        if (url == null) {
            throw new IllegalArgumentException(where + " has no download url");
        }
        JsonNode md5 = file.path("sourceFileChecksum");
        return new RemoteFile(URI.create(url), md5.isString() ? md5.asString() : null, file.path("fileSize").asLong(0));
    }

    // Locale codes contain no dots (en-US, zh-Hans), and labels are folder names; so a dot separates, except inside
    // a list item's [field=value], whose value (an email, a product id) may hold dots.
    static List<String> split(String storePath) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean inItem = false;
        for (int i = 0; i < storePath.length(); i++) {
            char c = storePath.charAt(i);
            if (!inItem && c == '[') {
                inItem = true;
            } else if (inItem && c == ']' && (i + 1 == storePath.length() || storePath.charAt(i + 1) == '.')) {
                inItem = false;
            } else if (!inItem && c == '.') {
                out.add(storePath.substring(start, i));
                start = i + 1;
            }
        }
        out.add(storePath.substring(start));
        return out;
    }
}
