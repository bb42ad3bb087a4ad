package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /v1/betaGroups/{id}} ({@code BetaGroupUpdateRequest}). {@code isInternalGroup} and
 * {@code hasAccessToAllBuilds} are not in the update request: Apple sets them at creation only.
 */
public final class UpdateBetaGroup {
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(CreateBetaGroup.TYPE);

    private UpdateBetaGroup() {
    }

    public static ApiCall of(String groupId, ObjectNode attributes) {
        return RequestBodies.update("/v1/betaGroups/" + groupId, CreateBetaGroup.TYPE, groupId, attributes,
                ATTRIBUTES, Map.of());
    }
}
