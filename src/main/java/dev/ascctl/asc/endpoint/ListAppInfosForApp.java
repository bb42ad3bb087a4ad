package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiQuery;

/**
 * {@code GET /v1/apps/{id}/appInfos} with everything app-level metadata needs in one request: the
 * localizations (up to 50, Apple's cap for {@code limit[appInfoLocalizations]}), the age rating
 * declaration and the six category relationships.
 */
public final class ListAppInfosForApp {
    static final String[] INCLUDES = {"appInfoLocalizations", "ageRatingDeclaration", "primaryCategory",
        "primarySubcategoryOne", "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne",
        "secondarySubcategoryTwo"};

    private ListAppInfosForApp() {
    }

    public static ApiQuery of(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/appInfos")
                .include(INCLUDES)
                .limit("appInfoLocalizations", 50)
                .limit(200);
    }
}
