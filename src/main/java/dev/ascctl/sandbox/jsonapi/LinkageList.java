package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.jsonapi.Errors;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The ids of a {@code *LinkagesRequest} body: {@code {"data":[{"type","id"}, ...]}} of one target type. */
public final class LinkageList {
    private LinkageList() {
    }

    public static List<String> parse(String body, String targetType, ObjectMapper json) {
        JsonNode root = WriteRequest.json(body, json);
        if (root == null || !root.path("data").isArray()) {
            throw Errors.unprocessable("The request body must be a JSON object with a 'data' array.");
        }
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (JsonNode item : root.get("data")) {
            if (!targetType.equals(item.path("type").asString(null)) || !item.path("id").isString()) {
                throw Errors.invalidRelationship("/data/" + i, "Each item must be a resource identifier of type '"
                        + targetType + "'.");
            }
            ids.add(item.get("id").asString());
            i++;
        }
        return ids;
    }

    /** The one resource identifier of a to-one linkage body ({@code {"data": {"type": .., "id": ..}}}): its id. */
    public static String parseOne(String body, String targetType, ObjectMapper json) {
        JsonNode root = WriteRequest.json(body, json);
        JsonNode data = root == null ? null : root.path("data");
        if (data == null || !data.isObject() || !targetType.equals(data.path("type").asString(null))
                || !data.path("id").isString()) {
            throw Errors.invalidRelationship("/data", "The data must be a resource identifier of type '" + targetType
                    + "'.");
        }
        return data.get("id").asString();
    }
}
