package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/betaGroups} ({@code BetaGroupCreateRequest}): name required, relationship app required. */
public final class CreateBetaGroup {
    public static final String TYPE = "betaGroups";
    public static final Set<String> ATTRIBUTES = RequestBodies.creatable(TYPE);

    private CreateBetaGroup() {
    }

    public static ApiCall of(String appId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TYPE, "name");
        return RequestBodies.create("/v1/betaGroups", TYPE, attributes, ATTRIBUTES,
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }
}
