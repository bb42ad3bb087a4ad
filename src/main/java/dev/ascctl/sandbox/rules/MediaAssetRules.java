package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.MediaUploads;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Screenshots and previews, the upload flow of asc-api-notes 3: a create reserves the asset and answers with
 * upload operations pointing at the sandbox itself ({@code PUT /upload/{id}/{part}}, parts of
 * {@link MediaUploads#PART_BYTES}); the commit ({@code uploaded: true} with {@code sourceFileChecksum}) is refused
 * until every part arrived and when the MD5 differs; then the asset is processed (see {@link MediaProcessing}).
 * [docs] At most 10 screenshots and 3 app previews per set.
 *
 * @param requireEditableOwner refuses a change (throws as Apple would) when the owner (a set's version
 *                             localization, a product) is not editable now
 * @param setRelationship      the asset's relationship to its owner (a set, or a product); {@code null} for an asset
 *                             reserved alone and named later by its owner (an advanced App Clip experience's image)
 * @param maxPerSet            how many assets one owner may have
 */
public record MediaAssetRules(SandboxState state, Consumer<String> requireEditableOwner, String baseUri, String type,
                              String setRelationship, String stateAttribute, int maxPerSet) implements ResourceRules {
    /** An asset of a screenshot or preview set: editable while the set's parent is. */
    public MediaAssetRules(SandboxState state, MediaSetRules sets, String baseUri, String type, String setRelationship,
                           String stateAttribute, int maxPerSet) {
        this(state, setId -> sets.requireEditable(state.require(setRelationship + "s", setId)), baseUri, type,
                setRelationship, stateAttribute, maxPerSet);
    }

    @Override
    public void beforeCreate(WriteRequest request) {
        String setId = setRelationship == null ? null : request.relationships().get(setRelationship).get(0);
        if (setId != null) {
            requireEditableOwner.accept(setId);
        }
        if (setId != null && state.referencing(type, setRelationship, setId).size() >= maxPerSet) {
            throw new ApiException(ApiError.of(409, "ENTITY_ERROR.RELATIONSHIP.INVALID",
                    "The provided entity includes a relationship with an invalid value",
                    "At most " + maxPerSet + " " + type + " per " + setRelationship + "; delete one first.")
                    .atPointer("/data/relationships/" + setRelationship));
        }
        Object size = request.attributes().get("fileSize");
        if (!(size instanceof Number n) || n.longValue() <= 0) {
            throw Errors.invalidAttribute("/data/attributes/fileSize", "fileSize must be a positive number of bytes.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(stateAttribute, deliveryState("AWAITING_UPLOAD", List.of()));
        if (type.equals("appPreviews")) {
            out.put(PREVIEW_UPLOAD_STATE, deliveryState("AWAITING_UPLOAD", List.of()));
        } else if (declares("assetType")) { // an image: Apple reports the asset type of screenshots
            out.put("assetType", "SCREENSHOT");
        }
        return out;
    }

    /** The upload operations need the new id, so they are added once the asset exists. */
    @Override
    public void afterCreate(StoredResource created) {
        long size = ((Number) created.attribute("fileSize")).longValue();
        state.uploads().reserve(created.id(), size);
        state.put(created.withAttributes(Map.of("uploadOperations",
                state.uploads().operations(baseUri + "/upload/" + created.id(), size))));
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        if (setRelationship != null) {
            requireEditableOwner.accept(existing.relatedId(setRelationship));
        }
        if (!Boolean.TRUE.equals(request.attributes().get("uploaded"))) {
            return;
        }
        byte[] bytes = state.uploads().complete(existing.id()).orElseThrow(() -> Errors.stateError(
                "/data/attributes/uploaded", "Not every upload operation of this asset has completed."));
        Object checksum = request.attributes().get("sourceFileChecksum");
        String actual = MediaUploads.md5(bytes);
        // Assets whose commit has no checksum in Apple's spec (in-app event images and videos) commit without one.
        boolean takesChecksum = dev.ascctl.vocabulary.Vocabulary.get().type(type).update()
                .map(u -> u.attributeTypes().containsKey("sourceFileChecksum")).orElse(true);
        if (takesChecksum && !actual.equals(checksum)) {
            throw Errors.invalidAttribute("/data/attributes/sourceFileChecksum", "The checksum '" + checksum
                    + "' does not match the uploaded file.");
        }
    }

    @Override
    public void afterUpdate(StoredResource updated) {
        if (Boolean.TRUE.equals(updated.attribute("uploaded")) && "AWAITING_UPLOAD".equals(stateOf(updated))) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(stateAttribute, deliveryState("UPLOAD_COMPLETE", List.of()));
            if (type.equals("appPreviews")) {
                changes.put(PREVIEW_UPLOAD_STATE, deliveryState("UPLOAD_COMPLETE", List.of()));
            }
            changes.put("uploadOperations", null); // spent: Apple stops listing them once the upload is committed
            state.put(updated.withAttributes(changes));
            state.uploads().queue(type, updated.id());
        }
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if (setRelationship != null) {
            requireEditableOwner.accept(existing.relatedId(setRelationship));
        }
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        state.uploads().forget(deleted.id());
    }

    /** Whether Apple's resource of this type has the attribute. */
    private boolean declares(String attribute) {
        return dev.ascctl.vocabulary.Vocabulary.get().type(type).attributes().containsKey(attribute);
    }

    private String stateOf(StoredResource asset) {
        return asset.attribute(stateAttribute) instanceof Map<?, ?> m ? String.valueOf(m.get("state")) : null;
    }

    /**
     * An app preview has both states Apple's spec gives it: {@code assetDeliveryState}, the upload of the file (as a
     * screenshot's), and {@code videoDeliveryState}, the processing of the video; the sandbox moves them together.
     * Issue 11 found previews answered with {@code assetDeliveryState: null}, which Apple never sends for an upload.
     */
    static final String PREVIEW_UPLOAD_STATE = "assetDeliveryState";

    static Map<String, Object> deliveryState(String name, List<Map<String, Object>> errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errors", errors);
        out.put("warnings", List.of());
        out.put("state", name);
        return out;
    }
}
