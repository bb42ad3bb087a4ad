package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/appStoreVersionLocalizations}: needs {@code locale}; {@code keywords} is one comma-joined string. */
public final class CreateAppStoreVersionLocalization {
    public static final String TYPE = "appStoreVersionLocalizations";
    public static final Set<String> ATTRIBUTES = RequestBodies.creatable(TYPE);

    private CreateAppStoreVersionLocalization() {
    }

    public static ApiCall of(String versionId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TYPE, "locale");
        return RequestBodies.create("/v1/appStoreVersionLocalizations", TYPE, attributes, ATTRIBUTES,
                Map.of("appStoreVersion", new Linkage("appStoreVersions",
                        RequestBodies.requireId(versionId, "appStoreVersions"))));
    }
}
