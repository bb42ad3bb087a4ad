package dev.ascctl.resource.kinds.media;

import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.resource.LiveApp;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One slot of a media set as the plan shows it, {@code 01-home.png (245120 bytes, md5 3f2a...)}, with the live
 * processing state appended when the asset is not usable ({@code , FAILED}). Two values are the same file when
 * their MD5s are equal and the live one is usable: identity is the checksum, never the name.
 */
public record MediaFileValue(String name, long size, String md5, String state) {
    private static final Pattern TEXT = Pattern.compile("^(.*) \\((\\d+) bytes, md5 ([0-9a-f]{32}|none)(?:, ([A-Z_]+))?\\)$");
    /** States in which an asset is broken: its upload never finished, or Apple could not process it. */
    private static final Set<String> BROKEN = Set.of("AWAITING_UPLOAD", "FAILED");

    public static MediaFileValue desired(String name, long size, String md5) {
        return new MediaFileValue(name, size, md5, null);
    }

    /** A live asset as the plan shows it: Apple's file name, size, checksum, and state when it is broken. */
    public static MediaFileValue of(Resource asset, MediaType media) {
        JsonNode size = asset.attribute("fileSize");
        JsonNode state = asset.attribute(media.stateAttribute());
        String stateName = state == null || state.isNull() ? null : state.path("state").asString(null);
        return new MediaFileValue(String.valueOf(LiveApp.text(asset, "fileName")),
                size == null || !size.isNumber() ? 0 : size.asLong(), LiveApp.text(asset, "sourceFileChecksum"),
                stateName);
    }

    public static Optional<MediaFileValue> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MediaFileValue(m.group(1), Long.parseLong(m.group(2)),
                m.group(3).equals("none") ? null : m.group(3), m.group(4)));
    }

    /** A plan value (JSON text) as a file, when it is one. */
    public static Optional<MediaFileValue> parse(tools.jackson.databind.JsonNode value) {
        return value != null && value.isString() ? parse(value.asString()) : Optional.empty();
    }

    /**
     * Whether a desired and a live plan value are the same file: equal MD5s and a usable live asset; values that are
     * not files compare as values.
     */
    public static boolean sameFile(tools.jackson.databind.JsonNode desired, tools.jackson.databind.JsonNode live) {
        Optional<MediaFileValue> want = parse(desired);
        Optional<MediaFileValue> have = parse(live);
        if (want.isPresent() && have.isPresent()) {
            return have.get().usable() && want.get().md5().equals(have.get().md5());
        }
        return dev.ascctl.resource.Values.same(desired, live);
    }

    /** Whether the asset can be kept: processed or processing. */
    public boolean usable() {
        return md5 != null && (state == null || !BROKEN.contains(state));
    }

    @Override
    public String toString() {
        return name + " (" + size + " bytes, md5 " + (md5 == null ? "none" : md5)
                + (state == null || !BROKEN.contains(state) ? "" : ", " + state) + ")";
    }
}
