package dev.ascctl.asc.endpoint.build;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The app archive of a build upload: {@code POST /v1/buildUploadFiles} ({@code BuildUploadFileCreateRequest}:
 * {@code assetType*} ASSET, {@code fileName*}, {@code fileSize*}, {@code uti*}, relationship {@code buildUpload*})
 * reserves it and answers with its upload operations; {@code PATCH /v1/buildUploadFiles/{id}}
 * ({@code BuildUploadFileUpdateRequest}) with {@code uploaded: true} and {@code sourceFileChecksums.file} commits it;
 * {@code GET /v1/buildUploads/{id}/buildUploadFiles} finds a reservation whose answer was lost.
 */
public final class BuildUploadFiles {
    private BuildUploadFiles() {
    }

    /** @param uti {@code com.apple.ipa} or {@code com.apple.pkg} */
    public static ApiCall reserve(String uploadId, String fileName, long size, String uti) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("assetType", "ASSET");
        attributes.put("fileName", fileName);
        attributes.put("fileSize", size);
        attributes.put("uti", uti);
        return RequestBodies.create("/v1/buildUploadFiles", "buildUploadFiles", attributes,
                Set.of("assetType", "fileName", "fileSize", "uti"),
                Map.of("buildUpload", new Linkage("buildUploads", RequestBodies.requireId(uploadId, "buildUploads"))));
    }

    /** Commits the file with the MD5 of the whole file ([docs] the same checksum as screenshots'). */
    public static ApiCall commit(String fileId, String md5) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("uploaded", true);
        ObjectNode file = attributes.putObject("sourceFileChecksums").putObject("file");
        file.put("hash", md5);
        file.put("algorithm", "MD5");
        return RequestBodies.update("/v1/buildUploadFiles/" + RequestBodies.requireId(fileId, "buildUploadFiles"),
                "buildUploadFiles", fileId, attributes, Set.of("uploaded", "sourceFileChecksums"), Map.of());
    }

    public static ApiQuery ofUpload(String uploadId) {
        return ApiQuery.of("/v1/buildUploads/" + RequestBodies.requireId(uploadId, "buildUploads") + "/buildUploadFiles")
                .limit(200);
    }

    public static ApiQuery one(String fileId) {
        return ApiQuery.of("/v1/buildUploadFiles/" + RequestBodies.requireId(fileId, "buildUploadFiles"));
    }
}
