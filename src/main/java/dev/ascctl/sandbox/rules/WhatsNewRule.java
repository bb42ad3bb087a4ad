package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.WriteRequest;

/**
 * ASC refuses "What's New" on an app's first version for a platform (there is nothing new yet).
 * Observed error: 409 with "An attribute value is not acceptable for the current resource state."
 * and the pointer {@code /data/attributes/whatsNew}. Sending {@code null} is accepted.
 */
public record WhatsNewRule(SandboxState state, LocalizationRules localizations) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        localizations.beforeCreate(request);
        check(request.relationships().get("appStoreVersion").get(0), request);
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        localizations.beforeUpdate(existing, request);
        check(existing.relatedId("appStoreVersion"), request);
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        localizations.beforeDelete(existing);
    }

    private void check(String versionId, WriteRequest request) {
        if (request.attributes().get("whatsNew") == null) {
            return;
        }
        StoredResource version = state.require("appStoreVersions", versionId);
        boolean firstVersion = AppStoreVersionRules.versionsOf(state, version.relatedId("app"), version.attribute("platform"))
                .size() == 1;
        if (firstVersion) {
            throw new ApiException(ApiError.of(409, "STATE_ERROR",
                    "An attribute value is not acceptable for the current resource state.",
                    "The attribute 'whatsNew' can not be edited on the first version of an app.")
                    .atPointer("/data/attributes/whatsNew"));
        }
    }
}
