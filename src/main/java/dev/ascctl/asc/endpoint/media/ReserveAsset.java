package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AssetUpload;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/appScreenshots} ({@code AppScreenshotCreateRequest}: {@code fileName*}, {@code fileSize*},
 * relationship {@code appScreenshotSet*}) or {@code POST /v1/appPreviews} (also {@code mimeType?}): reserves an
 * asset; the answer carries the upload operations. The call carries the {@link AssetUpload} apply performs next.
 */
public final class ReserveAsset {
    private ReserveAsset() {
    }

    /**
     * @param setId    an id or an {@code {{id:ADDRESS}}} placeholder of a set created in the same apply
     * @param mimeType for previews, e.g. {@code video/mp4}; null for screenshots
     */
    public static ApiCall of(MediaType media, String setId, String fileName, String mimeType, AssetUpload upload) {
        return of(media, setId, fileName, mimeType, Map.of(), upload);
    }

    /**
     * A reservation with attributes of the asset's own create request besides name and size (an in-app event image's
     * {@code appEventAssetType}), checked against Apple's request.
     */
    public static ApiCall of(MediaType media, String setId, String fileName, String mimeType, Map<String, String> extra,
                             AssetUpload upload) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("fileName", fileName);
        attributes.put("fileSize", upload.size());
        Set<String> allowed = Set.of("fileName", "fileSize");
        if (mimeType != null) {
            if (media != MediaType.PREVIEW) {
                throw new IllegalArgumentException("only app previews take a mimeType");
            }
            attributes.put("mimeType", mimeType);
            allowed = Set.of("fileName", "fileSize", "mimeType");
        }
        if (!extra.isEmpty()) {
            java.util.Set<String> all = new java.util.HashSet<>(allowed);
            all.addAll(dev.ascctl.vocabulary.Vocabulary.get().type(media.assetType()).create().orElseThrow()
                    .attributes());
            allowed = Set.copyOf(all);
            extra.forEach(attributes::put);
        }
        ApiCall post = RequestBodies.create("/v1/" + media.assetType(), media.assetType(), attributes, allowed,
                Map.of(media.assetSetRelationship(), new Linkage(media.setType(),
                        MediaType.idOrPlaceholder(setId, media.setType()))));
        return ApiCall.reserve(post.path(), post.body(), upload);
    }
}
