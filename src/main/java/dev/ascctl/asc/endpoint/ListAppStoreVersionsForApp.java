package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.List;

/**
 * {@code GET /v1/apps/{id}/appStoreVersions?filter[platform]=IOS} including the version
 * localizations (up to 50), the review detail and the attached build. Narrow further with
 * {@code .filter("appVersionState", ...)} on the returned query.
 */
public final class ListAppStoreVersionsForApp {
    static final List<String> PLATFORMS = Vocabulary.get().enumValues("Platform");

    private ListAppStoreVersionsForApp() {
    }

    public static ApiQuery of(String appId, String platform) {
        if (!PLATFORMS.contains(platform)) {
            throw new IllegalArgumentException("platform must be one of " + PLATFORMS + ": " + platform);
        }
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/appStoreVersions")
                .filter("platform", platform)
                .include("appStoreVersionLocalizations", "appStoreReviewDetail", "build")
                .limit("appStoreVersionLocalizations", 50)
                .limit(200);
    }
}
