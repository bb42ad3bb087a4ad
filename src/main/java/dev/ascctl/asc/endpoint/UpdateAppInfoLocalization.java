package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code PATCH /v1/appInfoLocalizations/{id}}; {@code locale} is immutable and refused. */
public final class UpdateAppInfoLocalization {
    public static final String TYPE = "appInfoLocalizations";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateAppInfoLocalization() {
    }

    public static ApiCall of(String localizationId, ObjectNode attributes) {
        return RequestBodies.update("/v1/appInfoLocalizations/" + RequestBodies.requireId(localizationId, TYPE), TYPE,
                localizationId, attributes, ATTRIBUTES, Map.of());
    }
}
