package dev.ascctl.plan;

import dev.ascctl.asc.Document;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveState;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Policy;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreDefaults;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Desired and live states built in code, for engine tests that need no network. */
final class PlanFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path ROOT = Path.of("/store");
    static final String BUNDLE = "com.example.notes";

    private PlanFixtures() {
    }

    /** Attributes from YAML-like JSON text, e.g. {@code {"name": "Notes", "subtitle": null}}. */
    static Attributes attrs(String json, String... sensitive) {
        JsonNode node = JSON.readTree(json);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            values.put(e.getKey(), e.getValue());
            marks.put(e.getKey(), new Mark(ROOT.resolve("apps/notes/app.yaml"), 1, 1));
        });
        return new Attributes(values, marks, Set.of(sensitive));
    }

    static LocaleSpec locale(String locale, String appInfoJson, String versionJson) {
        return new LocaleSpec(locale, ROOT.resolve("apps/notes/locales/" + locale + ".yaml"), attrs(appInfoJson),
                attrs(versionJson));
    }

    static AppSpec app(Attributes version, Attributes review, Attributes ageRating, LocaleSpec... locales) {
        TreeMap<String, LocaleSpec> byLocale = new TreeMap<>();
        byLocale.put("en-US", locale("en-US", "{}", "{}")); // the primary locale always has a file
        for (LocaleSpec l : locales) {
            byLocale.put(l.locale(), l);
        }
        return new AppSpec("notes", ROOT.resolve("apps/notes"), new Mark(ROOT.resolve("apps/notes/app.yaml"), 1, 1),
                BUNDLE, "IOS", "en-US", Attributes.empty(), Attributes.empty(), ageRating, version, review, byLocale);
    }

    /** An app whose app.yaml also sets app-level keys and categories (no locale beyond the primary one). */
    static AppSpec appWith(Attributes appKeys, Attributes categories, Attributes ageRating, Attributes version) {
        TreeMap<String, LocaleSpec> byLocale = new TreeMap<>();
        byLocale.put("en-US", locale("en-US", "{}", "{}"));
        return new AppSpec("notes", ROOT.resolve("apps/notes"), new Mark(ROOT.resolve("apps/notes/app.yaml"), 1, 1),
                BUNDLE, "IOS", "en-US", appKeys, categories, ageRating, version, Attributes.empty(), byLocale);
    }

    static Store store(Policy policy, AppSpec... apps) {
        return new Store(ROOT, policy, StoreDefaults.none(), List.of(apps));
    }

    static Policy prune(boolean locales, String... ignore) {
        return new Policy(Map.of("locales", locales), List.of(ignore));
    }

    /**
     * A live app shaped as Apple sends it: one editable appInfo with an en-US and a fr-FR localization, no primary
     * category, no content rights declaration and an age rating with 2 of 14 required answers, and version 1.0 in the given state with an en-US localization and a review detail.
     */
    static LiveState live(String versionState, boolean firstVersion) {
        Document apps = Document.parse("""
                {"data":[{"type":"apps","id":"100","attributes":{"bundleId":"com.example.notes","primaryLocale":"en-US",
                  "contentRightsDeclaration":null},
                  "relationships":{"appStoreVersions":{"data":[{"type":"appStoreVersions","id":"v1"}%s]}}}],
                 "included":[{"type":"appStoreVersions","id":"v1","attributes":{"platform":"IOS","versionString":"1.0",
                  "appVersionState":"%s"}}%s],
                 "links":{"self":"x"}}
                """.formatted(firstVersion ? "" : ",{\"type\":\"appStoreVersions\",\"id\":\"v0\"}", versionState,
                firstVersion ? "" : ",{\"type\":\"appStoreVersions\",\"id\":\"v0\",\"attributes\":{\"platform\":\"IOS\","
                        + "\"versionString\":\"0.9\",\"appVersionState\":\"READY_FOR_DISTRIBUTION\"}}"));
        Document infos = Document.parse("""
                {"data":[{"type":"appInfos","id":"i1","attributes":{"state":"PREPARE_FOR_SUBMISSION"},
                  "relationships":{"appInfoLocalizations":{"data":[{"type":"appInfoLocalizations","id":"l-en"},
                    {"type":"appInfoLocalizations","id":"l-fr"}]},
                   "ageRatingDeclaration":{"data":{"type":"ageRatingDeclarations","id":"age1"}},
                   "primaryCategory":{"data":null}}}],
                 "included":[
                  {"type":"appInfoLocalizations","id":"l-en","attributes":{"locale":"en-US","name":"Notes","subtitle":"Old"}},
                  {"type":"appInfoLocalizations","id":"l-fr","attributes":{"locale":"fr-FR","name":"Notes FR","subtitle":null}},
                  {"type":"ageRatingDeclarations","id":"age1","attributes":{"gambling":false,"violenceRealistic":"NONE"}}],
                 "links":{"self":"x"}}
                """);
        Document versions = Document.parse("""
                {"data":[{"type":"appStoreVersions","id":"v1","attributes":{"platform":"IOS","versionString":"1.0",
                  "appVersionState":"%s","copyright":"2025 Old","releaseType":"MANUAL","earliestReleaseDate":null},
                  "relationships":{"appStoreVersionLocalizations":{"data":[{"type":"appStoreVersionLocalizations","id":"vl-en"}]},
                   "appStoreReviewDetail":{"data":{"type":"appStoreReviewDetails","id":"rd1"}}}}],
                 "included":[
                  {"type":"appStoreVersionLocalizations","id":"vl-en","attributes":{"locale":"en-US","description":"Same",
                    "keywords":"a, b","whatsNew":null,"promotionalText":"Promo"}},
                  {"type":"appStoreReviewDetails","id":"rd1","attributes":{"contactEmail":"ada@example.com",
                    "demoAccountPassword":"old-password","demoAccountRequired":true}}],
                 "links":{"self":"x"}}
                """.formatted(versionState));
        var app = apps.data().get(0);
        List<dev.ascctl.asc.Resource> included = new java.util.ArrayList<>(infos.included());
        included.addAll(versions.included());
        LiveApp liveApp = new LiveApp(BUNDLE, "IOS", app, infos.data(), versions.data(), apps.included(), included);
        // What the readiness check of a wanted submission reads (LiveReader would): en-US has no screenshot sets.
        liveApp.recordRead(dev.ascctl.asc.endpoint.media.ListMediaSets.of(
                dev.ascctl.asc.endpoint.media.MediaType.SCREENSHOT, "vl-en"),
                Document.parse("{\"data\":[],\"links\":{\"self\":\"x\"}}"));
        return new LiveState(Map.of(BUNDLE, liveApp), 3);
    }
}
