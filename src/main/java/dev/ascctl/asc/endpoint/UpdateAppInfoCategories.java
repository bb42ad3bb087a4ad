package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code PATCH /v1/appInfos/{id}} ({@code AppInfoUpdateRequest}), which takes only the six category
 * relationships. Category ids are Apple's (e.g. {@code PRODUCTIVITY}, {@code GAMES_ACTION}).
 * The spec gives no way to clear a category (its linkage is not nullable), so only setting is offered.
 */
public final class UpdateAppInfoCategories {
    public static final String TYPE = "appInfos";
    public static final Set<String> RELATIONSHIPS = Set.of("primaryCategory", "primarySubcategoryOne",
            "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo");

    private UpdateAppInfoCategories() {
    }

    /** @param categoryIds relationship name (e.g. {@code primaryCategory}) → appCategories id */
    public static ApiCall of(String appInfoId, Map<String, String> categoryIds) {
        if (categoryIds.isEmpty()) {
            throw new IllegalArgumentException("at least one category is required");
        }
        Map<String, Linkage> relationships = new LinkedHashMap<>();
        categoryIds.forEach((name, id) -> {
            if (!RELATIONSHIPS.contains(name)) {
                throw new IllegalArgumentException("not a category relationship of appInfos: " + name);
            }
            relationships.put(name, new Linkage("appCategories", id));
        });
        return RequestBodies.update("/v1/appInfos/" + RequestBodies.requireId(appInfoId, TYPE), TYPE, appInfoId,
                null, Set.of(), relationships);
    }
}
