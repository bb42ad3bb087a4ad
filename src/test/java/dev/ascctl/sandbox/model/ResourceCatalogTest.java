package dev.ascctl.sandbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalog's derivation rules, each shown on a type where Apple's spec makes it matter. */
class ResourceCatalogTest {
    private final ResourceCatalog catalog = new ResourceCatalog();

    @Test
    void writeAccessComesFromTheCreateAndUpdateRequests() {
        ResourceSpec loc = catalog.get("appStoreVersionLocalizations");
        assertThat(loc.attributes().get("locale").access()).isEqualTo(Access.CREATE_ONLY);
        assertThat(loc.attributes().get("locale").requiredOnCreate()).isTrue();
        assertThat(loc.attributes().get("promotionalText").access()).isEqualTo(Access.CREATE_AND_UPDATE);
        assertThat(loc.attributes().get("marketingUrl").kind()).isEqualTo(AttributeKind.URI);
        // In the update request but not in the resource: an action, never shown.
        assertThat(catalog.get("appScreenshots").attributes().get("uploaded").access()).isEqualTo(Access.UPDATE_ACTION);
        assertThat(catalog.get("appStoreVersions").attributes().get("platform").values())
                .containsExactlyInAnyOrder("IOS", "MAC_OS", "TV_OS", "VISION_OS");
    }

    @Test
    void relationshipShapesComeFromTheSchemaAndThePaths() {
        // Only in the create request: never sent.
        assertThat(catalog.get("appStoreVersionPhasedReleases").relationship("appStoreVersion").orElseThrow().shape())
                .isEqualTo(RelationshipShape.WRITE_ONLY);
        // The spec declares links, but has no GET /v1/builds/{id}/betaGroups: data only, so no link is dead.
        assertThat(catalog.get("builds").relationship("betaGroups").orElseThrow().shape())
                .isEqualTo(RelationshipShape.DATA_ONLY);
    }

    @Test
    void operationsAndQueryRulesComeFromThePaths() {
        assertThat(catalog.get("apps").operations())
                .containsExactlyInAnyOrder(Operation.GET_COLLECTION, Operation.GET_INSTANCE, Operation.UPDATE);
        assertThat(catalog.get("ageRatingDeclarations").operations()).containsExactly(Operation.UPDATE);
        assertThat(catalog.get("builds").operations()) // no POST (builds come from uploads); PATCH answers compliance
                .containsExactlyInAnyOrder(Operation.GET_COLLECTION, Operation.GET_INSTANCE, Operation.UPDATE);
        assertThat(catalog.read("/v1/betaAppReviewSubmissions").orElseThrow().required()).contains("filter[build]");
        assertThat(catalog.read("/v1/appStoreVersions/{id}/appStoreVersionLocalizations").orElseThrow().includes())
                .isNotEmpty();
        assertThat(catalog.read("/v1/appStoreVersions/{id}/build").orElseThrow().includes()).isEmpty();
        assertThat(catalog.linkageWrites("betaGroups", "betaTesters", true)).isTrue();
        assertThat(catalog.linkageWrites("betaTesters", "apps", true)).isFalse();
        assertThat(catalog.linkageWrites("betaTesters", "apps", false)).isTrue();
        assertThat(catalog.replacesLinkages("appScreenshotSets", "appScreenshots")).isTrue();
        assertThat(catalog.apiVersion("inAppPurchases")).isEqualTo("v2");
    }
}
