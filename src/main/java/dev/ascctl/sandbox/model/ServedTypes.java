package dev.ascctl.sandbox.model;

import static dev.ascctl.sandbox.model.Operation.CREATE;
import static dev.ascctl.sandbox.model.Operation.DELETE;
import static dev.ascctl.sandbox.model.Operation.GET_COLLECTION;
import static dev.ascctl.sandbox.model.Operation.GET_INSTANCE;
import static dev.ascctl.sandbox.model.Operation.UPDATE;
import static dev.ascctl.sandbox.model.ServedType.type;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The resource types the sandbox serves, and the relationships it keeps between them: only those whose endpoints
 * it serves, so every link it hands out works. The facts about each type come from Apple's spec through the
 * generated vocabulary; what is written here is the sandbox's own part (storage, and where it serves less).
 */
final class ServedTypes {
    private ServedTypes() {
    }

    static List<ServedType> all() {
        return withTheRest(declared());
    }

    /**
     * A type of the vocabulary that {@link #declared} does not name is served as Apple's spec has it: it keeps the
     * to-one relationships its create request names (its parents), and each served parent lists it under the parent's
     * to-many relationship of that type where the spec has that relationship's GET. So the type of a new kind needs
     * no line here; only a type Apple's rules make special does.
     */
    private static List<ServedType> withTheRest(List<ServedType> declared) {
        Vocabulary vocabulary = Vocabulary.get();
        Map<String, ServedType> byType = new LinkedHashMap<>();
        declared.forEach(t -> byType.put(t.type(), t));
        for (Vocabulary.ResourceType rest : vocabulary.types().values()) {
            if (byType.containsKey(rest.name())) {
                continue;
            }
            ServedType.Builder builder = type(rest.name());
            for (Vocabulary.Relationship parent : rest.create().map(c -> c.relationships().values())
                    .orElse(List.of())) {
                if (parent.toMany()) {
                    continue;
                }
                builder.owns(parent.name());
                ServedType served = byType.get(parent.target());
                if (served != null) {
                    vocabulary.type(parent.target()).relationships().values().stream()
                            .filter(r -> r.toMany() && r.target().equals(rest.name()))
                            .filter(r -> listed(vocabulary, parent.target(), r.name()))
                            .findFirst().ifPresent(r -> byType.put(served.type(),
                                    byType.get(served.type()).deriving(r.name(), parent.name())));
                }
            }
            byType.put(rest.name(), builder.build());
        }
        return List.copyOf(byType.values());
    }

    private static boolean listed(Vocabulary vocabulary, String type, String relationship) {
        return Stream.of("/v1/", "/v2/").anyMatch(version -> vocabulary.findOperation("GET",
                version + type + "/{id}/" + relationship).isPresent());
    }

    private static List<ServedType> declared() {
        return List.of(
                type("apps").derives("appStoreVersions", "app").derives("appInfos", "app")
                        .derives("betaGroups", "app").derives("betaAppLocalizations", "app")
                        .derives("betaAppReviewDetail", "app").derives("inAppPurchasesV2", "app")
                        .derives("subscriptionGroups", "app").derives("endUserLicenseAgreement", "app")
                        .derives("appPriceSchedule", "app").derives("appAvailabilityV2", "app").owns("appPricePoints")
                        .derives("buildUploads", "app").derives("appStoreVersionExperimentsV2", "app")
                        .derives("appClips", "app").derives("appCustomProductPages", "app")
                        .derives("appEncryptionDeclarations", "app").build(),
                type("appInfos").owns("app", "ageRatingDeclaration").derives("appInfoLocalizations", "appInfo")
                        .owns(ResourceCatalog.categorySlots().toArray(String[]::new)).build(),
                type("appInfoLocalizations").owns("appInfo").requires("name").build(),
                type("appCategories").derives("subcategories", "parent").owns("parent").build(),
                type("ageRatingDeclarations").build(),
                type("appStoreVersions").owns("app").derives("appStoreVersionLocalizations", "appStoreVersion")
                        .owns("build").derives("appStoreReviewDetail", "appStoreVersion")
                        .derives("appStoreVersionPhasedRelease", "appStoreVersion")
                        .derives("appStoreVersionExperimentsV2", "latestControlVersion").build(),
                type("appStoreVersionLocalizations").owns("appStoreVersion")
                        .derives("appScreenshotSets", "appStoreVersionLocalization")
                        .derives("appPreviewSets", "appStoreVersionLocalization").build(),
                type("appStoreReviewDetails").owns("appStoreVersion").build(),
                type("betaGroups").owns("app").derives("betaTesters", "betaGroups").derives("builds", "betaGroups")
                        .build(),
                type("betaTesters").owns("apps", "betaGroups").build(),
                type("betaAppLocalizations").owns("app").build(),
                type("betaAppReviewDetails").owns("app").build(),
                // One per app (EndUserLicenseAgreementRules); its territories are the computed territories.
                type("endUserLicenseAgreements").owns("app", "territories").build(),
                // Team members: seeded so only they may join an internal beta group; not served.
                type("users").only().build(),
                // The spec lets a set hang off several parents; the sandbox serves the version localization only.
                type("appScreenshotSets").owns("appStoreVersionLocalization")
                        .owns("appStoreVersionExperimentTreatmentLocalization", "appCustomProductPageLocalization")
                        .derives("appScreenshots", "appScreenshotSet").build(),
                type("appScreenshots").owns("appScreenshotSet").build(),
                type("appPreviewSets").owns("appStoreVersionLocalization")
                        .owns("appStoreVersionExperimentTreatmentLocalization", "appCustomProductPageLocalization")
                        .derives("appPreviews", "appPreviewSet").build(),
                type("appPreviews").owns("appPreviewSet").build(),
                type("betaBuildLocalizations").owns("build").build(),
                type("betaAppReviewSubmissions").owns("build").build(),
                // pricePoints: computed from the product (PricePoints), never stored.
                type("inAppPurchases").derives("inAppPurchaseLocalizations", "inAppPurchaseV2")
                        .derives("inAppPurchaseAvailability", "inAppPurchase").owns("pricePoints")
                        .derives("iapPriceSchedule", "inAppPurchase")
                        .derives("appStoreReviewScreenshot", "inAppPurchaseV2").owns("app").build(),
                type("inAppPurchaseLocalizations").owns("inAppPurchaseV2").build(),
                // Its POST replaces the product's previous one (InAppPurchaseAvailabilityRules).
                type("inAppPurchaseAvailabilities").owns("availableTerritories", "inAppPurchase").build(),
                // Computed, never stored (SandboxState.compute): Apple's territory codes, with a currency where the
                // sandbox has prices. Served as related and included resources only.
                type("territories").only().build(),
                // Apple's rules on top: PriceScheduleRules (a POST replaces the schedule; automatic prices).
                type("inAppPurchasePriceSchedules").owns("inAppPurchase", "baseTerritory", "manualPrices",
                        "automaticPrices").build(),
                // Created inline by a schedule's POST; inAppPurchaseV2 is what the inline create names.
                type("inAppPurchasePrices").owns("inAppPurchasePricePoint", "territory", "inAppPurchaseV2").build(),
                // Computed from their ids (PricePoints), like subscription price points.
                type("inAppPurchasePricePoints").owns("territory").only().build(),
                type("inAppPurchaseAppStoreReviewScreenshots").owns("inAppPurchaseV2").build(),
                type("subscriptionGroups").derives("subscriptions", "group")
                        .derives("subscriptionGroupLocalizations", "subscriptionGroup").owns("app").build(),
                type("subscriptionGroupLocalizations").owns("subscriptionGroup").build(),
                type("subscriptions").derives("subscriptionLocalizations", "subscription").owns("group")
                        .derives("introductoryOffers", "subscription").derives("prices", "subscription")
                        .derives("promotionalOffers", "subscription").owns("pricePoints")
                        .derives("planAvailabilities", "subscription").build(),
                // One per subscription and plan type (SubscriptionPlanAvailabilityRules); changed by its PATCH.
                type("subscriptionPlanAvailabilities").owns("availableTerritories", "subscription").build(),
                type("nominations").owns("relatedApps", "supportedTerritories", "inAppEvents").build(),
                // Apple's rules on top: SubscriptionPriceRules.
                type("subscriptionPrices").owns("subscription", "territory", "subscriptionPricePoint").build(),
                // Apple's rules on top: PromotionalOfferRules; the prices are created inline by its POST and PATCH.
                type("subscriptionPromotionalOffers").owns("subscription", "prices").build(),
                type("subscriptionPromotionalOfferPrices").owns("territory", "subscriptionPricePoint").build(),
                // Apple's rules on top: IntroductoryOfferRules. Apple refuses an offer without a territory.
                type("subscriptionIntroductoryOffers").owns("subscription", "territory", "subscriptionPricePoint")
                        .requires("territory").build(),
                // Computed from their ids (PricePoints); included by offers and prices, listed per subscription.
                type("subscriptionPricePoints").owns("territory").only().build(),
                type("subscriptionLocalizations").owns("subscription").build(),
                // Builds are uploaded (Xcode, Transporter, build uploads), never created here; their PATCH answers
                // export compliance (BuildRules).
                // Apple's rules: EncryptionDeclarationRules; builds are attached through the build's own relationship
                // (the declaration's builds relationship is deprecated and not kept).
                type("appEncryptionDeclarations").owns("app").build(),
                type("builds").owns("preReleaseVersion", "app", "betaGroups", "appEncryptionDeclaration")
                        .derives("betaBuildLocalizations", "build").derives("betaAppReviewSubmission", "build")
                        .only(GET_COLLECTION, GET_INSTANCE, UPDATE).build(),
                type("preReleaseVersions").derives("builds", "preReleaseVersion").owns("app").build(),
                // Uploads through the API (BuildUploadRules): the file is a build upload file; processing makes the build.
                type("buildUploads").owns("app", "build", "assetFile").derives("buildUploadFiles", "buildUpload")
                        .build(),
                type("buildUploadFiles").owns("buildUpload").build(),
                type("appStoreVersionPhasedReleases").owns("appStoreVersion").build(),
                type("reviewSubmissions").owns("app").derives("items", "reviewSubmission")
                        .owns("appStoreVersionForReview").build(),
                // Resolving or removing an item (its PATCH) is not simulated.
                type("reviewSubmissionItems").owns("reviewSubmission", "appStoreVersion", "appEvent")
                        .owns("appStoreVersionExperimentV2", "appCustomProductPageVersion").only(CREATE, DELETE).build(),
                // Custom product pages (ProductPageRules): a page lists its versions, a version its localizations,
                // a localization its media sets. Search keywords are not simulated.
                type("appCustomProductPages").owns("app")
                        .derives("appCustomProductPageVersions", "appCustomProductPage").build(),
                type("appCustomProductPageVersions").owns("appCustomProductPage")
                        .derives("appCustomProductPageLocalizations", "appCustomProductPageVersion").build(),
                type("appCustomProductPageLocalizations").owns("appCustomProductPageVersion")
                        .derives("appScreenshotSets", "appCustomProductPageLocalization")
                        .derives("appPreviewSets", "appCustomProductPageLocalization").build(),
                // Product page optimization, the non-deprecated v2 experiments only (ExperimentRules); the control
                // versions are the app's version on the store when the test was made.
                type("appStoreVersionExperiments").owns("app", "latestControlVersion", "controlVersions")
                        .derives("appStoreVersionExperimentTreatments", "appStoreVersionExperimentV2").build(),
                type("appStoreVersionExperimentTreatments").owns("appStoreVersionExperimentV2")
                        .requires("appStoreVersionExperimentV2")
                        .derives("appStoreVersionExperimentTreatmentLocalizations", "appStoreVersionExperimentTreatment")
                        .build(),
                type("appStoreVersionExperimentTreatmentLocalizations").owns("appStoreVersionExperimentTreatment")
                        .derives("appScreenshotSets", "appStoreVersionExperimentTreatmentLocalization")
                        .derives("appPreviewSets", "appStoreVersionExperimentTreatmentLocalization").build(),
                type("appStoreVersionReleaseRequests").owns("appStoreVersion").build(),
                // Written by customers (CustomerReviewRules keeps their app and version); one response each.
                type("customerReviews").derives("response", "review").owns("reviewTerritory").build(),
                type("customerReviewResponses").owns("review").build(),
                type("customerReviewSummarizations").owns("territory").build(),
                // The app's own price: points computed from their ids (AppPricePoints); AppPriceScheduleRules (a POST
                // replaces the schedule; automatic prices); the prices are created inline by the schedule's POST.
                type("appPricePoints").owns("territory", "app").only().build(),
                type("appPriceSchedules").owns("app", "baseTerritory", "manualPrices", "automaticPrices").build(),
                type("appPrices").owns("appPricePoint", "territory").build(),
                // The app's availability (AppAvailabilityRules): its territories are created inline by its POST and
                // changed one by one (TerritoryAvailabilityRules); ending pre-orders is a create of its own.
                type("appAvailabilities").owns("app", "territoryAvailabilities").build(),
                type("territoryAvailabilities").owns("territory").build(),
                // App Clips (asc-api-notes 8) come with a build that has one: read-only, seeded per app
                // (resources: {appClips: [{bundleId: ...}]}). Apple's rules on the experiences: AppClipRules.
                type("appClips").owns("app").derives("appClipDefaultExperiences", "appClip")
                        .derives("appClipAdvancedExperiences", "appClip").only(GET_INSTANCE).build(),
                // The template (a copy of another experience) is not simulated.
                type("appClipDefaultExperiences").owns("appClip", "releaseWithAppStoreVersion")
                        .derives("appClipDefaultExperienceLocalizations", "appClipDefaultExperience")
                        .derives("appClipAppStoreReviewDetail", "appClipDefaultExperience").build(),
                type("appClipDefaultExperienceLocalizations").owns("appClipDefaultExperience")
                        .derives("appClipHeaderImage", "appClipDefaultExperienceLocalization").build(),
                type("appClipHeaderImages").owns("appClipDefaultExperienceLocalization").build(),
                type("appClipAppStoreReviewDetails").owns("appClipDefaultExperience").build(),
                // Its localizations are created inline by its POST and PATCH; its image is reserved first, alone.
                type("appClipAdvancedExperiences").owns("appClip", "headerImage", "localizations").build(),
                type("appClipAdvancedExperienceImages").build(),
                type("appClipAdvancedExperienceLocalizations").build(),
                type("endAppAvailabilityPreOrders").owns("territoryAvailabilities").build());
    }
}
