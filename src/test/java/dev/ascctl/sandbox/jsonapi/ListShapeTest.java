package dev.ascctl.sandbox.jsonapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListShapeTest {

    @Test
    void listsApplesRecordingsShowWithoutPagingMetaHaveNone() {
        assertThat(ListShape.of("/v1/apps/{id}/appInfos", QueryParameters.parse(null)).meta()).isFalse();
        assertThat(ListShape.of("/v1/apps/{id}/appStoreVersions", QueryParameters.parse("filter%5Bplatform%5D=IOS"))
                .meta()).isFalse();
        assertThat(ListShape.of("/v1/apps", QueryParameters.parse("filter[bundleId]=com.example.a")).meta()).isFalse();
    }

    @Test
    void theAppsListEndsWithANullNextAndOtherListsLeaveItOut() {
        ListShape apps = ListShape.of("/v1/apps", QueryParameters.parse("include=appStoreVersions"));
        assertThat(apps.meta()).isTrue();
        assertThat(apps.nullNext()).isTrue();
        assertThat(ListShape.of("/v1/builds", QueryParameters.parse("filter[app]=1"))).isEqualTo(ListShape.USUAL);
        assertThat(ListShape.USUAL.meta()).isTrue();
        assertThat(ListShape.USUAL.nullNext()).isFalse();
    }
}
