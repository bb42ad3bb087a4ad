package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiQuery;
import java.util.List;

/** {@code GET /v1/apps?filter[bundleId]=a,b,c}: the apps of several bundle ids in one request. */
public final class ListApps {
    private ListApps() {
    }

    public static ApiQuery byBundleIds(List<String> bundleIds) {
        if (bundleIds.size() > 200) {
            // One page holds at most 200; more bundle ids would need paging of the filter itself.
            throw new IllegalArgumentException("at most 200 bundle ids per request");
        }
        return ApiQuery.of("/v1/apps").filter("bundleId", bundleIds).limit(200);
    }
}
