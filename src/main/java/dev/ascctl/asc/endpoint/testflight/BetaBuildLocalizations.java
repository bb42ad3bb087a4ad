package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * "What to Test" of a build: {@code POST /v1/betaBuildLocalizations} ({@code BetaBuildLocalizationCreateRequest}:
 * {@code locale} required, relationship {@code build} required), {@code PATCH /v1/betaBuildLocalizations/{id}}
 * ({@code whatsNew} only) and {@code DELETE}.
 */
public final class BetaBuildLocalizations {
    public static final String TYPE = "betaBuildLocalizations";
    public static final Set<String> UPDATABLE = RequestBodies.updatable(TYPE);
    private static final Set<String> CREATABLE = RequestBodies.creatable(TYPE);

    private BetaBuildLocalizations() {
    }

    public static ApiCall create(String buildId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TYPE, "locale");
        return RequestBodies.create("/v1/betaBuildLocalizations", TYPE, attributes, CREATABLE,
                Map.of("build", new Linkage("builds", RequestBodies.requireId(buildId, "builds"))));
    }

    public static ApiCall update(String id, ObjectNode attributes) {
        return RequestBodies.update("/v1/betaBuildLocalizations/" + id, TYPE, id, attributes, UPDATABLE, Map.of());
    }

    public static ApiCall delete(String id) {
        return ApiCall.delete("/v1/betaBuildLocalizations/" + RequestBodies.requireId(id, TYPE));
    }
}
