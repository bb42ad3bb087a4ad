package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.Map;
import java.util.Optional;

/** Apple's rules per resource type; types without special rules get the accepting default. */
public final class AppleRules {
    private static final ResourceRules NONE = new ResourceRules() {
    };
    /**
     * The types Apple keeps one of per owner, under the owner's id (a new one replaces the old), with the relationship
     * to that owner. [observed: a product's price schedule has the product's id on live ASC; fastlane's recorded app
     * availability has its app's id; assumed for the app's price schedule]
     */
    private static final Map<String, String> KEYED_BY_OWNER = Map.of(PriceScheduleRules.TYPE, "inAppPurchase",
            AppPriceScheduleRules.TYPE, "app", AppAvailabilityRules.TYPE, "app");
    private final Map<String, ResourceRules> byType;
    private final CustomerReviewResponseRules reviewResponses;

    /**
     * @param baseUri where the sandbox answers, for the upload URLs it hands out
     */
    public AppleRules(SandboxState state, String baseUri) {
        this(state, baseUri, () -> java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /**
     * @param baseUri where the sandbox answers, for the upload URLs it hands out
     * @param today   the sandbox's today for the reports (the day after the last one Apple has produced)
     */
    public AppleRules(SandboxState state, String baseUri, java.util.function.Supplier<java.time.LocalDate> today) {
        Editability editability = new Editability(state);
        AppInfoRules appInfos = new AppInfoRules(state, editability);
        LocalizationRules infoLocalizations = new LocalizationRules(state, "appInfoLocalizations", "appInfo",
                editability::requireEditableAppInfo, id -> state.require("appInfos", id).relatedId("app"));
        LocalizationRules versionLocalizations = new LocalizationRules(state, "appStoreVersionLocalizations",
                "appStoreVersion", editability::requireEditableVersion,
                id -> state.require("appStoreVersions", id).relatedId("app"));
        BetaMembership membership = new BetaMembership(state);
        VersionLifecycle lifecycle = new VersionLifecycle(state);
        ExperimentRules experiments = new ExperimentRules(state);
        Map<String, java.util.function.Consumer<String>> setParents = Map.of(
                "appStoreVersionLocalization", MediaSetRules.versionLocalizations(state, editability),
                "appStoreVersionExperimentTreatmentLocalization", experiments::requireEditableLocalization,
                "appCustomProductPageLocalization", id -> ProductPageRules.requireEditableLocalization(state, id));
        MediaSetRules screenshotSets = new MediaSetRules(state, setParents, "appScreenshotSets", "screenshotDisplayType");
        MediaSetRules previewSets = new MediaSetRules(state, setParents, "appPreviewSets", "previewType");
        CustomerReviewRules.register(state);
        this.reviewResponses = new CustomerReviewResponseRules(state);
        Map<String, ResourceRules> byType = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("betaGroups", new BetaGroupRules(state, membership)),
                Map.entry("betaTesters", new BetaTesterRules(state, membership)),
                Map.entry("betaBuildLocalizations", new BetaBuildLocalizationRules(state)),
                Map.entry("betaAppReviewSubmissions", new BetaReviewSubmissionRules(state)),
                Map.entry("inAppPurchases", new ProductRules(state, "inAppPurchases", "app")),
                Map.entry("subscriptions", new ProductRules(state, "subscriptions", "group")),
                Map.entry("subscriptionGroups", ProductRules.groups(state)),
                Map.entry("inAppPurchaseLocalizations", ProductRules.localizations(state, "inAppPurchaseLocalizations",
                        "inAppPurchases", "inAppPurchaseV2")),
                Map.entry("subscriptionLocalizations", ProductRules.localizations(state, "subscriptionLocalizations",
                        "subscriptions", "subscription")),
                Map.entry("subscriptionGroupLocalizations", ProductRules.localizations(state,
                        "subscriptionGroupLocalizations", "subscriptionGroups", "subscriptionGroup")),
                Map.entry("appScreenshotSets", screenshotSets),
                Map.entry("appPreviewSets", previewSets),
                Map.entry("appScreenshots", new MediaAssetRules(state, screenshotSets, baseUri, "appScreenshots",
                        "appScreenshotSet", "assetDeliveryState", 10)),
                Map.entry("appPreviews", new MediaAssetRules(state, previewSets, baseUri, "appPreviews",
                        "appPreviewSet", "videoDeliveryState", 3)),
                Map.entry("inAppPurchaseAppStoreReviewScreenshots", new MediaAssetRules(state,
                        ProductRules.reviewScreenshotOwner(state), baseUri, "inAppPurchaseAppStoreReviewScreenshots",
                        "inAppPurchaseV2", "assetDeliveryState", 1)),
                Map.entry("appInfos", appInfos),
                Map.entry("ageRatingDeclarations", appInfos.ageRatingRules()),
                Map.entry("appInfoLocalizations", infoLocalizations),
                Map.entry("appStoreVersions", new AppStoreVersionRules(state, editability)),
                Map.entry("appStoreVersionLocalizations", new WhatsNewRule(state, versionLocalizations)),
                Map.entry("appStoreReviewDetails", new ReviewDetailRules(state, editability)),
                Map.entry("appStoreVersionPhasedReleases", new PhasedReleaseRules(state)),
                Map.entry("reviewSubmissions", new ReviewSubmissionRules(state)),
                Map.entry("reviewSubmissionItems", new ReviewSubmissionItemRules(state, experiments)),
                Map.entry(ExperimentRules.TYPE, experiments),
                Map.entry(ExperimentRules.TREATMENTS, new ExperimentRules.Treatments(experiments)),
                Map.entry(ExperimentRules.LOCALIZATIONS, new ExperimentRules.Localizations(experiments)),
                Map.entry("appStoreVersionReleaseRequests", new ReleaseRequestRules(state, lifecycle)),
                Map.entry(InAppPurchaseAvailabilityRules.TYPE, new InAppPurchaseAvailabilityRules(state)),
                Map.entry(EndUserLicenseAgreementRules.TYPE, new EndUserLicenseAgreementRules(state)),
                Map.entry(AccessibilityDeclarationRules.TYPE, new AccessibilityDeclarationRules(state)),
                Map.entry(IntroductoryOfferRules.TYPE, new IntroductoryOfferRules(state)),
                Map.entry(PriceScheduleRules.TYPE, new PriceScheduleRules(state)),
                Map.entry(SubscriptionPriceRules.TYPE, new SubscriptionPriceRules(state)),
                Map.entry(PromotionalOfferRules.TYPE, new PromotionalOfferRules(state)),
                Map.entry(AppPriceScheduleRules.TYPE, new AppPriceScheduleRules(state)),
                Map.entry(AppAvailabilityRules.TYPE, new AppAvailabilityRules(state)),
                Map.entry(SubscriptionPlanAvailabilityRules.TYPE, new SubscriptionPlanAvailabilityRules(state)),
                Map.entry(NominationRules.TYPE, new NominationRules(state)),
                Map.entry(TerritoryAvailabilityRules.TYPE, new TerritoryAvailabilityRules(state)),
                Map.entry(TerritoryAvailabilityRules.EndPreOrders.TYPE, new TerritoryAvailabilityRules.EndPreOrders(state)),
                Map.entry(CustomerReviewRules.TYPE, new CustomerReviewRules(state)),
                Map.entry(CustomerReviewResponseRules.TYPE, reviewResponses),
                Map.entry(BuildUploadRules.TYPE, new BuildUploadRules(state)),
                Map.entry(AnalyticsReportRequestRules.TYPE, new AnalyticsReportRequestRules(state, today)),
                Map.entry(AppEventRules.TYPE, new AppEventRules(state)),
                Map.entry(AppEventRules.LOCALIZATIONS, new AppEventRules.Localizations(state)),
                Map.entry(AppEventRules.SCREENSHOTS, AppEventRules.media(state, baseUri, AppEventRules.SCREENSHOTS,
                        "assetDeliveryState")),
                Map.entry(AppEventRules.VIDEO_CLIPS, AppEventRules.media(state, baseUri, AppEventRules.VIDEO_CLIPS,
                        "videoDeliveryState")),
                Map.entry("builds", new BuildRules(state)),
                Map.entry(AppClipRules.EXPERIENCES, new AppClipRules.DefaultExperiences(state)),
                Map.entry(AppClipRules.LOCALIZATIONS, new AppClipRules.Localizations(state)),
                Map.entry(AppClipRules.REVIEW_DETAILS, new AppClipRules.ReviewDetails(state)),
                Map.entry(AppClipRules.ADVANCED, new AppClipRules.AdvancedExperiences(state)),
                Map.entry(AppClipRules.HEADER_IMAGES, new MediaAssetRules(state, AppClipRules.headerImageOwner(state),
                        baseUri, AppClipRules.HEADER_IMAGES, "appClipDefaultExperienceLocalization", "assetDeliveryState", 1)),
                // Reserved alone, then named by the experience's headerImage: no owner to check.
                Map.entry("appClipAdvancedExperienceImages", new MediaAssetRules(state, owner -> { }, baseUri,
                        "appClipAdvancedExperienceImages", null, "assetDeliveryState", 1)),
                Map.entry(EncryptionDeclarationRules.TYPE, new EncryptionDeclarationRules()),
                Map.entry("buildUploadFiles", new BuildUploadFileRules(state, baseUri))));
        byType.putAll(ProductPageRules.all(state));
        this.byType = Map.copyOf(byType);
    }

    /** What Apple does on its own between requests: publishing review responses. Callers hold the state lock. */
    public void advance() {
        reviewResponses.publishPending();
    }

    /** The id of a new resource of {@code type} when Apple derives it from the request; else empty (a new id). */
    public Optional<String> id(String type, WriteRequest request) {
        return Optional.ofNullable(KEYED_BY_OWNER.get(type)).map(request::relatedId);
    }

    public ResourceRules forType(String type) {
        return byType.getOrDefault(type, NONE);
    }
}
