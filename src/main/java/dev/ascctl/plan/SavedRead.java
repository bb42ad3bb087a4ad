package dev.ascctl.plan;

import dev.ascctl.asc.ApiQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One read a saved plan's stale check sends again: a GET of Apple's API, as the plan read it. Only a path of the
 * API ({@code /v1/...}, {@code /v2/...}) is accepted, so an edited plan file cannot aim it elsewhere.
 *
 * @param path   e.g. {@code /v1/appStoreVersionLocalizations/123/appScreenshotSets}
 * @param params its query parameters, unencoded, in order
 */
public record SavedRead(String path, Map<String, String> params) {
    public SavedRead {
        Objects.requireNonNull(path, "path");
        if (!path.matches("/v[0-9]+/[A-Za-z0-9._~%/-]+") || path.contains("..") || path.contains("//")) {
            throw new IllegalArgumentException("not a read of Apple's API: " + path);
        }
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static SavedRead of(ApiQuery query) {
        return new SavedRead(query.path(), query.params());
    }

    public ApiQuery query() {
        ApiQuery query = ApiQuery.of(path);
        for (Map.Entry<String, String> param : params.entrySet()) {
            query = query.param(param.getKey(), param.getValue());
        }
        return query;
    }
}
