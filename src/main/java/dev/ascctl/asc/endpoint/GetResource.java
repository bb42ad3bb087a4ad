package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiQuery;
import java.util.regex.Pattern;

/** {@code GET /v1/{type}/{id}}: one resource, e.g. to re-read an object before applying a saved plan. */
public final class GetResource {
    private static final Pattern TYPE = Pattern.compile("[a-z][A-Za-z0-9]*");

    private GetResource() {
    }

    public static ApiQuery of(String type, String id) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("not a resource type: " + type);
        }
        return ApiQuery.of("/v1/" + type + "/" + RequestBodies.requireId(id, type));
    }
}
