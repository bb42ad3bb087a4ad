package dev.ascctl.sandbox.model;

import static dev.ascctl.sandbox.model.Access.CREATE_AND_UPDATE;
import static dev.ascctl.sandbox.model.Access.CREATE_ONLY;
import static dev.ascctl.sandbox.model.Access.READ_ONLY;
import static dev.ascctl.sandbox.model.Access.UPDATE_ONLY;
import static dev.ascctl.sandbox.model.Operation.CREATE;
import static dev.ascctl.sandbox.model.Operation.DELETE;
import static dev.ascctl.sandbox.model.Operation.GET_COLLECTION;
import static dev.ascctl.sandbox.model.Operation.GET_INSTANCE;
import static dev.ascctl.sandbox.model.Operation.UPDATE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types the sandbox serves, written down by hand from the facts of Apple's spec 4.4.1
 * ({@code components.schemas.X}, {@code XCreateRequest}, {@code XUpdateRequest}, and the operations
 * on {@code /v1/x} and {@code /v1/x/{id}}). Only relationships whose endpoints the sandbox serves are
 * listed, so every link it hands out works. Adding a type means adding one method here.
 */
public final class ResourceCatalog {
    public static final Set<String> PLATFORMS = Set.of("IOS", "MAC_OS", "TV_OS", "VISION_OS");
    public static final Set<String> APP_VERSION_STATES = Set.of("ACCEPTED", "DEVELOPER_REJECTED", "IN_REVIEW",
            "INVALID_BINARY", "METADATA_REJECTED", "PENDING_APPLE_RELEASE", "PENDING_DEVELOPER_RELEASE",
            "PREPARE_FOR_SUBMISSION", "PROCESSING_FOR_DISTRIBUTION", "READY_FOR_DISTRIBUTION", "READY_FOR_REVIEW",
            "REJECTED", "REPLACED_WITH_NEW_VERSION", "WAITING_FOR_EXPORT_COMPLIANCE", "WAITING_FOR_REVIEW");
    public static final Set<String> APP_INFO_STATES = Set.of("ACCEPTED", "DEVELOPER_REJECTED", "IN_REVIEW",
            "PENDING_RELEASE", "PREPARE_FOR_SUBMISSION", "READY_FOR_DISTRIBUTION", "READY_FOR_REVIEW", "REJECTED",
            "REPLACED_WITH_NEW_INFO", "WAITING_FOR_REVIEW");
    private static final Set<String> FREQUENCY = Set.of("NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE",
            "INFREQUENT", "FREQUENT");
    private static final Set<String> URL_VERSIONS = Set.of("V1", "V2");
    private static final Set<String> KIDS_AGE_BANDS = Set.of("FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN");
    private static final List<String> CATEGORY_SLOTS = List.of("primaryCategory", "primarySubcategoryOne",
            "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo");

    /**
     * Related endpoints whose spec response is a {@code *WithoutIncludesResponse} (or declares no
     * {@code include}), as "type/relationship": they refuse {@code include} and {@code limit[...]}.
     */
    private static final Set<String> RELATED_WITHOUT_INCLUDES = Set.of("appCategories/parent",
            "appCategories/subcategories", "appStoreVersions/build", "appInfos/ageRatingDeclaration",
            "appStoreVersions/appStoreVersionPhasedRelease", "builds/betaBuildLocalizations", "builds/betaAppReviewSubmission",
            "betaGroups/builds");

    /**
     * To-many relationships whose order a {@code PATCH /v1/{type}/{id}/relationships/{rel}} replaces, as
     * "type/relationship" (asc-api-notes 3: the screenshots and previews of a set).
     */
    private static final Set<String> REPLACEABLE_LINKAGES = Set.of("appScreenshotSets/appScreenshots",
            "appPreviewSets/appPreviews");

    private final Map<String, ResourceSpec> byType = new LinkedHashMap<>();

    public ResourceCatalog() {
        List.of(apps(), appInfos(), appInfoLocalizations(), appCategories(), ageRatingDeclarations(), appStoreVersions(),
                appStoreVersionLocalizations(), appStoreReviewDetails(), betaGroups(), betaTesters(),
                betaAppLocalizations(), betaAppReviewDetails(), users(),
                MediaResources.screenshotSets(), MediaResources.screenshots(), MediaResources.previewSets(),
                MediaResources.previews()).forEach(s -> byType.put(s.type(), s));
        BetaBuildTypes.all().forEach(s -> byType.put(s.type(), s));
        PurchaseTypes.all().forEach(s -> byType.put(s.type(), s));
        ReleaseTypes.all().forEach(s -> byType.putIfAbsent(s.type(), s));
    }

    /**
     * Root collections Apple serves only with a filter (asc-api-notes "Collections that require a filter"; the
     * spec marks the parameter {@code required}): type → filter name.
     */
    private static final Map<String, String> REQUIRED_FILTERS = Map.of("betaAppReviewSubmissions", "build");

    /** The filter {@code GET /v1/{type}} cannot do without, if any. */
    public Optional<String> requiredFilter(String type) {
        return Optional.ofNullable(REQUIRED_FILTERS.get(type));
    }

    /** The API version in the paths of a type: {@code v2} for {@code /v2/inAppPurchases}, else {@code v1}. */
    public String apiVersion(String type) {
        return PurchaseTypes.V2_TYPES.contains(type) ? "v2" : "v1";
    }

    public Optional<ResourceSpec> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public ResourceSpec get(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("unknown resource type " + type));
    }

    /** Whether {@code GET /v1/{type}/{id}/{relationship}} takes {@code include} (and {@code limit[...]}). */
    public boolean relatedEndpointTakesInclude(String type, String relationship) {
        return !RELATED_WITHOUT_INCLUDES.contains(type + "/" + relationship);
    }

    /**
     * Relationship endpoints that take POST (add) or DELETE (remove) with a linkages body, as Apple's spec 4.4.1
     * has them: {@code /v1/betaGroups/{id}/relationships/betaTesters} (POST, DELETE),
     * {@code /v1/betaTesters/{id}/relationships/betaGroups} (POST, DELETE), {@code .../relationships/apps} (DELETE),
     * {@code /v1/betaGroups/{id}/relationships/builds} (POST, DELETE).
     */
    public static boolean linkageWrites(String type, String relationship, boolean add) {
        return switch (type + "/" + relationship) {
            case "betaGroups/betaTesters", "betaTesters/betaGroups", "betaGroups/builds" -> true;
            case "betaTesters/apps" -> !add;
            default -> false;
        };
    }

    /** Whether {@code PATCH /v1/{type}/{id}/relationships/{relationship}} replaces (and reorders) the list. */
    public boolean replacesLinkages(String type, String relationship) {
        return REPLACEABLE_LINKAGES.contains(type + "/" + relationship);
    }

    /** The six category relationships of an appInfo, in Apple's order. */
    public static List<String> categorySlots() {
        return CATEGORY_SLOTS;
    }

    private static ResourceSpec apps() {
        return ResourceSpec.of("apps", List.of(
                attr("accessibilityUrl", AttributeKind.URI, UPDATE_ONLY),
                attr("name", AttributeKind.STRING, READ_ONLY),
                attr("bundleId", AttributeKind.STRING, UPDATE_ONLY),
                attr("sku", AttributeKind.STRING, READ_ONLY),
                attr("primaryLocale", AttributeKind.STRING, UPDATE_ONLY),
                attr("isOrEverWasMadeForKids", AttributeKind.BOOLEAN, READ_ONLY),
                attr("subscriptionStatusUrl", AttributeKind.URI, UPDATE_ONLY),
                enumAttr("subscriptionStatusUrlVersion", URL_VERSIONS, UPDATE_ONLY),
                attr("subscriptionStatusUrlForSandbox", AttributeKind.URI, UPDATE_ONLY),
                enumAttr("subscriptionStatusUrlVersionForSandbox", URL_VERSIONS, UPDATE_ONLY),
                enumAttr("contentRightsDeclaration", Set.of("DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"),
                        UPDATE_ONLY),
                attr("streamlinedPurchasingEnabled", AttributeKind.BOOLEAN, UPDATE_ONLY)), List.of(
                derived("appStoreVersions", "appStoreVersions", true, "app",
                        Set.of("platform", "versionString", "appStoreState", "appVersionState", "id")),
                derived("appInfos", "appInfos", true, "app", Set.of()),
                derived("betaGroups", "betaGroups", true, "app", Set.of()),
                derived("betaAppLocalizations", "betaAppLocalizations", true, "app", Set.of()),
                derived("betaAppReviewDetail", "betaAppReviewDetails", false, "app", Set.of()),

                derived("inAppPurchasesV2", "inAppPurchases", true, "app",
                        Set.of("productId", "name", "state", "inAppPurchaseType")),
                derived("subscriptionGroups", "subscriptionGroups", true, "app", Set.of("referenceName"))),
                Set.of(GET_COLLECTION, GET_INSTANCE, UPDATE), Set.of("bundleId", "name", "sku", "id"),
                Set.of("name", "bundleId", "sku"));
    }

    private static ResourceSpec appInfos() {
        List<RelationshipSpec> rels = new java.util.ArrayList<>();
        rels.add(owned("app", "apps", false, RelationshipShape.DATA_ONLY, READ_ONLY, false));
        rels.add(owned("ageRatingDeclaration", "ageRatingDeclarations", false, RelationshipShape.LINKS_AND_DATA, READ_ONLY, false));
        rels.add(derived("appInfoLocalizations", "appInfoLocalizations", true, "appInfo", Set.of("locale")));
        CATEGORY_SLOTS.forEach(slot -> rels.add(
                owned(slot, "appCategories", false, RelationshipShape.LINKS_AND_DATA, UPDATE_ONLY, false)));
        return ResourceSpec.of("appInfos", List.of(
                attr("appStoreState", AttributeKind.STRING, READ_ONLY),
                enumAttr("state", APP_INFO_STATES, READ_ONLY),
                attr("appStoreAgeRating", AttributeKind.STRING, READ_ONLY),
                attr("australiaAgeRating", AttributeKind.STRING, READ_ONLY),
                attr("brazilAgeRating", AttributeKind.STRING, READ_ONLY),
                attr("brazilAgeRatingV2", AttributeKind.STRING, READ_ONLY),
                attr("franceAgeRating", AttributeKind.STRING, READ_ONLY),
                attr("koreaAgeRating", AttributeKind.STRING, READ_ONLY),
                attr("kidsAgeBand", AttributeKind.STRING, READ_ONLY)), rels,
                Set.of(GET_INSTANCE, UPDATE), Set.of(), Set.of());
    }

    private static ResourceSpec appInfoLocalizations() {
        return ResourceSpec.of("appInfoLocalizations", List.of(
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                attr("subtitle", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("privacyPolicyUrl", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("privacyChoicesUrl", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("privacyPolicyText", AttributeKind.STRING, CREATE_AND_UPDATE)), List.of(
                owned("appInfo", "appInfos", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    private static ResourceSpec appCategories() {
        return ResourceSpec.of("appCategories", List.of(
                attr("platforms", AttributeKind.STRING_ARRAY, READ_ONLY)), List.of(
                derived("subcategories", "appCategories", true, "parent", Set.of()),
                owned("parent", "appCategories", false, RelationshipShape.LINKS_AND_DATA, READ_ONLY, false)),
                Set.of(GET_COLLECTION, GET_INSTANCE), Set.of("platforms", "parent"), Set.of());
    }

    private static ResourceSpec ageRatingDeclarations() {
        List<AttributeSpec> a = new java.util.ArrayList<>();
        for (String b : List.of("advertising", "gambling", "healthOrWellnessTopics", "lootBox", "messagingAndChat",
                "parentalControls", "ageAssurance", "socialMedia", "socialMediaAgeRestricted", "unrestrictedWebAccess",
                "userGeneratedContent")) {
            a.add(attr(b, AttributeKind.BOOLEAN, UPDATE_ONLY));
        }
        for (String f : List.of("alcoholTobaccoOrDrugUseOrReferences", "contests", "gamblingSimulated",
                "gunsOrOtherWeapons", "medicalOrTreatmentInformation", "profanityOrCrudeHumor",
                "sexualContentGraphicAndNudity", "sexualContentOrNudity", "horrorOrFearThemes",
                "matureOrSuggestiveThemes", "violenceCartoonOrFantasy", "violenceRealisticProlongedGraphicOrSadistic",
                "violenceRealistic")) {
            a.add(enumAttr(f, FREQUENCY, UPDATE_ONLY));
        }
        a.add(enumAttr("kidsAgeBand", KIDS_AGE_BANDS, UPDATE_ONLY));
        a.add(enumAttr("ageRatingOverride", Set.of("NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS",
                "SEVENTEEN_PLUS", "UNRATED"), UPDATE_ONLY));
        a.add(enumAttr("ageRatingOverrideV2", Set.of("NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS",
                "EIGHTEEN_PLUS", "UNRATED"), UPDATE_ONLY));
        a.add(enumAttr("koreaAgeRatingOverride", Set.of("NONE", "FIFTEEN_PLUS", "NINETEEN_PLUS"), UPDATE_ONLY));
        a.add(attr("developerAgeRatingInfoUrl", AttributeKind.URI, UPDATE_ONLY));
        // Apple's path offers PATCH only: no GET by id, no create, no delete.
        return ResourceSpec.of("ageRatingDeclarations", a, List.of(), Set.of(UPDATE), Set.of(), Set.of());
    }

    private static ResourceSpec appStoreVersions() {
        return ResourceSpec.of("appStoreVersions", List.of(
                new AttributeSpec("platform", AttributeKind.ENUM, PLATFORMS, CREATE_ONLY, true),
                new AttributeSpec("versionString", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                attr("appStoreState", AttributeKind.STRING, READ_ONLY),
                enumAttr("appVersionState", APP_VERSION_STATES, READ_ONLY),
                attr("copyright", AttributeKind.STRING, CREATE_AND_UPDATE),
                enumAttr("reviewType", Set.of("APP_STORE", "NOTARIZATION"), CREATE_AND_UPDATE),
                enumAttr("releaseType", Set.of("MANUAL", "AFTER_APPROVAL", "SCHEDULED"), CREATE_AND_UPDATE),
                attr("earliestReleaseDate", AttributeKind.DATE_TIME, CREATE_AND_UPDATE),
                attr("usesIdfa", AttributeKind.BOOLEAN, CREATE_AND_UPDATE),
                attr("downloadable", AttributeKind.BOOLEAN, UPDATE_ONLY),
                attr("createdDate", AttributeKind.DATE_TIME, READ_ONLY)), List.of(
                owned("app", "apps", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true),
                derived("appStoreVersionLocalizations", "appStoreVersionLocalizations", true, "appStoreVersion",
                        Set.of("locale")),
                owned("build", "builds", false, RelationshipShape.LINKS_AND_DATA, CREATE_AND_UPDATE, false),
                derived("appStoreReviewDetail", "appStoreReviewDetails", false, "appStoreVersion", Set.of()),
                derived("appStoreVersionPhasedRelease", "appStoreVersionPhasedReleases", false, "appStoreVersion",
                        Set.of())),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    private static ResourceSpec appStoreVersionLocalizations() {
        return ResourceSpec.of("appStoreVersionLocalizations", List.of(
                attr("description", AttributeKind.STRING, CREATE_AND_UPDATE),
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                attr("keywords", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("marketingUrl", AttributeKind.URI, CREATE_AND_UPDATE),
                attr("promotionalText", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("supportUrl", AttributeKind.URI, CREATE_AND_UPDATE),
                attr("whatsNew", AttributeKind.STRING, CREATE_AND_UPDATE)), List.of(
                owned("appStoreVersion", "appStoreVersions", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true),
                derived("appScreenshotSets", "appScreenshotSets", true, "appStoreVersionLocalization",
                        Set.of("screenshotDisplayType")),
                derived("appPreviewSets", "appPreviewSets", true, "appStoreVersionLocalization", Set.of("previewType"))),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    private static ResourceSpec appStoreReviewDetails() {
        List<AttributeSpec> a = new java.util.ArrayList<>();
        for (String s : List.of("contactFirstName", "contactLastName", "contactPhone", "contactEmail",
                "demoAccountName", "demoAccountPassword")) {
            a.add(attr(s, AttributeKind.STRING, CREATE_AND_UPDATE));
        }
        a.add(attr("demoAccountRequired", AttributeKind.BOOLEAN, CREATE_AND_UPDATE));
        a.add(attr("notes", AttributeKind.STRING, CREATE_AND_UPDATE));
        return ResourceSpec.of("appStoreReviewDetails", a, List.of(
                owned("appStoreVersion", "appStoreVersions", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                Set.of(CREATE, GET_INSTANCE, UPDATE), Set.of(), Set.of());
    }

    /** BetaGroup (spec 4.4.1): isInternalGroup and hasAccessToAllBuilds are in the create request only. */
    private static ResourceSpec betaGroups() {
        return ResourceSpec.of("betaGroups", List.of(
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                attr("createdDate", AttributeKind.DATE_TIME, READ_ONLY),
                attr("isInternalGroup", AttributeKind.BOOLEAN, CREATE_ONLY),
                attr("hasAccessToAllBuilds", AttributeKind.BOOLEAN, CREATE_ONLY),
                attr("publicLinkEnabled", AttributeKind.BOOLEAN, CREATE_AND_UPDATE),
                attr("publicLinkId", AttributeKind.STRING, READ_ONLY),
                attr("publicLinkLimitEnabled", AttributeKind.BOOLEAN, CREATE_AND_UPDATE),
                attr("publicLinkLimit", AttributeKind.INTEGER, CREATE_AND_UPDATE),
                attr("publicLink", AttributeKind.STRING, READ_ONLY),
                attr("feedbackEnabled", AttributeKind.BOOLEAN, CREATE_AND_UPDATE),
                attr("iosBuildsAvailableForAppleSiliconMac", AttributeKind.BOOLEAN, UPDATE_ONLY),
                attr("iosBuildsAvailableForAppleVision", AttributeKind.BOOLEAN, UPDATE_ONLY)), List.of(
                owned("app", "apps", false, RelationshipShape.LINKS_AND_DATA, CREATE_ONLY, true),
                derived("betaTesters", "betaTesters", true, "betaGroups", Set.of()),
                derived("builds", "builds", true, "betaGroups", Set.of())),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    /** BetaTester (spec 4.4.1): no PATCH; the groups are set on create or through relationship endpoints. */
    private static ResourceSpec betaTesters() {
        return ResourceSpec.of("betaTesters", List.of(
                attr("firstName", AttributeKind.STRING, CREATE_ONLY),
                attr("lastName", AttributeKind.STRING, CREATE_ONLY),
                new AttributeSpec("email", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                enumAttr("inviteType", Set.of("EMAIL", "PUBLIC_LINK"), READ_ONLY),
                enumAttr("state", Set.of("NOT_INVITED", "INVITED", "ACCEPTED", "INSTALLED", "REVOKED"), READ_ONLY)),
                List.of(
                owned("apps", "apps", true, RelationshipShape.LINKS_AND_DATA, READ_ONLY, false),
                owned("betaGroups", "betaGroups", true, RelationshipShape.LINKS_AND_DATA, CREATE_ONLY, false)),
                Set.of(CREATE, GET_COLLECTION, GET_INSTANCE, DELETE), Set.of("email", "id", "apps", "betaGroups"),
                Set.of("email"));
    }

    private static ResourceSpec betaAppLocalizations() {
        return ResourceSpec.of("betaAppLocalizations", List.of(
                attr("feedbackEmail", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("marketingUrl", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("privacyPolicyUrl", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("tvOsPrivacyPolicy", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("description", AttributeKind.STRING, CREATE_AND_UPDATE),
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true)), List.of(
                owned("app", "apps", false, RelationshipShape.LINKS_AND_DATA, CREATE_ONLY, true)),
                Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE), Set.of(), Set.of());
    }

    /** One per app, made by Apple with the app: PATCH only. */
    private static ResourceSpec betaAppReviewDetails() {
        List<AttributeSpec> a = new java.util.ArrayList<>();
        for (String s : List.of("contactFirstName", "contactLastName", "contactPhone", "contactEmail",
                "demoAccountName", "demoAccountPassword")) {
            a.add(attr(s, AttributeKind.STRING, UPDATE_ONLY));
        }
        a.add(attr("demoAccountRequired", AttributeKind.BOOLEAN, UPDATE_ONLY));
        a.add(attr("notes", AttributeKind.STRING, UPDATE_ONLY));
        return ResourceSpec.of("betaAppReviewDetails", a, List.of(
                owned("app", "apps", false, RelationshipShape.LINKS_AND_DATA, READ_ONLY, false)),
                Set.of(GET_INSTANCE, UPDATE), Set.of(), Set.of());
    }

    /** Team members (seeded, not served): only they may join an internal beta group. */
    private static ResourceSpec users() {
        return ResourceSpec.of("users", List.of(
                attr("username", AttributeKind.STRING, READ_ONLY),
                attr("firstName", AttributeKind.STRING, READ_ONLY),
                attr("lastName", AttributeKind.STRING, READ_ONLY)), List.of(), Set.of(), Set.of(), Set.of());
    }

    static AttributeSpec attr(String name, AttributeKind kind, Access access) {
        return new AttributeSpec(name, kind, Set.of(), access, false);
    }

    static AttributeSpec enumAttr(String name, Set<String> values, Access access) {
        return new AttributeSpec(name, AttributeKind.ENUM, values, access, false);
    }

    static RelationshipSpec owned(String name, String target, boolean toMany, RelationshipShape shape,
                                          Access access, boolean required) {
        return new RelationshipSpec(name, target, toMany, shape, null, access, required, Set.of());
    }

    static RelationshipSpec derived(String name, String target, boolean toMany, String inverse, Set<String> filters) {
        return new RelationshipSpec(name, target, toMany, RelationshipShape.LINKS_AND_DATA, inverse, READ_ONLY, false, filters);
    }
}
