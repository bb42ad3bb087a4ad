package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;

/** {@code DELETE /v1/appInfoLocalizations/{id}} (no body; 204). */
public final class DeleteAppInfoLocalization {
    private DeleteAppInfoLocalization() {
    }

    public static ApiCall of(String localizationId) {
        return ApiCall.delete("/v1/appInfoLocalizations/" + RequestBodies.requireId(localizationId, "appInfoLocalizations"));
    }
}
