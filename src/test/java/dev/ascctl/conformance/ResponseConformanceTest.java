package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OpenApiConformance#checkResponse}: what passes, and each kind of problem it must report. */
class ResponseConformanceTest {

    private static final String JSON = "application/json";
    private static final String APP_PATH = "/v1/apps/1";
    private static final String SELF = "\"links\": {\"self\": \"https://api.appstoreconnect.apple.com/v1/apps/1\"}";

    private final OpenApiConformance conformance = OpenApiConformance.instance();

    /** A GET /v1/apps/{id} document whose app has the given attribute members (JSON text). */
    private static String appDocument(String attributes) {
        return "{\"data\": {\"type\": \"apps\", \"id\": \"1\", \"attributes\": {" + attributes + "}, " + SELF + "}, "
                + SELF + "}";
    }

    private List<String> getApp(String body) {
        return conformance.checkResponse("GET", APP_PATH, 200, JSON, body);
    }

    @Test
    void aConformingDocumentHasNoProblems() {
        assertThat(getApp(appDocument("\"name\": \"Notes\", \"bundleId\": \"com.example.notes\","
                + " \"isOrEverWasMadeForKids\": false, \"contentRightsDeclaration\": \"USES_THIRD_PARTY_CONTENT\"")))
                .isEmpty();
    }

    @Test
    void wrongAttributeTypeIsReported() {
        assertThat(getApp(appDocument("\"isOrEverWasMadeForKids\": \"no\"")))
                .containsExactly("response body /data/attributes/isOrEverWasMadeForKids: string found, boolean expected");
    }

    @Test
    void unknownEnumValueIsReported() {
        assertThat(getApp(appDocument("\"contentRightsDeclaration\": \"MAYBE\"")))
                .singleElement().asString()
                .startsWith("response body /data/attributes/contentRightsDeclaration: does not have a value in the enumeration")
                .contains("DOES_NOT_USE_THIRD_PARTY_CONTENT");
    }

    @Test
    void missingRequiredMemberIsReported() {
        String withoutId = "{\"data\": {\"type\": \"apps\", \"attributes\": {}}, " + SELF + "}";
        String withoutLinks = "{\"data\": {\"type\": \"apps\", \"id\": \"1\"}}";

        assertThat(getApp(withoutId)).containsExactly("response body /data: required property 'id' not found");
        assertThat(getApp(withoutLinks)).containsExactly("response body $: required property 'links' not found");
    }

    @Test
    void nullAttributeIsToleratedButAWrongTypeInsideAttributesIsNot() {
        // name is a non-nullable string in the spec; live ASC sends unset attributes as null anyway.
        assertThat(getApp(appDocument("\"name\": null, \"isOrEverWasMadeForKids\": null"))).isEmpty();
        assertThat(getApp(appDocument("\"name\": 5")))
                .containsExactly("response body /data/attributes/name: integer found, string expected");
    }

    @Test
    void nullAttributeIsToleratedInIncludedResourcesToo() {
        String list = "{\"data\": [], \"included\": [{\"type\": \"apps\", \"id\": \"1\","
                + " \"attributes\": {\"sku\": null, \"isOrEverWasMadeForKids\": 1}}], " + SELF + "}";
        assertThat(conformance.checkResponse("GET", "/v1/betaGroups", 200, JSON, list)).containsExactly(
                "response body /included/0: must be valid to one and only one schema, but 0 are valid",
                "response body /included/0/attributes/isOrEverWasMadeForKids: integer found, boolean expected");
    }

    @Test
    void nullOutsideAttributesIsStillReported() {
        String nullSelf = "{\"data\": {\"type\": \"apps\", \"id\": \"1\"}, \"links\": {\"self\": null}}";
        String nullRelationshipData = "{\"data\": {\"type\": \"apps\", \"id\": \"1\", \"relationships\":"
                + " {\"appInfos\": {\"data\": null}}}, " + SELF + "}";
        String nullData = "{\"data\": null, " + SELF + "}";

        assertThat(getApp(nullSelf)).containsExactly("response body /links/self: null found, string expected");
        assertThat(getApp(nullRelationshipData))
                .containsExactly("response body /data/relationships/appInfos/data: null found, array expected");
        assertThat(getApp(nullData)).containsExactly("response body /data: null found, object expected");
    }

    @Test
    void nullInsideAnAttributeValueIsStillReported() {
        String screenshot = "{\"data\": {\"type\": \"appScreenshots\", \"id\": \"s1\", \"attributes\":"
                + " {\"assetDeliveryState\": {\"state\": null}}}, " + SELF + "}";
        assertThat(conformance.checkResponse("GET", "/v1/appScreenshots/s1", 200, JSON, screenshot))
                .contains("response body /data/attributes/assetDeliveryState/state: null found, string expected");
    }

    @Test
    void undeclaredStatusIsReported() {
        assertThat(conformance.checkResponse("GET", APP_PATH, 418, JSON, "{}"))
                .containsExactly("status 418 is not declared for GET /v1/apps/{id} (declared: 400, 401, 403, 404, 200, 429)");
    }

    @Test
    void errorDocumentIsCheckedAgainstErrorResponse() {
        String error = "{\"errors\": [{\"status\": \"404\", \"code\": \"NOT_FOUND\", \"title\": \"Not found\","
                + " \"detail\": \"No app 1\"}]}";
        assertThat(conformance.checkResponse("GET", APP_PATH, 404, JSON, error)).isEmpty();
        assertThat(conformance.checkResponse("GET", APP_PATH, 404, JSON, error.replace("\"404\"", "404")))
                .containsExactly("response body /errors/0/status: integer found, string expected");
    }

    @Test
    void noContentMustHaveNoBody() {
        assertThat(conformance.checkResponse("DELETE", "/v1/appStoreVersions/1", 204, null, null)).isEmpty();
        assertThat(conformance.checkResponse("DELETE", "/v1/appStoreVersions/1", 204, JSON, "{}"))
                .containsExactly("status 204 declares no body, but one was sent");
    }

    @Test
    void declaredBodyMustBeSentAsDeclaredJson() {
        assertThat(conformance.checkResponse("GET", APP_PATH, 200, JSON, ""))
                .containsExactly("status 200 declares a body (application/json), but none was sent");
        assertThat(conformance.checkResponse("GET", APP_PATH, 200, "text/html", appDocument("")))
                .containsExactly("Content-Type text/html is not declared for status 200 (declared: application/json)");
        assertThat(conformance.checkResponse("GET", APP_PATH, 200, "application/json; charset=utf-8", appDocument("")))
                .isEmpty();
        assertThat(conformance.checkResponse("GET", APP_PATH, 200, JSON, "{\"data\": "))
                .singleElement().asString().startsWith("response body not JSON: ");
    }

    @Test
    void includedResourceOfATypeTheOperationCannotIncludeIsReported() {
        String list = "{\"data\": [], \"included\": [{\"type\": \"betaTesters\", \"id\": \"t1\"}], " + SELF + "}";
        // The spec's discriminator on "type" picks the schema, so the message names the type.
        assertThat(conformance.checkResponse("GET", "/v1/apps/1/appInfos", 200, JSON, list)).containsExactly(
                "response body /included/0: no matching schema found for discriminator value 'betaTesters'",
                "response body /included/0: must be valid to one and only one schema, but 0 are valid");
    }

    @Test
    void unknownPathAndUndeclaredMethodAreReported() {
        assertThat(conformance.checkResponse("GET", "/v1/nonsense/1", 200, JSON, "{}"))
                .containsExactly("no operation for GET /v1/nonsense/1: the path matches no template in the spec");
        assertThat(conformance.checkResponse("POST", "/v1/apps", 201, JSON, "{}"))
                .containsExactly("no operation for POST /v1/apps (declared: GET)");
    }
}
