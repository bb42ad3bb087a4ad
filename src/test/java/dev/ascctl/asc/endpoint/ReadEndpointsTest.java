package dev.ascctl.asc.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadEndpointsTest {
    @Test
    void listAppsFiltersByBundleIdsInOneRequest() {
        ApiQuery q = ListApps.byBundleIds(List.of("com.example.a", "com.example.b"));

        assertThat(q.toPathAndQuery()).isEqualTo("/v1/apps?filter[bundleId]=com.example.a,com.example.b&limit=200");
        SpecShapes.assertQueryFits(q);
    }

    @Test
    void listAppInfosIncludesLocalizationsAgeRatingAndAllSixCategories() {
        ApiQuery q = ListAppInfosForApp.of("123");

        assertThat(q.path()).isEqualTo("/v1/apps/123/appInfos");
        assertThat(q.params().get("include").split(",")).containsExactlyInAnyOrder("appInfoLocalizations",
                "ageRatingDeclaration", "primaryCategory", "primarySubcategoryOne", "primarySubcategoryTwo",
                "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo");
        assertThat(q.params()).containsEntry("limit[appInfoLocalizations]", "50");
        SpecShapes.assertQueryFits(q);
    }

    @Test
    void listAppStoreVersionsIncludesLocalizationsReviewDetailAndBuild() {
        ApiQuery q = ListAppStoreVersionsForApp.of("123", "IOS").filter("appVersionState", "PREPARE_FOR_SUBMISSION");

        assertThat(q.params()).containsEntry("filter[platform]", "IOS")
                .containsEntry("include", "appStoreVersionLocalizations,appStoreReviewDetail,build")
                .containsEntry("limit[appStoreVersionLocalizations]", "50");
        SpecShapes.assertQueryFits(q);
        assertThatThrownBy(() -> ListAppStoreVersionsForApp.of("123", "ANDROID"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getResourceReadsOneObject() {
        ApiQuery q = GetResource.of("appStoreVersionLocalizations", "abc-1");

        assertThat(q.toPathAndQuery()).isEqualTo("/v1/appStoreVersionLocalizations/abc-1");
        SpecShapes.operation("GET", q.path());
        assertThatThrownBy(() -> GetResource.of("apps", "1/../2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GetResource.of("../x", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
