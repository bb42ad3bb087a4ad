package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /v1/appScreenshotSets/{id}/relationships/appScreenshots}
 * ({@code AppScreenshotSetAppScreenshotsLinkagesRequest}, 204), or the same for app previews: replaces the set's
 * list with these assets in this order. A reordering is this one call, with no upload.
 */
public final class ReorderAssets {
    private ReorderAssets() {
    }

    /** @param assetIds ids, or {@code {{id:ADDRESS}}} placeholders of assets uploaded in the same apply */
    public static ApiCall of(MediaType media, String setId, List<String> assetIds) {
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        for (String id : assetIds) {
            ObjectNode linkage = data.addObject();
            linkage.put("type", media.assetType());
            linkage.put("id", MediaType.idOrPlaceholder(id, media.assetType()));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", data);
        return ApiCall.patch("/v1/" + media.setType() + "/" + RequestBodies.requireId(setId, media.setType())
                + "/relationships/" + media.assetType(), body);
    }
}
