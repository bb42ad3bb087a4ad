package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;

/** {@code DELETE /v1/appStoreVersionLocalizations/{id}} (no body; 204). */
public final class DeleteAppStoreVersionLocalization {
    private DeleteAppStoreVersionLocalization() {
    }

    public static ApiCall of(String localizationId) {
        return ApiCall.delete("/v1/appStoreVersionLocalizations/"
                + RequestBodies.requireId(localizationId, "appStoreVersionLocalizations"));
    }
}
