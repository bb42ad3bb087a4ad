package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;

/** {@code DELETE /v1/betaGroups/{id}} (204). Its testers stay testers of the app. */
public final class DeleteBetaGroup {
    private DeleteBetaGroup() {
    }

    public static ApiCall of(String groupId) {
        return ApiCall.delete("/v1/betaGroups/" + RequestBodies.requireId(groupId, "betaGroups"));
    }
}
