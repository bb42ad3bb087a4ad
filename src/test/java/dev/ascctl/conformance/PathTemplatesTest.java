package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathTemplatesTest {

    private final PathTemplates templates = new PathTemplates(List.of(
            "/v1/apps", "/v1/apps/{id}", "/v1/apps/{id}/appInfos", "/v1/apps/{id}/{related}",
            "/v1/{type}/{id}/relationships/appInfos", "/v1/apps/{id}/relationships/appInfos"));

    @Test
    void rawPathMapsToItsTemplate() {
        assertThat(templates.match("/v1/apps")).contains("/v1/apps");
        assertThat(templates.match("/v1/apps/123")).contains("/v1/apps/{id}");
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertThat(templates.match("/v1/apps/123/appInfos")).contains("/v1/apps/{id}/appInfos");
        assertThat(templates.match("/v1/apps/123/builds")).contains("/v1/apps/{id}/{related}");
        assertThat(templates.match("/v1/apps/123/relationships/appInfos"))
                .contains("/v1/apps/{id}/relationships/appInfos");
    }

    @Test
    void unknownPathsAndEmptyParametersDoNotMatch() {
        assertThat(templates.match("/v1/apps/123/appInfos/extra")).isEmpty();
        assertThat(templates.match("/v1/apps/")).isEmpty();
        assertThat(templates.match("/upload/abc")).isEmpty();
    }
}
