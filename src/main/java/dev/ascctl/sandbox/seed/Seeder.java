package dev.ascctl.sandbox.seed;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.AppleTime;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import dev.ascctl.sandbox.pricing.PricePoints;
import dev.ascctl.sandbox.model.Territories;
import dev.ascctl.sandbox.pricing.AppPricePoints;
import dev.ascctl.sandbox.rules.AppAvailabilityRules;
import dev.ascctl.sandbox.rules.AppPriceScheduleRules;
import dev.ascctl.sandbox.rules.AppStoreVersionRules;
import dev.ascctl.sandbox.rules.PriceScheduleRules;
import dev.ascctl.sandbox.rules.PromotionalOfferRules;
import dev.ascctl.sandbox.rules.SubscriptionPriceRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import dev.ascctl.sandbox.http.SandboxAdmin;
import dev.ascctl.vocabulary.AppCategoryTree;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Pre-creates the objects ASC already has before any API call: Apple's categories, and apps (which
 * the API cannot create). A seed file (YAML or JSON) describes apps in detail:
 * <pre>{@code
 * apps:
 *   - bundleId: com.example.notes
 *     name: Notes Pro                 # default: from the bundle id ("Notes")
 *     sku: NOTES                      # default: the bundle id upper-cased
 *     primaryLocale: en-US            # default en-US
 *     attributes: {contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT}
 *     appInfos:                       # default: one editable appInfo
 *       - state: READY_FOR_DISTRIBUTION
 *         primaryCategory: PRODUCTIVITY
 *         locales: {en-US: {name: Notes Pro, subtitle: Think in lists}}
 *         ageRating: {gambling: false}
 *       - state: PREPARE_FOR_SUBMISSION
 *     versions:                       # default: an editable 1.0 on IOS
 *       - {versionString: "1.0", platform: IOS, state: READY_FOR_DISTRIBUTION,
 *          attributes: {copyright: 2025 Example Inc.}, locales: {en-US: {description: Notes.}}, review: {contactEmail: a@b.c}}
 *       - {versionString: "1.1", state: PREPARE_FOR_SUBMISSION, locales: {en-US: {}, de-DE: {}},
 *          build: "12",                                   # attach this build (listed under builds)
 *          phasedRelease: ACTIVE,                         # an appStoreVersionPhasedRelease in that state
 *          screenshotSets: {en-US: [APP_IPHONE_67]},      # display types that have (empty) screenshot sets
 *          screenshots: {en-US: {APP_IPHONE_67: [media/1.png]}},  # files next to the seed, uploaded in order
 *          previews: {en-US: {IPHONE_67: [media/tour.mp4]}}}
 *     builds:                         # uploaded builds; default none
 *       - {version: "12", versionString: "1.1", platform: IOS, processingState: VALID, uploadedDate: 2026-01-02T10:00:00Z,
 *          usesNonExemptEncryption: null,                # export compliance unanswered (default false)
 *          whatToTest: {en-US: Try the new sync.},       # betaBuildLocalizations (whatsNew by locale)
 *          betaReview: WAITING_FOR_REVIEW}                # a betaAppReviewSubmission in that state
 *     betaReview: {contactEmail: ada@example.com}   # the app's betaAppReviewDetail (always made, empty by default)
 *     betaGroups:
 *       - name: QA
 *         isInternalGroup: false
 *         attributes: {publicLinkEnabled: false}
 *         testers: [{email: jane@example.com, firstName: Jane, lastName: Doe}]
 *         builds: ["12"]              # build numbers (listed under builds) the group gets
 *     betaTesterCount: 0              # that many generated testers (tester1@example.com, ...) in the first group
 *     betaLocalizations: {en-US: {description: Try the beta, feedbackEmail: beta@example.com}}
 *     inAppPurchases:                 # state defaults to MISSING_METADATA, as Apple creates it
 *       - {productId: com.example.notes.pro, inAppPurchaseType: NON_CONSUMABLE, name: Notes Pro, state: APPROVED,
 *          localizations: {en-US: {name: Notes Pro, description: Every feature.}},
 *          price: {territory: USA, price: "4.99"},       # a price schedule: that base territory, that price point
 *          availability: {territories: [USA, GBR], availableInNewTerritories: true}}   # where it is sold
 *     subscriptionGroups:
 *       - referenceName: Notes Plus
 *         localizations: {en-US: {name: Notes Plus}}
 *         subscriptions:
 *           - {productId: com.example.notes.plus.monthly, name: Plus Monthly, subscriptionPeriod: ONE_MONTH,
 *              groupLevel: 1, localizations: {en-US: {name: Monthly}},
 *              prices: {USA: "4.99", GBR: "4.49"},   # current price per territory
 *              introductoryOffers: [{territory: USA, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}],
 *              availability: {territories: [USA, GBR], availableInNewTerritories: false}}   # its UPFRONT plan's
 *     customerReviews: 300            # generated customer reviews (see ReviewSeeder); default none
 *     price: {baseTerritory: USA, price: "4.99"}   # the app's price; default free (price "0"), null: none
 *     availability: {territories: [USA, GBR], availableInNewTerritories: false}   # default all; null: none
 *     customProductPages: [{name: Spring, versions: [{state: APPROVED, locales: {en-US: {}}}]}]  # see PageSeeder
 *     appClips:                       # App Clips (they come with builds) and the default experience of a version
 *       - {bundleId: com.example.notes.Clip, defaultExperience: {version: "1.1", action: OPEN,
 *          invocationUrls: [https://example.com/clip], localizations: {en-US: {subtitle: Order ahead, headerImage: media/card.png}}}}
 *     resources:                      # any served type that belongs to the app, attributes as stored
 *       accessibilityDeclarations: [{deviceFamily: IPHONE, state: PUBLISHED, supportsVoiceover: true}]
 * users: [ada@example.com]            # the App Store Connect team: only they may join internal beta groups
 * }</pre>
 * Every app gets an appInfo localization and a version localization for the primary locale when the
 * seed names none, an age rating declaration per appInfo (attributes null) and a review detail per version.
 */
public final class Seeder {
    private final SandboxState state;
    private final ResourceCatalog catalog = new ResourceCatalog();
    private final MediaSeeder media;
    /** Where a seed file's media paths are resolved: the seed file's folder. */
    private Path baseDir = Path.of(".");

    public Seeder(SandboxState state) {
        this.state = state;
        this.media = new MediaSeeder(state, this::put);
    }

    public void seedCategories() {
        for (String id : AppCategoryTree.tree().keySet()) {
            put("appCategories", id, Map.of("platforms", Seeder.categoryPlatforms(id)), Map.of());
            for (String sub : AppCategoryTree.tree().get(id)) {
                put("appCategories", sub, Map.of("platforms", Seeder.categoryPlatforms(sub)), Map.of("parent", List.of(id)));
            }
        }
    }

    /** An app with an editable first version 1.0 (IOS), an editable appInfo, en-US localizations. */
    public void seedApp(String bundleId) {
        seedApp(Map.of("bundleId", bundleId));
    }

    /** Reads a seed file; {@code .json} as JSON, anything else as YAML. */
    @SuppressWarnings("unchecked")
    public void seedFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        baseDir = parent == null ? Path.of(".") : parent;
        try {
            Map<String, Object> root = file.toString().endsWith(".json")
                    ? JsonMapper.builder().build().readValue(file.toFile(), Map.class)
                    : YAMLMapper.builder().build().readValue(file.toFile(), Map.class);
            for (Object user : (List<Object>) root.getOrDefault("users", List.of())) {
                seedUser(String.valueOf(user));
            }
            for (Object app : (List<Object>) root.getOrDefault("apps", List.of())) {
                seedApp((Map<String, Object>) app);
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("seed file " + file + " is not valid: " + e.getOriginalMessage(), e);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("seed file " + file + " does not have the documented shape", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void seedApp(Map<String, Object> seed) {
        String bundleId = required(seed, "bundleId");
        String name = (String) seed.getOrDefault("name", nameFrom(bundleId));
        String primaryLocale = (String) seed.getOrDefault("primaryLocale", "en-US");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        attributes.put("bundleId", bundleId);
        attributes.put("sku", seed.getOrDefault("sku", bundleId.toUpperCase(Locale.ROOT).replace('.', '_')));
        attributes.put("primaryLocale", primaryLocale);
        attributes.put("isOrEverWasMadeForKids", false);
        attributes.putAll((Map<String, Object>) seed.getOrDefault("attributes", Map.of()));
        String appId = state.newId("apps");
        put("apps", appId, attributes, Map.of());

        List<Object> infos = (List<Object>) seed.getOrDefault("appInfos", List.of(Map.of()));
        for (Object info : infos) {
            seedAppInfo(appId, name, primaryLocale, (Map<String, Object>) info);
        }
        for (Object build : (List<Object>) seed.getOrDefault("builds", List.of())) {
            seedBuild(appId, (Map<String, Object>) build);
        }
        List<Object> versions = (List<Object>) seed.getOrDefault("versions", List.of(Map.of()));
        int order = 0;
        for (Object version : versions) {
            seedVersion(appId, primaryLocale, (Map<String, Object>) version, order++);
        }
        seedBeta(appId, seed);
        seedPurchases(appId, seed);
        seedPriceAndAvailability(appId, seed);
        if (seed.get("eula") != null) {
            seedEula(appId, (Map<String, Object>) seed.get("eula"));
        }
        seedResources(appId, (Map<String, Object>) seed.getOrDefault("resources", Map.of()));
        for (Object experiment : (List<Object>) seed.getOrDefault("experiments", List.of())) {
            seedExperiment(appId, (Map<String, Object>) experiment);
        }
        for (Object event : (List<Object>) seed.getOrDefault("appEvents", List.of())) {
            seedEvent(appId, (Map<String, Object>) event);
        }
        new PageSeeder(state, this::put, media).seed(appId, (List<Object>) seed.getOrDefault("customProductPages",
                List.of()), baseDir);
        for (Object clip : (List<Object>) seed.getOrDefault("appClips", List.of())) {
            seedAppClip(appId, (Map<String, Object>) clip);
        }
        new ReviewSeeder(state, this::put).seed(appId, bundleId, seed.get("customerReviews"));
    }

    /**
     * The app's own price and availability. An app already on the App Store has both, so a seeded app is free and
     * sold everywhere unless its seed says otherwise: {@code price: {baseTerritory: USA, price: "4.99"}},
     * {@code availability: {territories: [USA, GBR] (or all), availableInNewTerritories: false}}, or {@code null}
     * for an app that has none yet (a new app, which App Review refuses to take).
     */
    @SuppressWarnings("unchecked")
    private void seedPriceAndAvailability(String appId, Map<String, Object> seed) {
        Map<String, Object> price = seed.containsKey("price") ? (Map<String, Object>) seed.get("price")
                : Map.of("baseTerritory", "USA", "price", "0");
        if (price != null) {
            String base = required(price, "baseTerritory");
            AppPriceScheduleRules.store(state, appId, base,
                    List.of(AppPricePoints.at(appId, base, String.valueOf(price.get("price")))));
        }
        Map<String, Object> availability = seed.containsKey("availability")
                ? (Map<String, Object>) seed.get("availability") : Map.of("territories", "all");
        if (availability != null) {
            Object listed = availability.getOrDefault("territories", "all");
            List<String> territories = "all".equals(listed) ? Territories.codes()
                    : ((List<Object>) listed).stream().map(String::valueOf).toList();
            territories.stream().filter(t -> !Territories.isKnown(t)).findFirst().ifPresent(t -> {
                throw new IllegalArgumentException("seed: '" + t + "' is not a territory");
            });
            AppAvailabilityRules.store(state, appId, territories,
                    !Boolean.FALSE.equals(availability.get("availableInNewTerritories")));
        }
    }

    /**
     * Resources of any type the sandbox serves that hang off the app by a to-one relationship, with their attributes
     * as written (server-set ones included), so a new kind's live state can be seeded without a line here:
     * {@code resources: {accessibilityDeclarations: [{deviceFamily: IPHONE, state: PUBLISHED}]}}.
     */
    @SuppressWarnings("unchecked")
    private void seedResources(String appId, Map<String, Object> byType) {
        byType.forEach((type, items) -> {
            ResourceSpec spec = catalog.find(type).orElseThrow(() -> new IllegalArgumentException(
                    "seed: '" + type + "' is not a resource type the sandbox serves"));
            // Its app: a to-one relationship, else a to-many one (a nomination's relatedApps).
            String toApp = spec.relationships().values().stream()
                    .filter(r -> r.targetType().equals("apps") && r.inverse() == null)
                    .sorted(java.util.Comparator.comparing(dev.ascctl.sandbox.model.RelationshipSpec::toMany))
                    .map(dev.ascctl.sandbox.model.RelationshipSpec::name).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("seed: " + type + " does not belong to an app"));
            for (Object item : (List<Object>) items) {
                put(type, state.newId(type), (Map<String, Object>) item, Map.of(toApp, List.of(appId)));
            }
        });
    }

    /**
     * A product page optimization test against the app's live version: {@code {name, trafficProportion, state
     * (Apple's; APPROVED = running since startDate, a day ago by default, STOPPED = stopped), treatments: [{name, appIconName, screenshots:
     * {en-US: {APP_IPHONE_67: [media/1.png]}}, previews: ...}]}}.
     */
    @SuppressWarnings("unchecked")
    private void seedExperiment(String appId, Map<String, Object> seed) {
        String platform = (String) seed.getOrDefault("platform", "IOS");
        String state = (String) seed.getOrDefault("state", "PREPARE_FOR_SUBMISSION");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", required(seed, "name"));
        a.put("platform", platform);
        a.put("trafficProportion", seed.getOrDefault("trafficProportion", 30));
        a.put("state", state);
        a.put("reviewRequired", Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "REJECTED").contains(state));
        java.time.Instant dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        if (Set.of("APPROVED", "STOPPED", "COMPLETED").contains(state)) {
            a.put("startDate", seed.getOrDefault("startDate", AppleTime.utcMillis(dayAgo)));
        }
        if (Set.of("STOPPED", "COMPLETED").contains(state)) {
            a.put("endDate", seed.getOrDefault("endDate", AppleTime.utcMillis(java.time.Instant.now())));
        }
        List<String> control = AppStoreVersionRules.versionsOf(this.state, appId, platform).stream()
                .filter(v -> "READY_FOR_DISTRIBUTION".equals(v.attribute("appVersionState"))).map(StoredResource::id)
                .limit(1).toList();
        String id = this.state.newId("appStoreVersionExperiments");
        put("appStoreVersionExperiments", id, a, Map.of("app", List.of(appId), "latestControlVersion", control,
                "controlVersions", control));
        for (Object t : (List<Object>) seed.getOrDefault("treatments", List.of())) {
            Map<String, Object> treatment = (Map<String, Object>) t;
            Map<String, Object> ta = new LinkedHashMap<>();
            ta.put("name", required(treatment, "name"));
            ta.put("appIconName", treatment.get("appIconName"));
            String treatmentId = this.state.newId("appStoreVersionExperimentTreatments");
            put("appStoreVersionExperimentTreatments", treatmentId, ta, Map.of("appStoreVersionExperimentV2", List.of(id)));
            media.seedTreatment(treatmentId, treatment, baseDir);
        }
    }

    /**
     * An App Clip (it comes with a build; the API cannot make one) and its default experience, released with a version
     * of the app by version string: {@code {bundleId: com.example.notes.Clip, defaultExperience: {version: "2.4.0",
     * action: OPEN, invocationUrls: [https://example.com/clip], localizations: {en-US: {subtitle: Order ahead,
     * headerImage: media/card.png}}}}}; the image is a file next to the seed, committed like any upload.
     */
    @SuppressWarnings("unchecked")
    private void seedAppClip(String appId, Map<String, Object> clip) {
        String clipId = state.newId("appClips");
        put("appClips", clipId, Map.of("bundleId", required(clip, "bundleId")), Map.of("app", List.of(appId)));
        Map<String, Object> experience = (Map<String, Object>) clip.get("defaultExperience");
        if (experience == null) {
            return;
        }
        String versionString = required(experience, "version");
        String versionId = state.referencing("appStoreVersions", "app", appId).stream()
                .filter(v -> versionString.equals(v.attribute("versionString"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("seed: the App Clip's version " + versionString
                        + " is not one of the app's versions")).id();
        String experienceId = state.newId("appClipDefaultExperiences");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("action", experience.get("action"));
        put("appClipDefaultExperiences", experienceId, attributes, Map.of("appClip", List.of(clipId),
                "releaseWithAppStoreVersion", List.of(versionId)));
        if (experience.get("invocationUrls") != null) {
            put("appClipAppStoreReviewDetails", state.newId("appClipAppStoreReviewDetails"),
                    Map.of("invocationUrls", experience.get("invocationUrls")),
                    Map.of("appClipDefaultExperience", List.of(experienceId)));
        }
        ((Map<String, Object>) experience.getOrDefault("localizations", Map.of())).forEach((locale, value) -> {
            Map<String, Object> localization = (Map<String, Object>) value;
            String id = state.newId("appClipDefaultExperienceLocalizations");
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("locale", locale);
            text.put("subtitle", localization.get("subtitle"));
            put("appClipDefaultExperienceLocalizations", id, text,
                    Map.of("appClipDefaultExperience", List.of(experienceId)));
            if (localization.get("headerImage") != null) {
                media.appClipHeaderImage(id, baseDir.resolve(String.valueOf(localization.get("headerImage"))));
            }
        });
    }

    /** The app's custom EULA ({@code eula: {agreementText, territories}}), as its POST would store it. */
    @SuppressWarnings("unchecked")
    private void seedEula(String appId, Map<String, Object> eula) {
        List<String> territories = new ArrayList<>();
        for (Object t : (List<Object>) eula.getOrDefault("territories", List.of())) {
            if (!dev.ascctl.sandbox.model.Territories.isKnown(String.valueOf(t))) {
                throw new IllegalArgumentException("seed: '" + t + "' is not a territory");
            }
            territories.add(String.valueOf(t));
        }
        put("endUserLicenseAgreements", state.newId("endUserLicenseAgreements"),
                Map.of("agreementText", required(eula, "agreementText")),
                Map.of("app", List.of(appId), "territories", territories));
    }

    /** A team member (App Store Connect user), who may join internal beta groups. */
    public void seedUser(String email) {
        put("users", state.newId("users"), Map.of("username", email), Map.of());
    }

    /**
     * The beta side of an app: its review detail (Apple makes one per app), groups and testers (builds are seeded
     * with the app, see {@link #seedBuild}).
     * {@code betaTesterCount} generates testers {@code tester1@example.com...} in the first group (for benchmarks).
     */
    @SuppressWarnings("unchecked")
    private void seedBeta(String appId, Map<String, Object> seed) {
        put("betaAppReviewDetails", state.newId("betaAppReviewDetails"),
                (Map<String, Object>) seed.getOrDefault("betaReview", Map.of()), Map.of("app", List.of(appId)));
        List<String> groupIds = new ArrayList<>();
        for (Object g : (List<Object>) seed.getOrDefault("betaGroups", List.of())) {
            Map<String, Object> group = (Map<String, Object>) g;
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", required(group, "name"));
            a.put("isInternalGroup", group.getOrDefault("isInternalGroup", false));
            a.put("hasAccessToAllBuilds", group.getOrDefault("hasAccessToAllBuilds", false));
            a.put("publicLinkEnabled", false);
            a.put("publicLinkLimitEnabled", false);
            a.put("feedbackEnabled", true);
            a.put("createdDate", AppleTime.utc(OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC).toInstant()));
            a.putAll((Map<String, Object>) group.getOrDefault("attributes", Map.of()));
            String groupId = state.newId("betaGroups");
            put("betaGroups", groupId, a, Map.of("app", List.of(appId)));
            groupIds.add(groupId);
            for (Object t : (List<Object>) group.getOrDefault("testers", List.of())) {
                seedTester(appId, groupId, (Map<String, Object>) t);
            }
            for (Object number : (List<Object>) group.getOrDefault("builds", List.of())) {
                StoredResource build = build(appId, String.valueOf(number), "betaGroups " + a.get("name"));
                List<String> groups = new ArrayList<>(build.related("betaGroups"));
                groups.add(groupId);
                state.put(build.withRelationships(Map.of("betaGroups", groups)));
            }
        }
        seedLocalizations("betaAppLocalizations", "app", appId, seed.get("betaLocalizations"));
        int generated = ((Number) seed.getOrDefault("betaTesterCount", 0)).intValue();
        if (generated > 0 && groupIds.isEmpty()) {
            throw new IllegalArgumentException("seed: betaTesterCount needs at least one beta group");
        }
        for (int i = 1; i <= generated; i++) {
            seedTester(appId, groupIds.get(0), Map.of("email", "tester" + i + "@example.com",
                    "firstName", "Tester", "lastName", String.valueOf(i)));
        }
    }

    /** An in-app purchase's availability, as a POST /v1/inAppPurchaseAvailabilities would leave it. */
    @SuppressWarnings("unchecked")
    private void seedAvailability(String iapId, Map<String, Object> availability) {
        java.util.Set<String> territories = new java.util.LinkedHashSet<>();
        for (Object t : (List<Object>) availability.getOrDefault("territories", List.of())) {
            if (!dev.ascctl.sandbox.model.Territories.isKnown(String.valueOf(t))) {
                throw new IllegalArgumentException("seed: '" + t + "' is not a territory");
            }
            territories.add(String.valueOf(t));
        }
        dev.ascctl.sandbox.rules.InAppPurchaseAvailabilityRules.store(state, iapId, territories,
                Boolean.TRUE.equals(availability.get("availableInNewTerritories")));
    }

    /**
     * In-app purchases and subscription groups with their subscriptions, each with its localizations (the
     * relationships are the ones a create through the API stores: app, group, and the parent of a localization).
     */
    @SuppressWarnings("unchecked")
    private void seedPurchases(String appId, Map<String, Object> seed) {
        for (Object i : (List<Object>) seed.getOrDefault("inAppPurchases", List.of())) {
            Map<String, Object> iap = new LinkedHashMap<>((Map<String, Object>) i);
            Object localizations = iap.remove("localizations");
            Map<String, Object> price = (Map<String, Object>) iap.remove("price");
            Map<String, Object> availability = (Map<String, Object>) iap.remove("availability");
            Object reviewScreenshot = iap.remove("reviewScreenshot");
            iap.putIfAbsent("state", "MISSING_METADATA");
            String id = state.newId("inAppPurchases");
            put("inAppPurchases", id, iap, Map.of("app", List.of(appId)));
            if (reviewScreenshot != null) {
                media.reviewScreenshot(id, baseDir.resolve(String.valueOf(reviewScreenshot)));
            }
            seedLocalizations("inAppPurchaseLocalizations", "inAppPurchaseV2", id, localizations);
            if (price != null) {
                String base = required(price, "territory");
                PriceScheduleRules.store(state, id, base, List.of(PricePoints.at(id, base, required(price, "price"))));
            }
            if (availability != null) {
                seedAvailability(id, availability);
            }
        }
        for (Object g : (List<Object>) seed.getOrDefault("subscriptionGroups", List.of())) {
            Map<String, Object> group = (Map<String, Object>) g;
            String groupId = state.newId("subscriptionGroups");
            put("subscriptionGroups", groupId, Map.of("referenceName", required(group, "referenceName")),
                    Map.of("app", List.of(appId)));
            seedLocalizations("subscriptionGroupLocalizations", "subscriptionGroup", groupId, group.get("localizations"));
            for (Object s : (List<Object>) group.getOrDefault("subscriptions", List.of())) {
                Map<String, Object> sub = new LinkedHashMap<>((Map<String, Object>) s);
                Object localizations = sub.remove("localizations");
                Map<String, Object> prices = (Map<String, Object>) sub.remove("prices");
                List<Object> introductoryOffers = (List<Object>) sub.remove("introductoryOffers");
                List<Object> promotionalOffers = (List<Object>) sub.remove("promotionalOffers");
                Map<String, Object> availability = (Map<String, Object>) sub.remove("availability");
                sub.putIfAbsent("state", "MISSING_METADATA");
                String id = state.newId("subscriptions");
                put("subscriptions", id, sub, Map.of("group", List.of(groupId)));
                seedLocalizations("subscriptionLocalizations", "subscription", id, localizations);
                if (prices != null) {
                    prices.forEach((territory, price) -> SubscriptionPriceRules.store(state,
                            PricePoints.at(id, territory, String.valueOf(price))));
                }
                for (Object o : introductoryOffers == null ? List.of() : introductoryOffers) {
                    Map<String, Object> offer = (Map<String, Object>) o;
                    Object price = offer.get("price");
                    String territory = required(offer, "territory");
                    String point = price == null ? null : PricePoints.at(id, territory, String.valueOf(price)).encoded();
                    dev.ascctl.sandbox.rules.IntroductoryOfferRules.store(state, id, territory,
                            required(offer, "offerMode"), required(offer, "duration"),
                            ((Number) offer.getOrDefault("numberOfPeriods", 1)).intValue(), point);
                }
                for (Object offer : promotionalOffers == null ? List.of() : promotionalOffers) {
                    PromotionalOfferRules.store(state, id, (Map<String, Object>) offer);
                }
                if (availability != null) {
                    // As a POST /v1/subscriptionPlanAvailabilities would leave it (the UPFRONT plan).
                    List<String> territories = new java.util.ArrayList<>();
                    ((List<Object>) availability.getOrDefault("territories", List.of()))
                            .forEach(t -> territories.add(String.valueOf(t)));
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put("availableInNewTerritories",
                            Boolean.TRUE.equals(availability.get("availableInNewTerritories")));
                    attributes.put("planType", "UPFRONT");
                    put(dev.ascctl.sandbox.rules.SubscriptionPlanAvailabilityRules.TYPE,
                            state.newId(dev.ascctl.sandbox.rules.SubscriptionPlanAvailabilityRules.TYPE), attributes,
                            Map.of("subscription", List.of(id), "availableTerritories", territories));
                }
            }
        }
    }

    /**
     * An in-app event: {@code {referenceName: Storm Watch, attributes: {badge: ..., territorySchedules: [...],
     * eventState: PUBLISHED}, localizations: {en-US: {name: ..., card: media/x.png, details: media/y.png}}}}; a
     * localization's {@code card}/{@code details} are images next to the seed ({@code cardVideo}/{@code detailsVideo}
     * videos). Without an eventState it is READY_FOR_REVIEW.
     */
    @SuppressWarnings("unchecked")
    private void seedEvent(String appId, Map<String, Object> seed) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("referenceName", required(seed, "referenceName"));
        a.put("eventState", "READY_FOR_REVIEW");
        a.put("archivedTerritorySchedules", List.of());
        a.putAll((Map<String, Object>) seed.getOrDefault("attributes", Map.of()));
        String eventId = state.newId("appEvents");
        put("appEvents", eventId, a, Map.of("app", List.of(appId)));
        ((Map<String, Object>) seed.getOrDefault("localizations", Map.of())).forEach((locale, values) -> {
            Map<String, Object> text = new LinkedHashMap<>((Map<String, Object>) values);
            text.put("locale", locale);
            Map<String, String> media = new LinkedHashMap<>();
            for (String slot : List.of("card", "details", "cardVideo", "detailsVideo")) {
                Object file = text.remove(slot);
                if (file != null) {
                    media.put(slot, String.valueOf(file));
                }
            }
            String localizationId = state.newId("appEventLocalizations");
            put("appEventLocalizations", localizationId, text, Map.of("appEvent", List.of(eventId)));
            media.forEach((slot, file) -> this.media.eventAsset(slot.endsWith("Video") ? "appEventVideoClips"
                    : "appEventScreenshots", localizationId, slot.startsWith("card") ? "EVENT_CARD"
                    : "EVENT_DETAILS_PAGE", baseDir.resolve(file)));
        });
    }

    /** Localizations by locale code, each related to its parent through {@code parentRelationship}. */
    @SuppressWarnings("unchecked")
    private void seedLocalizations(String type, String parentRelationship, String parentId, Object byLocale) {
        if (byLocale == null) {
            return;
        }
        ((Map<String, Object>) byLocale).forEach((locale, values) -> {
            Map<String, Object> a = new LinkedHashMap<>((Map<String, Object>) values);
            a.put("locale", locale);
            if (!type.equals("betaAppLocalizations")) {
                a.putIfAbsent("state", "PREPARE_FOR_SUBMISSION"); // what Apple answers for new text
            }
            put(type, state.newId(type), a, Map.of(parentRelationship, List.of(parentId)));
        });
    }

    /** A tester of the app in one group; a tester already seeded with that email just joins the group. */
    private void seedTester(String appId, String groupId, Map<String, Object> tester) {
        String email = required(tester, "email");
        var existing = state.find("betaTesters", a -> email.equalsIgnoreCase(String.valueOf(a.get("email"))));
        if (existing.isPresent()) {
            StoredResource t = existing.get();
            List<String> groups = new ArrayList<>(t.related("betaGroups"));
            groups.add(groupId);
            state.put(t.withRelationships(Map.of("betaGroups", groups)));
            return;
        }
        Map<String, Object> a = new LinkedHashMap<>(tester);
        a.put("inviteType", "EMAIL");
        a.putIfAbsent("state", "INVITED");
        put("betaTesters", state.newId("betaTesters"), a,
                Map.of("apps", List.of(appId), "betaGroups", List.of(groupId)));
    }

    @SuppressWarnings("unchecked")
    private void seedAppInfo(String appId, String appName, String primaryLocale, Map<String, Object> seed) {
        String ratingId = state.newId("ageRatingDeclarations");
        put("ageRatingDeclarations", ratingId, (Map<String, Object>) seed.getOrDefault("ageRating", Map.of()), Map.of());
        String infoState = (String) seed.getOrDefault("state", "PREPARE_FOR_SUBMISSION");
        Map<String, List<String>> rels = new LinkedHashMap<>();
        rels.put("app", List.of(appId));
        rels.put("ageRatingDeclaration", List.of(ratingId));
        for (String slot : ResourceCatalog.categorySlots()) {
            if (seed.get(slot) != null) {
                rels.put(slot, List.of((String) seed.get(slot)));
            }
        }
        String infoId = state.newId("appInfos");
        put("appInfos", infoId, Map.of("state", infoState, "appStoreState", storeStateOfInfo(infoState)), rels);
        Map<String, Object> locales = (Map<String, Object>) seed.getOrDefault("locales",
                Map.of(primaryLocale, Map.of("name", appName)));
        locales.forEach((locale, values) -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("locale", locale);
            a.put("name", appName);
            a.putAll(values == null ? Map.of() : (Map<String, Object>) values);
            put("appInfoLocalizations", state.newId("appInfoLocalizations"), a, Map.of("appInfo", List.of(infoId)));
        });
    }

    @SuppressWarnings("unchecked")
    private void seedVersion(String appId, String primaryLocale, Map<String, Object> seed, int order) {
        String versionState = (String) seed.getOrDefault("state", "PREPARE_FOR_SUBMISSION");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("platform", seed.getOrDefault("platform", "IOS"));
        a.put("versionString", String.valueOf(seed.getOrDefault("versionString", "1.0")));
        a.put("appVersionState", versionState);
        a.put("appStoreState", SandboxState.legacyStoreState(versionState));
        a.put("reviewType", "APP_STORE");
        a.put("releaseType", "AFTER_APPROVAL");
        a.put("downloadable", true);
        // Seeded versions are dated in seed order so "previous version" is well defined.
        a.put("createdDate", AppleTime.format(OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC).plusDays(order).toInstant()));
        a.putAll((Map<String, Object>) seed.getOrDefault("attributes", Map.of()));
        String versionId = state.newId("appStoreVersions");
        put("appStoreVersions", versionId, a, Map.of("app", List.of(appId)));
        Map<String, Object> locales = (Map<String, Object>) seed.getOrDefault("locales", Map.of(primaryLocale, Map.of()));
        locales.forEach((locale, values) -> {
            Map<String, Object> la = new LinkedHashMap<>();
            la.put("locale", locale);
            la.putAll(values == null ? Map.of() : (Map<String, Object>) values);
            put("appStoreVersionLocalizations", state.newId("appStoreVersionLocalizations"), la,
                    Map.of("appStoreVersion", List.of(versionId)));
        });
        seedReleaseParts(appId, versionId, seed);
        put("appStoreReviewDetails", state.newId("appStoreReviewDetails"),
                (Map<String, Object>) seed.getOrDefault("review", Map.of()), Map.of("appStoreVersion", List.of(versionId)));
    }

    /** A build, with its What to Test by locale and its beta review submission when the seed names them. */
    @SuppressWarnings("unchecked")
    private void seedBuild(String appId, Map<String, Object> seed) {
        Object uploaded = seed.get("uploadedDate");
        StoredResource build = SandboxAdmin.addBuild(state, appId, String.valueOf(required(seed, "version")),
                String.valueOf(required(seed, "versionString")), (String) seed.getOrDefault("platform", "IOS"),
                (String) seed.getOrDefault("processingState", "VALID"),
                uploaded == null ? Instant.parse("2026-01-01T10:00:00Z") : Instant.parse(String.valueOf(uploaded)));
        if (seed.containsKey("usesNonExemptEncryption")) {
            // null: export compliance not answered yet (App Review refuses the build until it is).
            Map<String, Object> answer = new java.util.HashMap<>();
            answer.put("usesNonExemptEncryption", seed.get("usesNonExemptEncryption"));
            state.patchAttributes("builds", build.id(), answer);
        }
        ((Map<String, Object>) seed.getOrDefault("whatToTest", Map.of())).forEach((locale, text) ->
                put("betaBuildLocalizations", state.newId("betaBuildLocalizations"),
                        Map.of("locale", locale, "whatsNew", text), Map.of("build", List.of(build.id()))));
        if (seed.get("betaReview") != null) {
            put("betaAppReviewSubmissions", state.newId("betaAppReviewSubmissions"),
                    Map.of("betaReviewState", seed.get("betaReview"), "submittedDate", build.attribute("uploadedDate")),
                    Map.of("build", List.of(build.id())));
        }
    }

    /** The app's build with that number, which the seed must list under {@code builds}. */
    private StoredResource build(String appId, String number, String namedBy) {
        return state.referencing("builds", "app", appId).stream()
                .filter(b -> number.equals(b.attribute("version"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("seed: " + namedBy + " names build " + number
                        + ", which is not under builds"));
    }

    /** The version's build, phased release and screenshot sets, when the seed names them. */
    @SuppressWarnings("unchecked")
    private void seedReleaseParts(String appId, String versionId, Map<String, Object> seed) {
        if (seed.get("build") != null) {
            StoredResource build = build(appId, String.valueOf(seed.get("build")), "a version");
            state.put(state.require("appStoreVersions", versionId).withRelationships(Map.of("build", List.of(build.id()))));
        }
        if (seed.get("phasedRelease") != null) {
            put("appStoreVersionPhasedReleases", state.newId("appStoreVersionPhasedReleases"),
                    Map.of("phasedReleaseState", seed.get("phasedRelease"), "totalPauseDuration", 0),
                    Map.of("appStoreVersion", List.of(versionId)));
        }
        Map<String, Object> sets = (Map<String, Object>) seed.getOrDefault("screenshotSets", Map.of());
        sets.forEach((locale, types) -> {
            StoredResource loc = state.referencing("appStoreVersionLocalizations", "appStoreVersion", versionId).stream()
                    .filter(l -> locale.equals(l.attribute("locale"))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("seed: screenshotSets names locale " + locale
                            + ", which the version does not have"));
            for (Object type : (List<Object>) types) {
                put("appScreenshotSets", state.newId("appScreenshotSets"), Map.of("screenshotDisplayType", type),
                        Map.of("appStoreVersionLocalization", List.of(loc.id())));
            }
        });
        media.seed(versionId, seed, baseDir);
    }

    /** Stores a resource with every attribute of its type present (unset ones null), as ASC sends them. */
    private void put(String type, String id, Map<String, Object> attributes, Map<String, List<String>> rels) {
        ResourceSpec spec = catalog.get(type);
        Map<String, Object> all = new LinkedHashMap<>();
        spec.attributes().keySet().forEach(k -> all.put(k, null));
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (!spec.attributes().containsKey(e.getKey())) {
                throw new IllegalArgumentException("seed: '" + e.getKey() + "' is not an attribute of " + type);
            }
            all.put(e.getKey(), e.getValue());
        }
        state.put(new StoredResource(type, id, all, rels));
    }

    private static String storeStateOfInfo(String infoState) {
        return infoState.equals("READY_FOR_DISTRIBUTION") ? "READY_FOR_SALE" : "PREPARE_FOR_SUBMISSION";
    }

    private static String required(Map<String, Object> seed, String key) {
        Object v = seed.get(key);
        if (v instanceof Number n) {
            return n.toString();
        }
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("seed: '" + key + "' is required (" + seed + ")");
        }
        return s;
    }

    /** {@code com.example.notes} → {@code Notes}. */
    static String nameFrom(String bundleId) {
        String last = bundleId.substring(bundleId.lastIndexOf('.') + 1);
        return last.isEmpty() ? bundleId : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }


    /** The platforms a category is offered on; simplified: stickers are iOS only, everything else iOS and macOS. */
    private static List<String> categoryPlatforms(String id) {
        return id.startsWith("STICKERS") ? List.of("IOS") : List.of("IOS", "MAC_OS");
    }
}
