package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code PATCH /v1/appStoreVersionLocalizations/{id}}; {@code locale} is immutable and refused. */
public final class UpdateAppStoreVersionLocalization {
    public static final String TYPE = "appStoreVersionLocalizations";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateAppStoreVersionLocalization() {
    }

    public static ApiCall of(String localizationId, ObjectNode attributes) {
        return RequestBodies.update("/v1/appStoreVersionLocalizations/" + RequestBodies.requireId(localizationId, TYPE),
                TYPE, localizationId, attributes, ATTRIBUTES, Map.of());
    }
}
