package dev.ascctl.resource.kinds.pages;

import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.ListMediaSets;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.endpoint.pages.CustomProductPages;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.media.MediaFileValue;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.AscLocales;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.MediaSet;
import dev.ascctl.store.MediaSpec;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Custom product pages in the store and live, shared by the page's kinds. One folder per page:
 * <pre>
 * apps/notes/product-pages/spring/page.yaml          # name: Spring Sale, visible: true, deepLink: https://...
 * apps/notes/product-pages/spring/locales/en-US.yaml # promotionalText: Half price until May.
 * apps/notes/product-pages/spring/screenshots/en-US/APP_IPHONE_67/01-sale.png   # as the app's own screenshots
 * apps/notes/product-pages/spring/previews/en-US/IPHONE_67/01-tour.mp4
 * </pre>
 * The folder name is only a label; the page is Apple's {@code name} in page.yaml (the folder name when left out).
 * Apple keeps a page's deep link, localizations and media on its versions: the kinds work on the page's current
 * version ({@link #current}), and when that one is approved and the store differs from it, on a new version the
 * apply creates ({@link #needsNewVersion}).
 *
 * <p>Reads (only for an app that declares a page): the app's pages with their versions (one request); per declared
 * page that exists, its current version's localizations (one); per such localization whose locale the page has
 * screenshot (preview) folders for, its screenshot (preview) sets with their assets (one each). That is the least
 * the spec's includes allow: a version's localizations cannot be included in the page list, nor a set's assets in
 * the localization list.
 */
final class ProductPages {
    /** The page files' section, the store path area and the {@code policy.prune} key. */
    static final String KEY = "productPages";
    static final String LOCALES_KEY = "productPageLocales";
    static final String FOLDER = "product-pages";
    static final String SEGMENT = "productPage";
    /**
     * Apple's limit on a page's promotional text, the same as the app's own ([docs] App Store Connect Help,
     * "Custom product pages": "promotional text ... up to 170 characters"); the spec states none.
     */
    static final int PROMOTIONAL_TEXT_LIMIT = 170;
    /** Version states in which Apple takes changes (ProductPageRules in the sandbox says where they come from). */
    static final Set<String> EDITABLE = Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "REJECTED");
    /** Version states of a version in App Review: frozen, and no new version may be made. */
    static final Set<String> IN_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");
    private static final Set<String> IN_THE_WORKS = Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final JsonNode PAGE_SCHEMA = JSON.readTree("""
            {"description": "A custom product page (product-pages/<folder>/page.yaml): its name, visibility and\
             deep link; its promotional text in locales/<locale>.yaml and its screenshots and previews in\
             screenshots/ and previews/ beside this file, laid out as the app's own.",
             "examples": [{"name": "Spring Sale", "visible": true, "deepLink": "https://example.com/spring"}],
             "type": "object", "additionalProperties": false,
             "properties": {
               "name": {"description": "Apple's name of the page, unique in the app (default: the folder name).",
                 "examples": ["Spring Sale"], "type": "string", "minLength": 1, "maxLength": 255},
               "visible": {"description": "Whether the page is visible on the App Store (its URL works).",
                 "examples": [true], "type": "boolean"},
               "deepLink": {"description": "Where the app opens when installed from this page (a URL or null).",
                 "examples": ["https://example.com/spring"], "type": ["string", "null"], "format": "uri"}}}""");

    static final JsonNode LOCALE_SCHEMA = JSON.readTree("""
            {"description": "A custom product page's text in one locale (product-pages/<folder>/locales/<locale>.yaml).",
             "examples": [{"promotionalText": "Half price until May."}],
             "type": "object", "additionalProperties": false,
             "properties": {
               "promotionalText": {"description": "The page's promotional text (at most 170 characters).",
                 "examples": ["Half price until May."], "type": ["string", "null"]}}}""");

    private ProductPages() {
    }

    /** One page as the store declares it. */
    record Page(String folder, String name, SectionInput file, Map<String, SectionInput> locales, MediaSpec media) {
        /** A key of page.yaml as written, when written. */
        Optional<JsonNode> value(String key) {
            return Optional.ofNullable(file.value().get(key));
        }

        /** The promotional text of a locale file, when written. */
        Optional<JsonNode> promotionalText(String locale) {
            return Optional.ofNullable(locales.get(locale)).map(l -> l.value().get("promotionalText"))
                    .filter(Objects::nonNull);
        }
    }

    /** Every page the app's store declares, by folder order. */
    static List<Page> pages(AppSpec app) {
        List<Page> out = new ArrayList<>();
        List<SectionInput> localeFiles = app.sections().all(LOCALES_KEY);
        for (SectionInput file : app.sections().all(KEY)) {
            String folder = segments(file).get(1);
            Map<String, SectionInput> locales = new LinkedHashMap<>();
            for (SectionInput l : localeFiles) {
                List<String> parts = segments(l);
                if (parts.get(1).equals(folder)) {
                    locales.put(parts.get(3).substring(0, parts.get(3).length() - ".yaml".length()), l);
                }
            }
            JsonNode name = file.value().get("name");
            out.add(new Page(folder, name != null && name.isString() ? name.asString() : folder, file, locales,
                    file.media()));
        }
        return out;
    }

    static NamedKey<AppKey> key(AppSpec app, String name) {
        return new NamedKey<>(new AppKey(app.bundleId()), SEGMENT, name);
    }

    static String storePath(AppSpec app, Page page) {
        return dev.ascctl.resource.kinds.Handlers.storePath(app) + "." + FOLDER + "." + page.folder();
    }

    private static List<String> segments(SectionInput file) {
        return List.of(file.path().orElseThrow().split("/"));
    }

    /** The rules of a page file the schema cannot state: none beyond it yet (the name's uniqueness is the app's). */
    static List<Problem> pageProblems(SectionInput page) {
        return List.of();
    }

    /** A page's locale file: a locale Apple knows, and promotional text within Apple's limit. */
    static List<Problem> localeProblems(SectionInput file) {
        List<Problem> out = new ArrayList<>();
        List<String> parts = segments(file);
        String locale = parts.get(3).substring(0, parts.get(3).length() - ".yaml".length());
        if (!AscLocales.isKnown(locale)) {
            out.add(new Problem(file.fileMark(), "locale file " + parts.get(3) + " of product page folder "
                    + parts.get(1) + ": '" + locale + "' is not a locale App Store Connect knows"));
        }
        JsonNode text = file.value().path("promotionalText");
        if (text.isString() && text.asString().codePointCount(0, text.asString().length()) > PROMOTIONAL_TEXT_LIMIT) {
            out.add(file.problemAt("/promotionalText", "promotionalText has " + text.asString().codePointCount(0,
                    text.asString().length()) + " characters; Apple allows at most " + PROMOTIONAL_TEXT_LIMIT
                    + " on a custom product page"));
        }
        return out;
    }

    // ---- live ----------------------------------------------------------------------------------------------

    /** Reads what the page kinds compare (see the class comment); nothing for an app that declares no page. */
    static void read(LiveApp app, AppSpec spec, Reads reads) {
        List<Page> pages = pages(spec);
        if (pages.isEmpty()) {
            return;
        }
        Document all = reads.get(CustomProductPages.ofApp(app.app().id()));
        List<dev.ascctl.asc.ApiQuery> localizationReads = new ArrayList<>();
        for (Page page : pages) {
            find(all, page.name()).flatMap(p -> current(all, p))
                    .ifPresent(v -> localizationReads.add(CustomProductPages.localizations(v.id())));
        }
        List<Document> localizations = reads.getAll(localizationReads);
        List<dev.ascctl.asc.ApiQuery> mediaReads = new ArrayList<>();
        int i = 0;
        for (Page page : pages) {
            Optional<Resource> version = find(all, page.name()).flatMap(p -> current(all, p));
            if (version.isEmpty()) {
                continue;
            }
            for (Resource loc : localizations.get(i++).data()) {
                String locale = LiveApp.text(loc, "locale");
                for (MediaKind kind : MediaKind.values()) {
                    if (page.media().prunes(kind) || page.media().sets(kind).stream()
                            .anyMatch(s -> s.locale().equals(locale))) {
                        mediaReads.add(ListMediaSets.of(media(kind), CustomProductPages.LOCALIZATIONS, loc.id()));
                    }
                }
            }
        }
        reads.getAll(mediaReads);
    }

    static MediaType media(MediaKind kind) {
        return kind == MediaKind.SCREENSHOTS ? MediaType.SCREENSHOT : MediaType.PREVIEW;
    }

    /** The app's live pages, when read. */
    static Optional<Document> livePages(LiveApp app) {
        return app.read(CustomProductPages.ofApp(app.app().id()));
    }

    static Optional<Resource> find(Document pages, String name) {
        return pages.data().stream().filter(p -> name.equals(LiveApp.text(p, "name"))).findFirst();
    }

    /** A page's versions as the page list included them. */
    static List<Resource> versions(Document pages, Resource page) {
        return LiveApp.included(Optional.of(pages), page, CustomProductPages.VERSIONS);
    }

    /**
     * The version the store is compared with: the one in the works (being prepared, in review or rejected; Apple
     * allows one), else the newest approved one, else the newest.
     */
    static Optional<Resource> current(Document pages, Resource page) {
        List<Resource> versions = new ArrayList<>(versions(pages, page));
        versions.sort(Comparator.comparingInt(ProductPages::number));
        Optional<Resource> working = versions.stream().filter(v -> IN_THE_WORKS.contains(state(v))).findFirst();
        if (working.isPresent()) {
            return working;
        }
        List<Resource> approved = versions.stream().filter(v -> Set.of("APPROVED", "ACCEPTED").contains(state(v)))
                .toList();
        if (!approved.isEmpty()) {
            return Optional.of(approved.get(approved.size() - 1));
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    private static int number(Resource version) {
        try {
            return Integer.parseInt(String.valueOf(LiveApp.text(version, "version")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String state(Resource version) {
        return String.valueOf(LiveApp.text(version, "state"));
    }

    /** The live state of one declared page, as read. */
    record Live(Resource page, Optional<Resource> version, List<Resource> localizations) {
        /** Why Apple takes no change of the version's content now, or null. */
        String blockedReason(String name) {
            return version.filter(v -> IN_REVIEW.contains(state(v))).map(v -> "custom product page '" + name
                    + "' version " + LiveApp.text(v, "version") + " is " + state(v) + "; Apple takes no change"
                    + " until its review ends").orElse(null);
        }

        boolean editable() {
            return version.filter(v -> EDITABLE.contains(state(v))).isPresent();
        }
    }

    static Optional<Live> live(LiveApp app, Page page) {
        Optional<Document> pages = livePages(app);
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        return find(pages.get(), page.name()).map(p -> {
            Optional<Resource> version = current(pages.get(), p);
            List<Resource> locs = version.flatMap(v -> app.read(CustomProductPages.localizations(v.id())))
                    .map(Document::data).orElse(List.of());
            return new Live(p, version, locs);
        });
    }

    /** The live sets of one media kind of a page localization (read only where the page declares that kind). */
    static List<Resource> sets(LiveApp app, MediaKind kind, Resource localization) {
        return app.read(ListMediaSets.of(media(kind), CustomProductPages.LOCALIZATIONS, localization.id()))
                .map(Document::data).orElse(List.of());
    }

    static List<Resource> assets(LiveApp app, MediaKind kind, Resource localization, Resource set) {
        return LiveApp.included(app.read(ListMediaSets.of(media(kind), CustomProductPages.LOCALIZATIONS,
                localization.id())), set, media(kind).assetType());
    }

    /**
     * Whether the store asks for a new version: the current version is done with (approved, or replaced) and the
     * store differs from it in a value it declares (deep link, a locale's promotional text, a locale it lacks, a
     * media set's files). Apple does not let a done version change; App Store Connect makes a new one for edits.
     */
    static boolean needsNewVersion(LiveApp app, Page page, Live live) {
        if (live.version().isEmpty()) {
            return false; // no version at all: the version kind creates the first one
        }
        Resource version = live.version().get();
        if (EDITABLE.contains(state(version)) || IN_REVIEW.contains(state(version))) {
            return false;
        }
        Optional<JsonNode> deepLink = page.value("deepLink");
        if (deepLink.isPresent() && !dev.ascctl.resource.Values.same(deepLink.get(), version.attribute("deepLink"))) {
            return true;
        }
        for (String locale : page.locales().keySet()) {
            Optional<Resource> loc = live.localizations().stream().filter(l -> locale.equals(LiveApp.text(l, "locale")))
                    .findFirst();
            if (loc.isEmpty()) {
                return true;
            }
            Optional<JsonNode> text = page.promotionalText(locale);
            if (text.isPresent() && !dev.ascctl.resource.Values.same(text.get(), loc.get().attribute("promotionalText"))) {
                return true;
            }
        }
        for (MediaKind kind : MediaKind.values()) {
            for (MediaSet set : page.media().sets(kind)) {
                Optional<Resource> loc = live.localizations().stream()
                        .filter(l -> set.locale().equals(LiveApp.text(l, "locale"))).findFirst();
                if (loc.isEmpty()) {
                    return true;
                }
                Optional<Resource> liveSet = sets(app, kind, loc.get()).stream()
                        .filter(s -> set.type().equals(LiveApp.text(s, media(kind).setTypeAttribute()))).findFirst();
                if (liveSet.isEmpty()) {
                    return !set.files().isEmpty();
                }
                List<String> liveMd5 = assets(app, kind, loc.get(), liveSet.get()).stream()
                        .map(a -> MediaFileValue.of(a, media(kind))).filter(MediaFileValue::usable)
                        .map(MediaFileValue::md5).toList();
                List<String> wanted = set.files().stream().map(f -> f.md5()).toList();
                if (page.media().prunes(kind) ? !liveMd5.equals(wanted) : !liveMd5.subList(0,
                        Math.min(liveMd5.size(), wanted.size())).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The version a new child of the page (a localization) goes on: the live current version when Apple takes
     * changes on it, else the version this apply creates (a missing child of an approved version is what makes the
     * plan create one, {@link #needsNewVersion}).
     */
    static String versionIdForNew(LiveApp app, NamedKey<AppKey> page) {
        return livePages(app).flatMap(d -> find(d, page.name()).flatMap(p -> current(d, p)))
                .filter(v -> EDITABLE.contains(state(v))).map(Resource::id)
                .orElse(dev.ascctl.resource.IdReference.token(new dev.ascctl.resource.kinds.PartKey<>(page, "version")
                        .address()));
    }

    /** The localization a new media set goes on: the live one on an editable current version, else a new one's. */
    static String localizationIdForNew(LiveApp app, dev.ascctl.resource.kinds.LocaleKey<NamedKey<AppKey>> locale) {
        return livePages(app).flatMap(d -> find(d, locale.parent().name()).flatMap(p -> current(d, p)))
                .filter(v -> EDITABLE.contains(state(v)))
                .flatMap(v -> app.read(CustomProductPages.localizations(v.id())))
                .flatMap(d -> d.data().stream().filter(l -> locale.locale().equals(LiveApp.text(l, "locale")))
                        .findFirst()).map(Resource::id)
                .orElse(dev.ascctl.resource.IdReference.token(locale.address()));
    }
}
