package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;

/** "Release this version" (appStoreVersionReleaseRequests): only for a version in PENDING_DEVELOPER_RELEASE. */
public record ReleaseRequestRules(SandboxState state, VersionLifecycle lifecycle) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        StoredResource version = state.require("appStoreVersions", request.relationships().get("appStoreVersion").get(0));
        if (!"PENDING_DEVELOPER_RELEASE".equals(version.attribute("appVersionState"))) {
            throw Errors.stateError("/data/relationships/appStoreVersion", "The appStoreVersion is "
                    + version.attribute("appVersionState") + "; only a version pending developer release can be released.");
        }
    }

    @Override
    public void afterCreate(StoredResource created) {
        lifecycle.release(created.relatedId("appStoreVersion"));
    }
}
