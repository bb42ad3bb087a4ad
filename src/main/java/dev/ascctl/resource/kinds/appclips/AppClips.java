package dev.ascctl.resource.kinds.appclips;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.AscLocales;
import dev.ascctl.store.FileChecksum;
import dev.ascctl.store.ImageHeaders;
import dev.ascctl.store.MediaFile;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import dev.ascctl.store.TextLimits;
import dev.ascctl.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The App Clips of an app, one file each: {@code apps/<app>/app-clips/<App Clip bundle id>.yaml}. What the file
 * says, how it is checked offline and read live, shared by the App Clip kinds of this package.
 * <pre>
 * # apps/notes/app-clips/com.example.notes.Clip.yaml
 * defaultExperience:                      # released with the version being prepared (app.yaml version)
 *   action: OPEN                          # OPEN | VIEW | PLAY
 *   reviewDetail: {invocationUrls: ["https://example.com/clip"]}
 *   localizations:
 *     en-US: {subtitle: Order ahead, headerImage: app-clips/card-en.png}   # image relative to apps/notes/
 *     de-DE: {subtitle: Vorbestellen, headerImage: app-clips/card-de.png}
 * advancedExperiences:                    # keyed by link; removed only with policy.prune.appClipExperiences
 *   - link: https://example.com/clip/store/1
 *     action: VIEW
 *     isPoweredBy: false
 *     businessCategory: FOOD_AND_DRINK
 *     defaultLanguage: EN
 *     place: {names: [Cafe], mainAddress: {fullAddress: 1 Main St}}   # Apple's place object
 *     headerImage: app-clips/store-1.png
 *     localizations: {EN: {title: Cafe, subtitle: Order ahead}}
 * </pre>
 * Limits checked offline (Apple's spec declares none; the sources are named next to each): the header image
 * 1800x1200 pixels, PNG or JPEG; the subtitle 56 characters; an advanced experience's title 30; every invocation URL
 * and link an https URL.
 */
public final class AppClips {
    /** The section key, the folder in the app folder, and the policy.prune key of experiences and localizations. */
    public static final String KEY = "appClips";
    public static final String FOLDER = "app-clips";
    public static final String PRUNE = "appClipExperiences";
    /**
     * [docs] The App Clip card image: 1800x1200 pixels, PNG or JPEG (Apple's "Configuring the launch experience of
     * your App Clip" and App Store Connect Help, App Clip experiences: "1800 x 1200 pixels, 3:2"; WWDC20 said
     * 3000x2000 before App Store Connect settled on this). The same size for advanced experiences' images.
     */
    static final int IMAGE_WIDTH = 1800;
    static final int IMAGE_HEIGHT = 1200;
    /**
     * [docs] The App Clip card subtitle: 56 characters (App Store Connect's App Clip card fields, as listed by the
     * App Clip card glossary of aso.dog, 2025; WWDC20 "Configure and link your App Clips" said 43 then). An advanced
     * experience's title: 30 [assumed: the App Store's own title limit; Apple publishes none for it].
     */
    static final int SUBTITLE_LIMIT = 56;
    static final int TITLE_LIMIT = 30;
    static final List<String> ACTIONS = Vocabulary.get().enumValues("AppClipAction");
    static final List<String> LANGUAGES = Vocabulary.get().enumValues("AppClipAdvancedExperienceLanguage");
    static final List<String> CATEGORIES = Vocabulary.get().enumValues("AppClipAdvancedExperience.businessCategory");

    private AppClips() {
    }

    /** Every App Clip kind, in the order they are listed. */
    public static List<ResourceHandler<?>> kinds() {
        return List.of(new DefaultExperienceHandler(), new ClipLocalizationHandler(), new HeaderImageHandler(),
                new ClipReviewDetailHandler());
    }

    // ---- keys ---------------------------------------------------------------------------------------------------

    /** {@code app[b].appClip[com.example.notes.Clip]}. */
    static NamedKey<AppKey> clip(String bundleId, String clipBundleId) {
        return new NamedKey<>(new AppKey(bundleId), "appClip", clipBundleId);
    }

    /**
     * {@code app[b].version[2.4.0].appClip[c].defaultExperience}: the default experience is released with a version,
     * so it lies inside it (and a version the same apply creates is made first).
     */
    static PartKey<NamedKey<VersionKey>> experience(VersionKey version, String clipBundleId) {
        return new PartKey<>(new NamedKey<>(version, "appClip", clipBundleId), "defaultExperience");
    }

    /** The version app.yaml prepares, which the default experiences are released with. */
    static VersionKey version(AppSpec app, Declared clip) {
        if (!VersionHandler.hasVersion(app)) {
            throw new PlanTimeProblemException(new Problem(clip.input().keyMark("/defaultExperience"), "the App Clip's"
                    + " default experience is released with the version being prepared: add version: {versionString:"
                    + " \"X.Y.Z\"} to apps/" + app.label() + "/app.yaml, or leave defaultExperience out"));
        }
        return VersionHandler.key(app);
    }

    /** The id of a version for a create: the live one's, or the placeholder of the one the same apply creates. */
    static String versionId(VersionKey version, LiveApp app) {
        return app.currentVersion().filter(v -> version.versionString().equals(LiveApp.text(v, "versionString")))
                .map(Resource::id).orElseGet(() -> IdReference.token(version.address()));
    }

    // ---- the store ----------------------------------------------------------------------------------------------

    /** One App Clip file as written. */
    record Declared(String clipBundleId, SectionInput input) {
        JsonNode root() {
            return input.value();
        }

        Optional<JsonNode> defaultExperience() {
            return Optional.of(root().path("defaultExperience")).filter(JsonNode::isObject);
        }

        /** The advanced experiences by link, as written. */
        List<JsonNode> advanced() {
            List<JsonNode> out = new ArrayList<>();
            root().path("advancedExperiences").forEach(e -> {
                if (e.path("link").isString()) {
                    out.add(e);
                }
            });
            return out;
        }

        String storePath(AppSpec app) {
            return exportPath(app.label(), clipBundleId);
        }
    }

    /**
     * Where an App Clip's file is in store paths ({@code policy.ignore}, import): {@code apps.<label>.appClips[<bundle id>]}
     * (a bundle id has dots, so it is one bracketed segment).
     */
    static String exportPath(String label, String clipBundleId) {
        return "apps." + label + "." + KEY + "[" + clipBundleId + "]";
    }

    /** The App Clip files of the app, by App Clip bundle id. */
    static List<Declared> declared(AppSpec app) {
        SortedMap<String, SectionInput> files = app.sectionFiles(KEY);
        return files.entrySet().stream().map(e -> new Declared(e.getKey(), e.getValue())).toList();
    }

    /** The section: the folder, the file schema and the offline rules. */
    static StoreSection section() {
        return StoreSection.ownFolder(KEY, FOLDER, Schema.FILE, AppClips::problems);
    }

    /**
     * A header image the YAML names, as the plan compares it: identity by MD5. {@code written} is relative to the
     * app folder; the store path is relative to the store, as the uploader reads it.
     */
    static MediaFile image(AppSpec app, String written) {
        Path file = app.dir().resolve(written).normalize();
        try {
            return new MediaFile(file.getFileName().toString(), Path.of("apps", app.label()).resolve(written).normalize(),
                    Files.size(file), FileChecksum.md5(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** What the schema cannot say: limits, locales, https URLs, image files and their size. */
    static List<Problem> problems(SectionInput in) {
        List<Problem> out = new ArrayList<>();
        JsonNode root = in.value();
        if (in.name() != null && !in.name().matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
            out.add(in.problemAt("", "an App Clip file is named after the App Clip's bundle id, e.g."
                    + " com.example.notes.Clip.yaml; '" + in.name() + "' is not a bundle id"));
        }
        Path appDir = in.file() == null ? null : in.file().toAbsolutePath().getParent().getParent();
        JsonNode experience = root.path("defaultExperience");
        JsonNode urls = experience.path("reviewDetail").path("invocationUrls");
        for (int i = 0; i < urls.size(); i++) {
            https(in, "/defaultExperience/reviewDetail/invocationUrls/" + i, "invocationUrls", out);
        }
        JsonNode localizations = experience.path("localizations");
        if (localizations.isObject()) {
            for (String locale : localizations.propertyNames()) {
                String at = SectionInput.child("/defaultExperience/localizations", locale);
                if (!AscLocales.isKnown(locale)) {
                    out.add(new Problem(in.keyMark(at), "'" + locale + "' is not a locale App Store Connect knows"
                            + AscLocales.closest(locale).map(c -> "; did you mean " + c + "?").orElse("")));
                }
                length(in, at + "/subtitle", "subtitle", SUBTITLE_LIMIT, out);
                headerImage(in, appDir, at + "/headerImage", out);
            }
        }
        JsonNode advanced = root.path("advancedExperiences");
        Set<String> links = new HashSet<>();
        for (int i = 0; i < advanced.size(); i++) {
            String at = "/advancedExperiences/" + i;
            if (https(in, at + "/link", "link", out) && !links.add(advanced.get(i).path("link").asString())) {
                out.add(in.problemAt(at + "/link", "link " + advanced.get(i).path("link").asString()
                        + " is declared twice; an advanced experience is known by its link"));
            }
            headerImage(in, appDir, at + "/headerImage", out);
            JsonNode texts = advanced.get(i).path("localizations");
            if (texts.isObject()) {
                for (String language : texts.propertyNames()) {
                    String entry = SectionInput.child(at + "/localizations", language);
                    length(in, entry + "/title", "title", TITLE_LIMIT, out);
                    length(in, entry + "/subtitle", "subtitle", SUBTITLE_LIMIT, out);
                }
            }
        }
        return out;
    }

    private static void length(SectionInput in, String at, String key, int limit, List<Problem> out) {
        JsonNode value = in.value().at(at);
        if (value.isString() && TextLimits.length(value.asString()) > limit) {
            out.add(in.problemAt(at, key + " is " + TextLimits.length(value.asString())
                    + " characters; Apple allows at most " + limit));
        }
    }

    /** Whether the string at {@code at} is an https URL with a host; a problem when it is written and is not. */
    private static boolean https(SectionInput in, String at, String key, List<Problem> out) {
        JsonNode value = in.value().at(at);
        if (!value.isString()) {
            return false;
        }
        boolean ok;
        try {
            URI uri = new URI(value.asString());
            ok = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            out.add(in.problemAt(at, key + " '" + value.asString() + "' is not an https URL; App Clips open only"
                    + " https links (e.g. https://example.com/clip)"));
        }
        return ok;
    }

    /**
     * A header image is a PNG or JPEG file inside the app folder, of Apple's one size, checked before any request so a
     * plan never reserves an upload Apple would fail.
     */
    private static void headerImage(SectionInput in, Path appDir, String at, List<Problem> out) {
        JsonNode value = in.value().at(at);
        if (!value.isString() || appDir == null) {
            return;
        }
        Path file = appDir.resolve(value.asString()).normalize();
        if (value.asString().isBlank() || !file.startsWith(appDir) || file.equals(appDir)) {
            out.add(in.problemAt(at, "headerImage must be a file inside the app folder, e.g. app-clips/card.png"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            out.add(in.problemAt(at, "headerImage file " + value.asString() + " not found in the app folder"));
            return;
        }
        try {
            // A link out of the store would upload someone's file to Apple (issue 21 finding 5): as StoreFiles.
            Path store = appDir.getParent() == null || appDir.getParent().getParent() == null ? appDir
                    : appDir.getParent().getParent();
            if (!file.toRealPath().startsWith(store.toRealPath())) {
                out.add(in.problemAt(at, "headerImage " + value.asString() + " is a symbolic link leading outside the"
                        + " store; ascctl reads only files inside the store folder"));
                return;
            }
            Optional<ImageHeaders.Dimensions> size = ImageHeaders.read(file);
            if (size.isEmpty()) {
                out.add(in.problemAt(at, "headerImage " + value.asString() + " is not a PNG or JPEG image"));
            } else if (size.get().width() != IMAGE_WIDTH || size.get().height() != IMAGE_HEIGHT) {
                out.add(in.problemAt(at, "headerImage " + value.asString() + " is " + size.get() + "; Apple takes an"
                        + " App Clip card image of " + IMAGE_WIDTH + "x" + IMAGE_HEIGHT + " pixels only"));
            }
        } catch (IOException e) {
            out.add(in.problemAt(at, "cannot read headerImage " + value.asString() + ": " + e.getMessage()));
        }
    }

    // ---- live reads ---------------------------------------------------------------------------------------------

    /** {@code GET /v1/apps/{id}/appClips}: the app's App Clips (one request per app). */
    static ApiQuery clipsOf(LiveApp app) {
        return ApiQuery.of("/v1/apps/" + app.app().id() + "/appClips").fields("appClips", "bundleId").limit(200);
    }

    /** The default experiences of a clip, with their review detail and release version (one request per clip). */
    static ApiQuery experiencesOf(String clipId) {
        return ApiQuery.of("/v1/appClips/" + clipId + "/appClipDefaultExperiences")
                .include("releaseWithAppStoreVersion", "appClipAppStoreReviewDetail")
                .fields("appStoreVersions", "versionString", "appVersionState").limit(200);
    }

    /** The localizations of a default experience with their header images (one request per experience). */
    static ApiQuery localizationsOf(String experienceId) {
        return ApiQuery.of("/v1/appClipDefaultExperiences/" + experienceId + "/appClipDefaultExperienceLocalizations")
                .include("appClipHeaderImage").limit(200);
    }

    /** The advanced experiences of a clip with their images and localizations (one request per clip). */
    static ApiQuery advancedOf(String clipId) {
        return ApiQuery.of("/v1/appClips/" + clipId + "/appClipAdvancedExperiences")
                .include("headerImage", "localizations").limit("localizations", 50).limit(200);
    }

    /** A live App Clip by bundle id, from the app's clips read. */
    static Optional<Resource> liveClip(LiveApp app, String clipBundleId) {
        return app.read(clipsOf(app)).map(Document::data).orElse(List.of()).stream()
                .filter(c -> clipBundleId.equals(LiveApp.text(c, "bundleId"))).findFirst();
    }

    /** Every live App Clip of the app (for import). */
    static List<Resource> liveClips(LiveApp app) {
        return app.read(clipsOf(app)).map(Document::data).orElse(List.of());
    }

    /**
     * The default experience the store manages: the one released with the version being prepared (app.yaml's
     * {@code version}), as App Store Connect shows it on that version's page; empty when there is none yet.
     */
    static Optional<Resource> managedExperience(LiveApp app, VersionKey version, Resource clip) {
        Optional<String> versionId = liveVersion(app, version).map(Resource::id);
        if (versionId.isEmpty()) {
            return Optional.empty();
        }
        return app.read(experiencesOf(clip.id())).map(Document::data).orElse(List.of()).stream()
                .filter(e -> releasedWith(e, versionId.get())).findFirst();
    }

    /** Whether the default experience is released with the version {@code versionId}. */
    static boolean releasedWith(Resource experience, String versionId) {
        return experience.relationship("releaseWithAppStoreVersion").flatMap(r -> r.data()).orElse(List.of())
                .stream().anyMatch(l -> l.id().equals(versionId));
    }

    /** The live version {@code version} names, when it exists now. */
    static Optional<Resource> liveVersion(LiveApp app, VersionKey version) {
        return app.currentVersion().filter(v -> version.versionString().equals(LiveApp.text(v, "versionString")));
    }

    /** The resources of a read's {@code included} a to-one or to-many relationship of {@code from} points at. */
    static List<Resource> included(LiveApp app, ApiQuery read, Resource from, String relationship) {
        return LiveApp.included(app.read(read), from, relationship);
    }

    /** The JSON Schema of one App Clip file, with a description and an example for every key. */
    static final class Schema {
        static final ObjectNode FILE = build();

        private Schema() {
        }

        private static ObjectNode build() {
            String actions = quoted(ACTIONS);
            String text = """
                    {"description": "One App Clip of the app, in app-clips/<the App Clip's bundle id>.yaml: its default experience (released with the version being prepared) and its advanced experiences. A key left out is not managed.",
                     "examples": [{"defaultExperience": {"action": "OPEN", "localizations": {"en-US": {"subtitle": "Order ahead"}}}}],
                     "type": "object", "additionalProperties": false,
                     "properties": {
                      "defaultExperience": {"description": "The App Clip card every invocation shows, released with app.yaml's version.",
                       "examples": [{"action": "OPEN"}], "type": "object", "additionalProperties": false,
                       "properties": {
                        "action": {"description": "The card's button (Apple's AppClipAction).", "examples": ["OPEN"], "enum": [%1$s]},
                        "reviewDetail": {"description": "What App Review uses to open the App Clip.",
                         "examples": [{"invocationUrls": ["https://example.com/clip"]}], "type": "object", "additionalProperties": false,
                         "properties": {"invocationUrls": {"description": "https URLs that open the App Clip.",
                          "examples": [["https://example.com/clip"]], "type": "array", "items": {"type": "string"}}}},
                        "localizations": {"description": "The card's text and image by locale.",
                         "examples": [{"en-US": {"subtitle": "Order ahead", "headerImage": "app-clips/card-en.png"}}],
                         "type": "object", "additionalProperties": {"description": "The card in one locale.",
                          "examples": [{"subtitle": "Order ahead"}], "type": "object", "additionalProperties": false,
                          "properties": {
                           "subtitle": {"description": "The card's subtitle, at most 56 characters; null clears it.", "examples": ["Order ahead"], "type": ["string", "null"]},
                           "headerImage": {"description": "The card's image file, relative to the app folder: PNG or JPEG, 1800x1200 pixels.", "examples": ["app-clips/card-en.png"], "type": "string"}}}}}},
                      "advancedExperiences": {"description": "Advanced App Clip experiences, each known by its link. One missing here is removed only with policy.prune.appClipExperiences.",
                       "examples": [[{"link": "https://example.com/clip/store/1", "defaultLanguage": "EN", "isPoweredBy": false}]],
                       "type": "array", "items": {"description": "One advanced experience.",
                        "examples": [{"link": "https://example.com/clip/store/1"}], "type": "object", "additionalProperties": false,
                        "required": ["link"],
                        "properties": {
                         "link": {"description": "The https URL that invokes it (its key; Apple does not change it).", "examples": ["https://example.com/clip/store/1"], "type": "string"},
                         "action": {"description": "The card's button (Apple's AppClipAction).", "examples": ["VIEW"], "enum": [%1$s]},
                         "isPoweredBy": {"description": "Whether the card says the business is powered by the app.", "examples": [false], "type": "boolean"},
                         "businessCategory": {"description": "Apple's business category.", "examples": ["FOOD_AND_DRINK"], "enum": [%2$s]},
                         "defaultLanguage": {"description": "The language of the card where none of its localizations fits.", "examples": ["EN"], "enum": [%3$s]},
                         "place": {"description": "The place the experience is for, as Apple's place object (names, mainAddress, displayPoint, ...).", "examples": [{"names": ["Cafe"]}], "type": "object"},
                         "headerImage": {"description": "The card's image file, relative to the app folder: PNG or JPEG, 1800x1200 pixels.", "examples": ["app-clips/store-1.png"], "type": "string"},
                         "localizations": {"description": "The card's title (30) and subtitle (56) by Apple's language code.",
                          "examples": [{"EN": {"title": "Cafe", "subtitle": "Order ahead"}}], "type": "object",
                          "propertyNames": {"enum": [%3$s]},
                          "additionalProperties": {"description": "The card in one language.", "examples": [{"title": "Cafe"}],
                           "type": "object", "additionalProperties": false,
                           "properties": {"title": {"description": "At most 30 characters.", "examples": ["Cafe"], "type": "string"},
                            "subtitle": {"description": "At most 56 characters.", "examples": ["Order ahead"], "type": "string"}}}}}}}}}
                    """.formatted(actions, quoted(CATEGORIES), quoted(LANGUAGES));
            return (ObjectNode) JsonMapper.builder().build().readTree(text);
        }

        private static String quoted(List<String> values) {
            return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
        }
    }

    /** Null-safe stream of a JSON array. */
    static Stream<JsonNode> each(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    /** A map view of a JSON object's fields. */
    static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
