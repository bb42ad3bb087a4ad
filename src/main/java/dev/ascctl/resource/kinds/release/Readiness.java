package dev.ascctl.resource.kinds.release;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.endpoint.media.ListMediaSets;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.kinds.AgeRatingHandler;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.LocaleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What App Review needs before a version can be submitted, judged on the state after this apply: the live value,
 * or the YAML's when it declares one. Sources: App Store Connect Help, "Submit an app" and "Required, localizable
 * and editable properties" (build; description, keywords, support URL, and What's New except on a first version, in
 * every locale; name per locale; privacy policy URL; review contact; age rating; content rights), the build's export
 * compliance answer, the app's price and availability ({@code SaleReadiness}), and "Screenshot
 * specifications" (the primary locale needs the platform's required display type; other locales fall back to it).
 */
public final class Readiness {
    /** The display types Apple requires per platform; any one of a platform's list satisfies it. */
    static final Map<String, List<String>> REQUIRED_SCREENSHOTS = Map.of(
            "IOS", List.of("APP_IPHONE_67", "APP_IPHONE_65"),
            "MAC_OS", List.of("APP_DESKTOP"),
            "TV_OS", List.of("APP_APPLE_TV"),
            "VISION_OS", List.of("APP_APPLE_VISION_PRO"));
    static final List<String> REVIEW_CONTACT = List.of("contactFirstName", "contactLastName", "contactEmail",
            "contactPhone");
    /** The age rating questions App Review requires answered (one list, owned by the age rating kind). */
    static final List<String> AGE_RATING = AgeRatingHandler.REQUIRED_QUESTIONS;
    static final List<String> VERSION_LOCALE_FIELDS = List.of("description", "keywords", "supportUrl", "whatsNew");

    private Readiness() {
    }

    /**
     * What {@link #missing} reads beyond the base reads: the screenshot sets of the primary locale's version
     * localization (the same query the screenshots kind uses, so a store that manages screenshots reads it once).
     * Plan reads it when a submission is declared, {@code ascctl submit} always; both then judge the same data.
     */
    public static List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return app.currentVersion().flatMap(v -> primaryLocalization(app, v, spec))
                .map(loc -> List.of(ListMediaSets.of(MediaType.SCREENSHOT, loc.id()))).orElse(List.of());
    }

    private static Optional<Resource> primaryLocalization(LiveApp app, Resource version, AppSpec spec) {
        return app.related(version, "appStoreVersionLocalizations").orElse(List.of()).stream()
                .filter(l -> spec.primaryLocale().equals(LiveApp.text(l, "locale"))).findFirst();
    }

    /**
     * Everything missing, one short phrase each; empty when the version can be submitted. The one rule for plan's
     * submission check and {@code ascctl submit}; {@link #reads} must have been read into {@code app}.
     */
    public static List<String> missing(LiveApp app, AppSpec spec) {
        List<String> out = new ArrayList<>();
        Resource version = app.currentVersion().orElseThrow();
        Optional<JsonNode> build = ReleaseParts.declared(spec, BuildHandler.KEY);
        Optional<Resource> submitted = build.isPresent()
                ? BuildHandler.resolve(app, build.get().asString())
                : app.relatedOne(version, "build");
        if (build.isPresent()) {
            BuildHandler.problem(app, build.get().asString()).ifPresent(out::add);
        } else if (submitted.isEmpty()) {
            out.add("no build attached (set version.build)");
        }
        // A build without an answer gets app.yaml's exportCompliance answer in this apply, before the submission.
        submitted.flatMap(b -> ExportComplianceHandler.unansweredProblem(app, b)).ifPresent(out::add);
        List<String> required = REQUIRED_SCREENSHOTS.getOrDefault(app.platform(), List.of());
        List<String> present = new ArrayList<>();
        for (ApiQuery query : reads(app, spec)) {
            // Unread would look like "no screenshots": the bug where submit and plan disagreed. Fail loudly instead.
            Document sets = app.read(query).orElseThrow(() -> new IllegalStateException(
                    "the readiness check needs its reads first (Readiness.reads): " + query.toPathAndQuery()));
            sets.data().forEach(set -> present.add(LiveApp.text(set, "screenshotDisplayType")));
        }
        if (!required.isEmpty() && required.stream().noneMatch(present::contains)) {
            out.add("no " + String.join(" or ", required) + " screenshots for " + spec.primaryLocale());
        }
        Map<String, JsonNode> review = merged(app.relatedOne(version, "appStoreReviewDetail"), spec.review());
        List<String> contact = REVIEW_CONTACT.stream().filter(k -> empty(review.get(k))).toList();
        if (!contact.isEmpty()) {
            out.add("review contact missing " + String.join(", ", contact));
        }
        Optional<Resource> info = app.editableAppInfo();
        Map<String, JsonNode> rating = merged(info.flatMap(i -> app.relatedOne(i, "ageRatingDeclaration")),
                spec.ageRating());
        long unanswered = AGE_RATING.stream().filter(k -> empty(rating.get(k))).count();
        if (unanswered > 0) {
            out.add("age rating: " + unanswered + " of " + AGE_RATING.size() + " questions unanswered");
        }
        Map<String, JsonNode> appAttributes = merged(Optional.of(app.app()), spec.app());
        if (empty(appAttributes.get("contentRightsDeclaration"))) {
            out.add("contentRightsDeclaration not set");
        }
        out.addAll(localeProblems(app, spec, version, info));
        out.addAll(dev.ascctl.resource.kinds.pricing.SaleReadiness.missing(app, spec));
        return out;
    }

    private static List<String> localeProblems(LiveApp app, AppSpec spec, Resource version, Optional<Resource> info) {
        Map<String, Map<String, JsonNode>> versionLocales = new LinkedHashMap<>();
        for (Resource loc : app.related(version, "appStoreVersionLocalizations").orElse(List.of())) {
            versionLocales.put(LiveApp.text(loc, "locale"), toMap(loc));
        }
        Map<String, Map<String, JsonNode>> infoLocales = new LinkedHashMap<>();
        for (Resource loc : info.flatMap(i -> app.related(i, "appInfoLocalizations")).orElse(List.of())) {
            infoLocales.put(LiveApp.text(loc, "locale"), toMap(loc));
        }
        for (LocaleSpec locale : spec.locales().values()) {
            overlay(versionLocales.computeIfAbsent(locale.locale(), k -> new LinkedHashMap<>()), locale.version());
            overlay(infoLocales.computeIfAbsent(locale.locale(), k -> new LinkedHashMap<>()), locale.appInfo());
        }
        boolean first = app.isFirstVersion(version);
        List<String> out = new ArrayList<>();
        for (String locale : new TreeSet<>(versionLocales.keySet())) {
            List<String> fields = new ArrayList<>();
            Map<String, JsonNode> values = versionLocales.get(locale);
            for (String field : VERSION_LOCALE_FIELDS) {
                if (!(first && field.equals("whatsNew")) && empty(values.get(field))) {
                    fields.add(field);
                }
            }
            if (empty(infoLocales.getOrDefault(locale, Map.of()).get("name"))) {
                fields.add("name");
            }
            if (locale.equals(spec.primaryLocale())
                    && empty(infoLocales.getOrDefault(locale, Map.of()).get("privacyPolicyUrl"))) {
                fields.add("privacyPolicyUrl");
            }
            if (!fields.isEmpty()) {
                out.add(locale + " missing " + String.join(", ", fields));
            }
        }
        return out;
    }

    private static Map<String, JsonNode> merged(Optional<Resource> live, Attributes declared) {
        Map<String, JsonNode> out = live.map(Readiness::toMap).orElseGet(LinkedHashMap::new);
        overlay(out, declared);
        return out;
    }

    private static Map<String, JsonNode> toMap(Resource r) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        r.attributes().forEachEntry(out::put);
        return out;
    }

    private static void overlay(Map<String, JsonNode> live, Attributes declared) {
        declared.values().forEach(live::put);
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isString() && value.asString().isBlank());
    }
}
