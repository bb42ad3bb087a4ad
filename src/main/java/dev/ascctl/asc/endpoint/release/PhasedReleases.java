package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code appStoreVersionPhasedReleases}: {@code POST} (relationship {@code appStoreVersion}), {@code PATCH}
 * ({@code phasedReleaseState}) and {@code DELETE}. Apple has no GET by id; read it through
 * {@code /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease} or {@code include=appStoreVersionPhasedRelease}.
 */
public final class PhasedReleases {
    public static final String TYPE = "appStoreVersionPhasedReleases";
    /** The states a user may ask for: pause, resume, complete. */
    public static final Set<String> SETTABLE_STATES = Set.of("ACTIVE", "PAUSED", "COMPLETE");

    private PhasedReleases() {
    }

    public static ApiCall create(String versionId) {
        return RequestBodies.create("/v1/" + TYPE, TYPE, null, Set.of(),
                Map.of("appStoreVersion", new Linkage("appStoreVersions", RequestBodies.requireId(versionId, "appStoreVersions"))));
    }

    public static ApiCall setState(String phasedReleaseId, String state) {
        if (!SETTABLE_STATES.contains(state)) {
            throw new IllegalArgumentException("phasedReleaseState must be one of " + SETTABLE_STATES + ": " + state);
        }
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("phasedReleaseState", state);
        return RequestBodies.update("/v1/" + TYPE + "/" + RequestBodies.requireId(phasedReleaseId, TYPE), TYPE,
                phasedReleaseId, attributes, Set.of("phasedReleaseState"), Map.of());
    }

    public static ApiCall delete(String phasedReleaseId) {
        return ApiCall.delete("/v1/" + TYPE + "/" + RequestBodies.requireId(phasedReleaseId, TYPE));
    }
}
