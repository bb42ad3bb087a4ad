package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AppleFormToleranceTest {

    @Test
    void toleratesOffsetsWithoutColonOnly() {
        JsonNode document = JsonBodies.parse("""
                {"data": [{"type": "appStoreVersionPhasedReleases", "id": "1",
                           "attributes": {"startDate": "2024-04-24T12:00:00.000+0000", "other": "2024-04-24T12:00:00+0000",
                                          "text": "since 2024-04-24T12:00:00.000+0000", "date": "2024-04-24",
                                          "kept": "2024-04-24T05:00:00-07:00"}}],
                 "links": {"self": "s", "next": null}}
                """);

        JsonNode tolerated = AppleFormTolerance.tolerated(document);

        JsonNode attributes = tolerated.at("/data/0/attributes");
        assertThat(attributes.get("startDate").asString()).isEqualTo("2024-04-24T12:00:00.000+00:00");
        assertThat(attributes.get("other").asString()).isEqualTo("2024-04-24T12:00:00+00:00");
        assertThat(attributes.get("text").asString()).isEqualTo("since 2024-04-24T12:00:00.000+0000");
        assertThat(attributes.get("date").asString()).isEqualTo("2024-04-24");
        assertThat(attributes.get("kept").asString()).isEqualTo("2024-04-24T05:00:00-07:00");
        assertThat(document.at("/data/0/attributes/startDate").asString()).endsWith("+0000");
    }

    @Test
    void anErrorWithoutDetailPassesTheCheckOtherErrorsAreUntouched() {
        JsonNode tolerated = AppleFormTolerance.tolerated(JsonBodies.parse("""
                {"errors": [{"status": "409", "code": "ENTITY_ERROR.RELATIONSHIP.INVALID", "title": "t"},
                            {"status": "409", "code": "STATE_ERROR", "title": "t", "detail": "d"}]}
                """));
        assertThat(tolerated.at("/errors/0/detail").asString()).isEmpty();
        assertThat(tolerated.at("/errors/1/detail").asString()).isEqualTo("d");
        // Nested entries (meta.associatedErrors) are not errors[] of the document: left as sent.
        JsonNode nested = AppleFormTolerance.tolerated(JsonBodies.parse("""
                {"errors": [{"status": "409", "code": "STATE_ERROR", "title": "t", "detail": "d",
                             "meta": {"associatedErrors": {"/v1/x/": [{"code": "C", "title": "t"}]}}}]}
                """));
        assertThat(nested.at("/errors/0/meta/associatedErrors/~1v1~1x~1/0").has("detail")).isFalse();
    }
}
