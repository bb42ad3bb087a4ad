package dev.ascctl.asc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file behind a reservation call ({@code POST /v1/appScreenshots}, {@code POST /v1/appPreviews}): apply sends
 * the reservation, PUTs the file to the upload operations Apple returns, commits with the MD5 and waits for
 * processing. A plan stores only this description, never file contents:
 * <pre>
 * "upload": {"file": "apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png", "size": 245120,
 *            "md5": "3f2a...", "ref": "app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67].asset[3f2a...]",
 *            "stateAttribute": "assetDeliveryState"}
 * </pre>
 *
 * @param file           the file, relative to the store directory (apply refuses it if its MD5 changed since plan)
 * @param size           bytes
 * @param md5            lower-case hex MD5 of the file, sent as {@code sourceFileChecksum}
 * @param ref            the address under which the new asset's id is known to later calls of the same apply
 *                       ({@code {{id:REF}}}, e.g. in the set's reorder)
 * @param stateAttribute the attribute that reports processing ({@code assetDeliveryState}, {@code videoDeliveryState})
 */
@JsonPropertyOrder({"file", "size", "md5", "ref", "stateAttribute"})
public record AssetUpload(String file, long size, String md5, String ref, String stateAttribute) {
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");
    private static final Set<String> STATE_ATTRIBUTES = Set.of("assetDeliveryState", "videoDeliveryState");

    public AssetUpload {
        if (file == null || file.isBlank() || file.startsWith("/") || file.contains("..")) {
            throw new IllegalArgumentException("upload file must be a path inside the store: " + file);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("upload size must be positive");
        }
        if (md5 == null || !MD5.matcher(md5).matches()) {
            throw new IllegalArgumentException("upload md5 must be 32 lower-case hex digits");
        }
        Objects.requireNonNull(ref, "ref");
        if (!STATE_ATTRIBUTES.contains(stateAttribute)) {
            throw new IllegalArgumentException("unknown processing state attribute " + stateAttribute);
        }
    }
}
