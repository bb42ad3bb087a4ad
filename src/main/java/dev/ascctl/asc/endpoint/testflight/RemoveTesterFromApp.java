package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.List;

/**
 * {@code DELETE /v1/betaTesters/{id}/relationships/apps} ({@code BetaTesterAppsLinkagesRequest}, 204): removes
 * the tester from this app (and its groups) only. {@code DELETE /v1/betaTesters/{id}} would remove the tester
 * from every app of the team, which a store of one app must not do.
 */
public final class RemoveTesterFromApp {
    private RemoveTesterFromApp() {
    }

    public static ApiCall of(String testerId, String appId) {
        return ApiCall.delete("/v1/betaTesters/" + RequestBodies.requireId(testerId, "betaTesters")
                + "/relationships/apps", BetaLinkages.body("apps", List.of(RequestBodies.requireId(appId, "apps"))));
    }
}
