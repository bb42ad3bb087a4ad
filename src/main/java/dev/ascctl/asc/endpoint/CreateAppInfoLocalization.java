package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/appInfoLocalizations} ({@code AppInfoLocalizationCreateRequest}): needs locale and name. */
public final class CreateAppInfoLocalization {
    public static final String TYPE = "appInfoLocalizations";
    public static final Set<String> ATTRIBUTES = RequestBodies.creatable(TYPE);

    private CreateAppInfoLocalization() {
    }

    public static ApiCall of(String appInfoId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TYPE, "locale", "name");
        return RequestBodies.create("/v1/appInfoLocalizations", TYPE, attributes, ATTRIBUTES,
                Map.of("appInfo", new Linkage("appInfos", RequestBodies.requireId(appInfoId, "appInfos"))));
    }
}
