package dev.ascctl.sandbox.model;

import static dev.ascctl.sandbox.model.Access.CREATE_AND_UPDATE;
import static dev.ascctl.sandbox.model.Access.CREATE_ONLY;
import static dev.ascctl.sandbox.model.Access.READ_ONLY;
import static dev.ascctl.sandbox.model.Operation.CREATE;
import static dev.ascctl.sandbox.model.Operation.DELETE;
import static dev.ascctl.sandbox.model.Operation.GET_INSTANCE;
import static dev.ascctl.sandbox.model.Operation.UPDATE;
import static dev.ascctl.sandbox.model.ResourceCatalog.attr;
import static dev.ascctl.sandbox.model.ResourceCatalog.derived;
import static dev.ascctl.sandbox.model.ResourceCatalog.enumAttr;
import static dev.ascctl.sandbox.model.ResourceCatalog.owned;

import java.util.List;
import java.util.Set;

/**
 * The in-app purchase and subscription types, from Apple's spec 4.4.1 ({@code InAppPurchaseV2},
 * {@code InAppPurchaseLocalization}, {@code SubscriptionGroup}, {@code SubscriptionGroupLocalization},
 * {@code Subscription}, {@code SubscriptionLocalization} and their Create/Update requests). The owning
 * relationship a create sends ({@code app}, {@code group}, ...) is data-only: Apple's resource objects do not
 * declare it, and it is shown only if included, which Apple's paths do not offer.
 */
final class PurchaseTypes {
    /** Types whose paths are {@code /v2/...}. */
    static final Set<String> V2_TYPES = Set.of("inAppPurchases");
    static final Set<String> IAP_STATES = Set.of("MISSING_METADATA", "WAITING_FOR_UPLOAD", "PROCESSING_CONTENT",
            "READY_TO_SUBMIT", "WAITING_FOR_REVIEW", "IN_REVIEW", "DEVELOPER_ACTION_NEEDED", "PENDING_BINARY_APPROVAL",
            "APPROVED", "DEVELOPER_REMOVED_FROM_SALE", "REMOVED_FROM_SALE", "REJECTED");
    static final Set<String> SUBSCRIPTION_STATES = Set.of("MISSING_METADATA", "READY_TO_SUBMIT", "WAITING_FOR_REVIEW",
            "IN_REVIEW", "DEVELOPER_ACTION_NEEDED", "PENDING_BINARY_APPROVAL", "APPROVED", "DEVELOPER_REMOVED_FROM_SALE",
            "REMOVED_FROM_SALE", "REJECTED");
    static final Set<String> LOCALIZATION_STATES = Set.of("PREPARE_FOR_SUBMISSION", "WAITING_FOR_REVIEW", "APPROVED",
            "REJECTED");
    static final Set<String> PERIODS = Set.of("ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS",
            "ONE_YEAR");
    private static final Set<Operation> CRUD = Set.of(CREATE, GET_INSTANCE, UPDATE, DELETE);

    private PurchaseTypes() {
    }

    static List<ResourceSpec> all() {
        return List.of(inAppPurchases(), inAppPurchaseLocalizations(), inAppPurchaseAvailabilities(), subscriptionGroups(),
                subscriptionGroupLocalizations(), subscriptions(), subscriptionLocalizations(), reviewScreenshots());
    }

    private static ResourceSpec inAppPurchases() {
        return ResourceSpec.of("inAppPurchases", List.of(
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                new AttributeSpec("productId", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                new AttributeSpec("inAppPurchaseType", AttributeKind.ENUM,
                        Set.of("CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"), CREATE_ONLY, true),
                enumAttr("state", IAP_STATES, READ_ONLY),
                attr("reviewNote", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("familySharable", AttributeKind.BOOLEAN, CREATE_AND_UPDATE),
                attr("contentHosting", AttributeKind.BOOLEAN, READ_ONLY)), List.of(
                derived("inAppPurchaseLocalizations", "inAppPurchaseLocalizations", true, "inAppPurchaseV2", Set.of()),
                derived("inAppPurchaseAvailability", "inAppPurchaseAvailabilities", false, "inAppPurchase", Set.of()),
                derived("appStoreReviewScreenshot", "inAppPurchaseAppStoreReviewScreenshots", false, "inAppPurchaseV2",
                        Set.of()),
                owned("app", "apps", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }

    /**
     * {@code InAppPurchaseAppStoreReviewScreenshot}: the upload flow of app screenshots (create with fileName and
     * fileSize, then PATCH uploaded and sourceFileChecksum), owned by its product through {@code inAppPurchaseV2}.
     */
    private static ResourceSpec reviewScreenshots() {
        return ResourceSpec.of("inAppPurchaseAppStoreReviewScreenshots", List.of(
                new AttributeSpec("fileSize", AttributeKind.INTEGER, Set.of(), CREATE_ONLY, true),
                new AttributeSpec("fileName", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                attr("sourceFileChecksum", AttributeKind.STRING, Access.UPDATE_ONLY),
                attr("imageAsset", AttributeKind.JSON, READ_ONLY),
                attr("assetToken", AttributeKind.STRING, READ_ONLY),
                attr("assetType", AttributeKind.STRING, READ_ONLY),
                attr("uploadOperations", AttributeKind.JSON, READ_ONLY),
                attr("assetDeliveryState", AttributeKind.JSON, READ_ONLY),
                attr("uploaded", AttributeKind.BOOLEAN, Access.UPDATE_ACTION)), List.of(
                owned("inAppPurchaseV2", "inAppPurchases", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }

    private static ResourceSpec inAppPurchaseLocalizations() {
        return ResourceSpec.of("inAppPurchaseLocalizations", List.of(
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                attr("description", AttributeKind.STRING, CREATE_AND_UPDATE),
                enumAttr("state", LOCALIZATION_STATES, READ_ONLY)), List.of(
                owned("inAppPurchaseV2", "inAppPurchases", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }

    /**
     * An in-app purchase's availability (InAppPurchaseAvailability). It has no generic operations: its POST replaces
     * the product's availability and its territories are not sandbox resources, so {@code IapAvailabilityRoutes}
     * serves its paths; the type is here so the product list can include it. {@code availableTerritories} holds
     * TerritoryCodes.
     */
    private static ResourceSpec inAppPurchaseAvailabilities() {
        return ResourceSpec.of("inAppPurchaseAvailabilities", List.of(
                new AttributeSpec("availableInNewTerritories", AttributeKind.BOOLEAN, Set.of(), CREATE_ONLY, true)),
                List.of(owned("availableTerritories", "territories", true, RelationshipShape.LINKS_AND_DATA,
                                CREATE_ONLY, true),
                        owned("inAppPurchase", "inAppPurchases", false, RelationshipShape.WRITE_ONLY, CREATE_ONLY, true)),
                Set.of(), Set.of(), Set.of());
    }

    private static ResourceSpec subscriptionGroups() {
        return ResourceSpec.of("subscriptionGroups", List.of(
                new AttributeSpec("referenceName", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true)), List.of(
                derived("subscriptions", "subscriptions", true, "group", Set.of("productId", "name", "state")),
                derived("subscriptionGroupLocalizations", "subscriptionGroupLocalizations", true, "subscriptionGroup",
                        Set.of()),
                owned("app", "apps", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }

    private static ResourceSpec subscriptionGroupLocalizations() {
        return ResourceSpec.of("subscriptionGroupLocalizations", List.of(
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                attr("customAppName", AttributeKind.STRING, CREATE_AND_UPDATE),
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                enumAttr("state", LOCALIZATION_STATES, READ_ONLY)), List.of(
                owned("subscriptionGroup", "subscriptionGroups", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }

    private static ResourceSpec subscriptions() {
        return ResourceSpec.of("subscriptions", List.of(
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                new AttributeSpec("productId", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                attr("familySharable", AttributeKind.BOOLEAN, CREATE_AND_UPDATE),
                enumAttr("state", SUBSCRIPTION_STATES, READ_ONLY),
                enumAttr("subscriptionPeriod", PERIODS, CREATE_AND_UPDATE),
                attr("reviewNote", AttributeKind.STRING, CREATE_AND_UPDATE),
                attr("groupLevel", AttributeKind.INTEGER, CREATE_AND_UPDATE)), List.of(
                derived("subscriptionLocalizations", "subscriptionLocalizations", true, "subscription", Set.of()),
                owned("group", "subscriptionGroups", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }

    private static ResourceSpec subscriptionLocalizations() {
        return ResourceSpec.of("subscriptionLocalizations", List.of(
                new AttributeSpec("name", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, true),
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true),
                attr("description", AttributeKind.STRING, CREATE_AND_UPDATE),
                enumAttr("state", LOCALIZATION_STATES, READ_ONLY)), List.of(
                owned("subscription", "subscriptions", false, RelationshipShape.DATA_ONLY, CREATE_ONLY, true)),
                CRUD, Set.of(), Set.of());
    }
}
