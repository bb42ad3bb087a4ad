package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.UpdateAppStoreVersion;

/** {@code PATCH /v1/appStoreVersions/{id}} with only the {@code build} relationship: attaches a build. */
public final class AttachBuild {
    private AttachBuild() {
    }

    public static ApiCall of(String versionId, String buildId) {
        return UpdateAppStoreVersion.of(versionId, null, buildId);
    }
}
