package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiQueryTest {
    @Test
    void buildsPathAndQueryInInsertionOrderWithCommaLists() {
        ApiQuery q = ApiQuery.of("/v1/apps")
                .filter("bundleId", List.of("com.example.a", "com.example.b"))
                .include("appInfos", "appStoreVersions")
                .fields("apps", "name", "bundleId")
                .limit(200)
                .limit("appInfos", 50);

        assertThat(q.toPathAndQuery()).isEqualTo("/v1/apps?filter[bundleId]=com.example.a,com.example.b"
                + "&include=appInfos,appStoreVersions&fields[apps]=name,bundleId&limit=200&limit[appInfos]=50");
    }

    @Test
    void percentEncodesValues() {
        ApiQuery q = ApiQuery.of("/v1/apps").filter("name", "Notes & Lists").param("cursor", "Ag=+/");

        assertThat(q.toPathAndQuery()).isEqualTo("/v1/apps?filter[name]=Notes%20%26%20Lists&cursor=Ag%3D%2B%2F");
    }

    @Test
    void isImmutable() {
        ApiQuery base = ApiQuery.of("/v1/apps");
        ApiQuery limited = base.limit(10);

        assertThat(base.toPathAndQuery()).isEqualTo("/v1/apps");
        assertThat(limited.params()).containsEntry("limit", "10");
        assertThat(base).isNotEqualTo(limited).isEqualTo(ApiQuery.of("/v1/apps"));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ApiQuery.of("v1/apps")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiQuery.of("/v1/apps?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiQuery.of("/v1/apps").limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiQuery.of("/v1/apps").filter("bundleId", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiQuery.of("/v1/apps").filter("bundleId", "a,b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
