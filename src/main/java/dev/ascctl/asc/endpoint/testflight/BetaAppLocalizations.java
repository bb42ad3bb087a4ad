package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/betaAppLocalizations} ({@code BetaAppLocalizationCreateRequest}: locale required, app
 * required), {@code PATCH} and {@code DELETE /v1/betaAppLocalizations/{id}} (the update takes the same
 * attributes minus {@code locale}).
 */
public final class BetaAppLocalizations {
    public static final String TYPE = "betaAppLocalizations";
    public static final Set<String> UPDATABLE = RequestBodies.updatable(TYPE);
    private static final Set<String> CREATABLE = RequestBodies.creatable(TYPE);

    private BetaAppLocalizations() {
    }

    public static ApiCall create(String appId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TYPE, "locale");
        return RequestBodies.create("/v1/betaAppLocalizations", TYPE, attributes, CREATABLE,
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }

    public static ApiCall update(String id, ObjectNode attributes) {
        return RequestBodies.update("/v1/betaAppLocalizations/" + id, TYPE, id, attributes, UPDATABLE, Map.of());
    }

    public static ApiCall delete(String id) {
        return ApiCall.delete("/v1/betaAppLocalizations/" + RequestBodies.requireId(id, TYPE));
    }
}
