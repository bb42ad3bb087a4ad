package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NullAttributeToleranceTest {

    @Test
    void removesNullAttributesOfDataAndIncludedResourcesOnly() {
        JsonNode document = JsonBodies.parse("""
                {"data": [{"type": "apps", "id": "1", "attributes": {"name": null, "sku": "S"},
                           "relationships": {"x": {"data": null}}}],
                 "included": [{"type": "builds", "id": "b", "attributes": {"version": null,
                               "imageAsset": {"templateUrl": null}}}],
                 "links": {"self": "s", "next": null}}
                """);

        JsonNode tolerated = NullAttributeTolerance.withoutNullAttributes(document);

        assertThat(tolerated.path("data").path(0).path("attributes").has("name")).isFalse();
        assertThat(tolerated.path("data").path(0).path("attributes").path("sku").asString()).isEqualTo("S");
        assertThat(tolerated.path("included").path(0).path("attributes").has("version")).isFalse();
        assertThat(tolerated.path("included").path(0).path("attributes").path("imageAsset").has("templateUrl")).isTrue();
        assertThat(tolerated.path("data").path(0).path("relationships").path("x").has("data")).isTrue();
        assertThat(tolerated.path("links").has("next")).isTrue();
        assertThat(document.path("data").path(0).path("attributes").has("name")).as("input unchanged").isTrue();
    }

    @Test
    void toleratesExactlyTheObservedNullsOfToOneDataAndNext() {
        assertThat(NullAttributeTolerance.observedNull(
                "response body /data/0/relationships/build/data: null found, object expected")).isTrue();
        assertThat(NullAttributeTolerance.observedNull(
                "response body /data/relationships/build/data: null found, object expected")).isTrue();
        assertThat(NullAttributeTolerance.observedNull(
                "response body /links/next: null found, string expected")).isTrue();
        assertThat(NullAttributeTolerance.observedNull(
                "response body /data/relationships/appInfos/data: null found, array expected")).isFalse();
        assertThat(NullAttributeTolerance.observedNull("response body /links/self: null found, string expected"))
                .isFalse();
        assertThat(NullAttributeTolerance.observedNull("response body /data: null found, object expected")).isFalse();
        // A to-one related or relationship document with nothing behind it may be data: null; an instance may not.
        assertThat(NullAttributeTolerance.emptyToOne("/v1/apps/{id}/gameCenterDetail",
                "response body /data: null found, object expected")).isTrue();
        assertThat(NullAttributeTolerance.emptyToOne("/v1/apps/{id}/relationships/appPriceSchedule",
                "response body /data: null found, object expected")).isTrue();
        assertThat(NullAttributeTolerance.emptyToOne("/v1/apps/{id}",
                "response body /data: null found, object expected")).isFalse();
        assertThat(NullAttributeTolerance.emptyToOne("/v1/apps/{id}/gameCenterDetail",
                "response body /data/id: null found, string expected")).isFalse();
    }
}
