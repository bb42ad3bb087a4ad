package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;

/** {@code DELETE /v1/appScreenshotSets/{id}} or {@code /v1/appPreviewSets/{id}} (204): the set and its assets. */
public final class DeleteMediaSet {
    private DeleteMediaSet() {
    }

    public static ApiCall of(MediaType media, String setId) {
        return ApiCall.delete("/v1/" + media.setType() + "/" + RequestBodies.requireId(setId, media.setType()));
    }
}
