package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;

/** {@code POST /v1/appStoreVersionReleaseRequests}: releases a version that is PENDING_DEVELOPER_RELEASE. */
public final class ReleaseRequests {
    private ReleaseRequests() {
    }

    public static ApiCall create(String versionId) {
        return RequestBodies.create("/v1/appStoreVersionReleaseRequests", "appStoreVersionReleaseRequests", null, Set.of(),
                Map.of("appStoreVersion", new Linkage("appStoreVersions", RequestBodies.requireId(versionId, "appStoreVersions"))));
    }
}
