package dev.ascctl.asc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One part of an asset upload, as Apple's {@code UploadOperation} describes it: send bytes
 * {@code [offset, offset + length)} of the file with {@code method} to {@code url}, with exactly these headers and
 * no bearer token (the URL is not an App Store Connect endpoint).
 */
public record UploadOperation(String method, String url, long offset, long length, Map<String, String> headers) {
    public UploadOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("bad upload part: offset " + offset + ", length " + length);
        }
        headers = Map.copyOf(headers);
    }

    /** The operations of a reserved asset ({@code attributes.uploadOperations}), checked to cover the file once. */
    public static List<UploadOperation> of(Resource asset, long fileSize) {
        JsonNode ops = asset.attribute("uploadOperations");
        if (ops == null || !ops.isArray() || ops.isEmpty()) {
            throw new AscException("Apple returned no upload operations for " + asset.type() + " " + asset.id());
        }
        List<UploadOperation> out = new ArrayList<>();
        for (JsonNode op : ops) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (JsonNode h : op.path("requestHeaders")) {
                headers.put(h.path("name").asString(), h.path("value").asString());
            }
            out.add(new UploadOperation(op.path("method").asString("PUT"), op.path("url").asString(),
                    op.path("offset").asLong(), op.path("length").asLong(), headers));
        }
        long covered = out.stream().mapToLong(UploadOperation::length).sum();
        if (covered != fileSize) {
            throw new AscException("Apple's upload operations cover " + covered + " bytes of a " + fileSize
                    + "-byte file");
        }
        return out;
    }
}
