package dev.ascctl.asc.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class WriteEndpointsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, tools.jackson.databind.JsonNode> map(String json) {
        Map<String, tools.jackson.databind.JsonNode> out = new LinkedHashMap<>();
        attrs(json).properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static ObjectNode attrs(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** Our list of accepted attributes is exactly the spec's, so nothing valid is refused. */
    static void assertAttributesMatchSpec(ApiCall call, Set<String> declared) {
        assertThat(declared).isEqualTo(SpecShapes.attributeNames(SpecShapes.requestSchemaName(call)));
    }

    @Test
    void updateApp() {
        ApiCall call = UpdateApp.of("123", attrs("{\"contentRightsDeclaration\":\"DOES_NOT_USE_THIRD_PARTY_CONTENT\"}"));

        assertThat(call.method()).isEqualTo("PATCH");
        assertThat(call.path()).isEqualTo("/v1/apps/123");
        assertThat(call.body().at("/data/id").asString()).isEqualTo("123");
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, UpdateApp.ATTRIBUTES);
        assertThatThrownBy(() -> UpdateApp.of("123", attrs("{\"name\":\"x\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name'");
    }

    @Test
    void updateAppInfoCategories() {
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("primaryCategory", "PRODUCTIVITY");
        categories.put("secondaryCategory", "UTILITIES");

        ApiCall call = UpdateAppInfoCategories.of("info-1", categories);

        assertThat(call.path()).isEqualTo("/v1/appInfos/info-1");
        assertThat(call.body().at("/data/relationships/primaryCategory/data/id").asString()).isEqualTo("PRODUCTIVITY");
        assertThat(call.body().at("/data/attributes").isMissingNode()).isTrue();
        SpecShapes.assertBodyFits(call);
        assertThatThrownBy(() -> UpdateAppInfoCategories.of("info-1", Map.of("tertiaryCategory", "X")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createAppInfoLocalization() {
        ApiCall call = CreateAppInfoLocalization.of("info-1", attrs("{\"locale\":\"de-DE\",\"name\":\"Notizen Pro\"}"));

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.body().at("/data/relationships/appInfo/data/type").asString()).isEqualTo("appInfos");
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, CreateAppInfoLocalization.ATTRIBUTES);
        assertThatThrownBy(() -> CreateAppInfoLocalization.of("info-1", attrs("{\"locale\":\"de-DE\"}")))
                .hasMessageContaining("'name'");
    }

    @Test
    void updateAppInfoLocalizationRefusesTheImmutableLocale() {
        ApiCall call = UpdateAppInfoLocalization.of("loc-1", attrs("{\"subtitle\":null}"));

        assertThat(call.body().at("/data/attributes/subtitle").isNull()).as("explicit null clears").isTrue();
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, UpdateAppInfoLocalization.ATTRIBUTES);
        assertThatThrownBy(() -> UpdateAppInfoLocalization.of("loc-1", attrs("{\"locale\":\"fr-FR\"}")))
                .hasMessageContaining("'locale'");
    }

    @Test
    void deleteAppInfoLocalization() {
        ApiCall call = DeleteAppInfoLocalization.of("loc-1");

        assertThat(call.method()).isEqualTo("DELETE");
        assertThat(call.body()).isNull();
        SpecShapes.operation("DELETE", call.path());
    }

    @Test
    void updateAgeRatingDeclaration() {
        ApiCall call = ResourceEndpoint.of("ageRatingDeclarations").update("age-1",
                map("{\"violenceCartoonOrFantasy\":\"NONE\",\"gambling\":false}"));

        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, RequestBodies.updatable("ageRatingDeclarations"));
    }

    @Test
    void updateAppStoreVersionWithBuild() {
        ApiCall call = UpdateAppStoreVersion.of("ver-1", attrs("{\"releaseType\":\"AFTER_APPROVAL\"}"), "build-245");

        assertThat(call.body().at("/data/relationships/build/data/type").asString()).isEqualTo("builds");
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, UpdateAppStoreVersion.ATTRIBUTES);
        assertThatThrownBy(() -> UpdateAppStoreVersion.of("ver-1", attrs("{}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createAppStoreVersionLocalization() {
        ApiCall call = CreateAppStoreVersionLocalization.of("ver-1",
                attrs("{\"locale\":\"de-DE\",\"keywords\":\"notizen,listen\",\"whatsNew\":\"Fehlerbehebungen.\"}"));

        assertThat(call.path()).isEqualTo("/v1/appStoreVersionLocalizations");
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, CreateAppStoreVersionLocalization.ATTRIBUTES);
    }

    @Test
    void updateAppStoreVersionLocalization() {
        ApiCall call = UpdateAppStoreVersionLocalization.of("vl-1", attrs("{\"promotionalText\":\"Jetzt mit Widgets.\"}"));

        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, UpdateAppStoreVersionLocalization.ATTRIBUTES);
        assertThatThrownBy(() -> UpdateAppStoreVersionLocalization.of("vl-1", attrs("{\"locale\":\"x\"}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteAppStoreVersionLocalization() {
        ApiCall call = DeleteAppStoreVersionLocalization.of("vl-1");

        assertThat(call.path()).isEqualTo("/v1/appStoreVersionLocalizations/vl-1");
        SpecShapes.operation("DELETE", call.path());
    }

    @Test
    void createAppStoreReviewDetailMarksThePasswordReferenceAsSecret() {
        ApiCall call = ResourceEndpoint.of("appStoreReviewDetails").create(map(
                "{\"demoAccountRequired\":true,\"demoAccountName\":\"r@example.com\","
                        + "\"demoAccountPassword\":\"${env:ASC_DEMO_PASSWORD}\"}"), Map.of("appStoreVersion", "ver-1"));

        assertThat(call.secretPointers()).containsExactly("/data/attributes/demoAccountPassword");
        assertThat(call.body().at("/data/relationships/appStoreVersion/data/type").asString())
                .isEqualTo("appStoreVersions");
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, RequestBodies.creatable("appStoreReviewDetails"));
    }

    @Test
    void updateAppStoreReviewDetail() {
        ApiCall call = ResourceEndpoint.of("appStoreReviewDetails").update("rd-1",
                map("{\"notes\":\"Log in with the demo account.\"}"));

        assertThat(call.secretPointers()).isEmpty();
        SpecShapes.assertBodyFits(call);
        assertAttributesMatchSpec(call, RequestBodies.updatable("appStoreReviewDetails"));
    }

    @Test
    void resourceEndpointWritesWhatTheVocabularyDeclaresAndRefusesTheRest() {
        ResourceEndpoint groups = ResourceEndpoint.of("betaGroups");
        ApiCall create = groups.create(map("{\"name\":\"QA\",\"publicLinkEnabled\":false}"), Map.of("app", "app-1"));
        assertThat(create.path()).isEqualTo("/v1/betaGroups");
        SpecShapes.assertBodyFits(create);
        ApiCall update = groups.update("g-1", map("{\"publicLinkEnabled\":true}"));
        assertThat(update.path()).isEqualTo("/v1/betaGroups/g-1");
        SpecShapes.assertBodyFits(update);
        assertThat(groups.delete("g-1").path()).isEqualTo("/v1/betaGroups/g-1");
        assertThat(groups.updatable()).contains("publicLinkEnabled").doesNotContain("isInternalGroup");
        assertThat(ResourceEndpoint.of("accessibilityDeclarations").listUnder("apps", "app-1").toPathAndQuery())
                .startsWith("/v1/apps/app-1/accessibilityDeclarations?").contains("limit=200");

        assertThatThrownBy(() -> groups.create(map("{\"publicLinkEnabled\":false}"), Map.of("app", "app-1")))
                .hasMessageContaining("needs the attribute [name]");
        assertThatThrownBy(() -> groups.create(map("{\"name\":\"QA\"}"), Map.of()))
                .hasMessageContaining("needs the relationship [app]");
        assertThatThrownBy(() -> groups.update("g-1", map("{\"isInternalGroup\":true}")))
                .hasMessageContaining("'isInternalGroup' cannot be sent to betaGroups");
        assertThatThrownBy(() -> groups.update("g/1", map("{\"publicLinkEnabled\":true}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShapeCheckItselfCatchesWrongBodies() {
        SpecShapes.spec(); // without the spec, skip here rather than inside the lambdas below
        ApiCall unknownAttribute = ApiCall.patch("/v1/apps/1", JSON.readTree(
                "{\"data\":{\"type\":\"apps\",\"id\":\"1\",\"attributes\":{\"name\":\"x\"}}}"));
        ApiCall missingRelationship = ApiCall.post("/v1/appInfoLocalizations", JSON.readTree(
                "{\"data\":{\"type\":\"appInfoLocalizations\",\"attributes\":{\"locale\":\"de\",\"name\":\"n\"}}}"));

        assertThatThrownBy(() -> SpecShapes.assertBodyFits(unknownAttribute)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SpecShapes.assertBodyFits(missingRelationship)).isInstanceOf(AssertionError.class);
    }
}
