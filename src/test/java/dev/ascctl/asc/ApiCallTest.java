package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiCallTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ApiCall reviewDetailPatch() {
        JsonNode body = JSON.readTree("""
                {"data":{"type":"appStoreReviewDetails","id":"42",
                 "attributes":{"demoAccountName":"reviewer@example.com","demoAccountPassword":"${env:ASC_DEMO_PASSWORD}"}}}""");
        return ApiCall.patch("/v1/appStoreReviewDetails/42", body)
                .withSecretPointers(Set.of("/data/attributes/demoAccountPassword"));
    }

    @Test
    void roundTripsThroughJsonWithAStableShape() {
        ApiCall call = reviewDetailPatch();

        String json = JSON.writeValueAsString(call);
        ApiCall back = JSON.readValue(json, ApiCall.class);

        assertThat(json).startsWith("{\"method\":\"PATCH\",\"path\":\"/v1/appStoreReviewDetails/42\",\"body\":{")
                .endsWith("\"secretPointers\":[\"/data/attributes/demoAccountPassword\"]}");
        assertThat(back).isEqualTo(call);
    }

    @Test
    void deleteWithoutBodyOmitsIt() {
        String json = JSON.writeValueAsString(ApiCall.delete("/v1/appInfoLocalizations/1"));

        assertThat(json).isEqualTo("{\"method\":\"DELETE\",\"path\":\"/v1/appInfoLocalizations/1\",\"secretPointers\":[]}");
        assertThat(JSON.readValue(json, ApiCall.class).body()).isNull();
    }

    @Test
    void resolvesSecretsIntoACopyOnly() {
        ApiCall call = reviewDetailPatch();

        JsonNode sent = call.resolvedBody(Map.of("${env:ASC_DEMO_PASSWORD}", "s3cret!")::get);

        assertThat(sent.at("/data/attributes/demoAccountPassword").asString()).isEqualTo("s3cret!");
        assertThat(call.body().toString()).doesNotContain("s3cret!").contains("${env:ASC_DEMO_PASSWORD}");
        assertThat(call.toString()).doesNotContain("s3cret!");
    }

    @Test
    void unresolvableSecretFailsNamingTheReferenceOnly() {
        assertThatThrownBy(() -> reviewDetailPatch().resolvedBody(ref -> null))
                .isInstanceOf(AscException.class)
                .hasMessageContaining("${env:ASC_DEMO_PASSWORD}");
    }

    @Test
    void secretPointersMustPointAtReferencesSoLiteralSecretsNeverReachAPlan() {
        JsonNode body = JSON.readTree("{\"data\":{\"type\":\"t\",\"attributes\":{\"demoAccountPassword\":\"literal\"}}}");

        assertThatThrownBy(() -> new ApiCall("POST", "/v1/t", body, Set.of("/data/attributes/demoAccountPassword")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("literal");
    }

    @Test
    void validatesMethodPathAndBody() {
        assertThatThrownBy(() -> ApiCall.post("/v1/x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiCall("GET", "/v1/x", null, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiCall.delete("v1/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
