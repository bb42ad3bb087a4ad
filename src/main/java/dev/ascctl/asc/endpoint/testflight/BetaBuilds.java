package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.release.Builds;

/**
 * The app's unexpired builds with their TestFlight side in one request: {@link Builds#unexpired} plus
 * {@code include=betaGroups,betaBuildLocalizations,betaAppReviewSubmission} ({@code limit[...]=50}, Apple's
 * maximum for included to-many relationships). Builds expire after 90 days, so this stays one or two pages.
 */
public final class BetaBuilds {
    private BetaBuilds() {
    }

    public static ApiQuery query(String appId, String platform) {
        return Builds.unexpired(appId, platform)
                .include("preReleaseVersion", "betaGroups", "betaBuildLocalizations", "betaAppReviewSubmission")
                .limit("betaGroups", 50)
                .limit("betaBuildLocalizations", 50);
    }
}
