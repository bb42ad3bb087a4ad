package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code PATCH /v1/apps/{id}} ({@code AppUpdateRequest}); {@code name} and {@code sku} are not patchable. */
public final class UpdateApp {
    public static final String TYPE = "apps";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateApp() {
    }

    public static ApiCall of(String appId, ObjectNode attributes) {
        return RequestBodies.update("/v1/apps/" + RequestBodies.requireId(appId, TYPE), TYPE, appId, attributes,
                ATTRIBUTES, Map.of());
    }
}
