package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;

/**
 * {@code GET /v1/builds} for one app and platform, newest first, with the pre-release version (marketing version
 * and platform) included: a named build ({@code filter[version]}) or every unexpired one (for {@code latest}).
 */
public final class Builds {
    private Builds() {
    }

    public static ApiQuery numbered(String appId, String platform, String buildNumber) {
        return base(appId, platform).filter("version", buildNumber);
    }

    /** Unexpired builds only: builds expire after 90 days, so this stays one or two pages. */
    public static ApiQuery unexpired(String appId, String platform) {
        return base(appId, platform).filter("expired", "false");
    }

    private static ApiQuery base(String appId, String platform) {
        return ApiQuery.of("/v1/builds").filter("app", RequestBodies.requireId(appId, "apps"))
                .filter("preReleaseVersion.platform", platform).sort("-uploadedDate")
                .include("preReleaseVersion").limit(200);
    }

    /** {@code GET /v1/builds/{id}}, to watch a build's processing state. */
    public static ApiQuery one(String buildId) {
        return ApiQuery.of("/v1/builds/" + RequestBodies.requireId(buildId, "builds"));
    }
}
