package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.BuildArchives;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file of a build upload, the same flow as a screenshot's (asc-api-notes 3): {@code POST /v1/buildUploadFiles}
 * reserves it and answers with upload operations on the sandbox's own upload host
 * ({@code PUT /upload/builds/{fileId}/{part}}, parts of {@link BuildArchives#PART_BYTES}); the commit
 * ({@code uploaded: true} with {@code sourceFileChecksums.file}, MD5 or SHA-256) is refused until every part arrived
 * (409 STATE_ERROR) and when the checksum differs (409 ENTITY_ERROR.ATTRIBUTE.INVALID); a second commit of a file no
 * longer awaiting its upload is refused as a screenshot's is (409 STATE_ERROR). Then the build upload is processed
 * ({@link BuildProcessing}). One app archive ({@code ASSET}) per upload, while the upload awaits it.
 */
public record BuildUploadFileRules(SandboxState state, String baseUri) implements ResourceRules {
    private static final Set<String> ARCHIVE_UTIS = Set.of("com.apple.ipa", "com.apple.pkg", "com.pkware.zip-archive");

    @Override
    public void beforeCreate(WriteRequest request) {
        StoredResource upload = state.require(BuildUploadRules.TYPE, request.relatedId("buildUpload"));
        if (!"AWAITING_UPLOAD".equals(BuildUploadRules.stateOf(upload))) {
            throw Errors.stateError("/data/relationships/buildUpload", "The build upload is "
                    + BuildUploadRules.stateOf(upload) + " and takes no more files.");
        }
        Object size = request.attributes().get("fileSize");
        if (!(size instanceof Number n) || n.longValue() <= 0) {
            throw Errors.invalidAttribute("/data/attributes/fileSize", "fileSize must be a positive number of bytes.");
        }
        if ("ASSET".equals(request.attributes().get("assetType"))) {
            if (!ARCHIVE_UTIS.contains(String.valueOf(request.attributes().get("uti")))) {
                throw Errors.invalidAttribute("/data/attributes/uti", "The app archive (ASSET) must be an .ipa or .pkg"
                        + " (com.apple.ipa, com.apple.pkg).");
            }
            if (!upload.related("assetFile").isEmpty()) {
                throw new ApiException(ApiError.of(409, "ENTITY_ERROR.RELATIONSHIP.INVALID",
                        "The provided entity includes a relationship with an invalid value",
                        "The build upload already has its app archive; delete the upload to start again.")
                        .atPointer("/data/relationships/buildUpload"));
            }
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("assetDeliveryState", MediaAssetRules.deliveryState("AWAITING_UPLOAD", List.of()));
    }

    @Override
    public void afterCreate(StoredResource created) {
        long size = ((Number) created.attribute("fileSize")).longValue();
        state.buildArchives().reserve(created.id(), size);
        List<Map<String, Object>> operations = state.buildArchives().operations(baseUri + "/upload/builds/"
                + created.id(), size);
        String expires = AppleTime.format(Instant.now().plusSeconds(7 * 24 * 3600));
        for (int part = 0; part < operations.size(); part++) {
            operations.get(part).put("expiration", expires);
            operations.get(part).put("partNumber", part + 1);
        }
        state.put(created.withAttributes(Map.of("uploadOperations", operations)));
        if ("ASSET".equals(created.attribute("assetType"))) {
            StoredResource upload = state.require(BuildUploadRules.TYPE, created.relatedId("buildUpload"));
            state.put(upload.withRelationships(Map.of("assetFile", List.of(created.id()))));
        }
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        if (!Boolean.TRUE.equals(request.attributes().get("uploaded"))) {
            return;
        }
        Object delivery = existing.attribute("assetDeliveryState");
        if (!(delivery instanceof Map<?, ?> m && "AWAITING_UPLOAD".equals(m.get("state")))) {
            throw Errors.stateError("/data/attributes/uploaded", "The file is no longer awaiting its upload.");
        }
        Path file = state.buildArchives().complete(existing.id()).orElseThrow(() -> Errors.stateError(
                "/data/attributes/uploaded", "Not every upload operation of this file has completed."));
        Object checksums = request.attributes().get("sourceFileChecksums");
        Object given = checksums instanceof Map<?, ?> c && c.get("file") instanceof Map<?, ?> f ? f : null;
        if (given == null) {
            throw Errors.invalidAttribute("/data/attributes/sourceFileChecksums", "sourceFileChecksums.file (hash and"
                    + " algorithm) is required to commit the upload.");
        }
        Map<?, ?> f = (Map<?, ?>) given;
        String algorithm = "SHA_256".equals(f.get("algorithm")) ? "SHA-256" : "MD5";
        String actual = BuildArchives.digest(file, algorithm);
        if (!actual.equalsIgnoreCase(String.valueOf(f.get("hash")))) {
            throw Errors.invalidAttribute("/data/attributes/sourceFileChecksums", "The checksum '" + f.get("hash")
                    + "' does not match the uploaded file.");
        }
    }

    @Override
    public void afterUpdate(StoredResource updated) {
        Object delivery = updated.attribute("assetDeliveryState");
        if (!Boolean.TRUE.equals(updated.attribute("uploaded"))
                || !(delivery instanceof Map<?, ?> m && "AWAITING_UPLOAD".equals(m.get("state")))) {
            return;
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("assetDeliveryState", MediaAssetRules.deliveryState("UPLOAD_COMPLETE", List.of()));
        changes.put("uploadOperations", null); // spent, as a committed screenshot's
        changes.put("uploaded", null); // a request attribute, not one of the file's
        state.put(updated.withAttributes(changes));
        if ("ASSET".equals(updated.attribute("assetType"))) {
            String uploadId = updated.relatedId("buildUpload");
            state.patchAttributes(BuildUploadRules.TYPE, uploadId, Map.of("state",
                    BuildUploadRules.state("PROCESSING", List.of()), "uploadedDate", AppleTime.format(Instant.now())));
            state.buildArchives().queue(uploadId);
        }
    }
}
