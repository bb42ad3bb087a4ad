package dev.ascctl.resource.kinds.media;

import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.MediaKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a live asset becomes a file of the store on import: its download URL, and its file name in the set folder,
 * {@code NN-<fileName>} so that the folder's name order is Apple's order.
 *
 * <p>Screenshots are downloaded from {@code imageAsset.templateUrl} ({@code .../{w}x{h}bb.{f}}, Apple's image
 * template, the same as in the recorded build icon assets) filled in with the asset's own {@code width} and
 * {@code height} and the format of its file name ({@code png}, else {@code jpg}): the rendition closest to the
 * original. Previews are downloaded from {@code videoUrl}; the spec's other images of a preview
 * ({@code previewImage}, deprecated, and {@code previewFrameImage}) are its poster frame, which the store does not
 * hold. Apple's CDN re-encodes what it serves, so the MD5 of a download from real Apple usually differs from
 * {@code sourceFileChecksum}; the store writer tells the user (see {@code StoreWriter}).
 */
public final class MediaExport {
    /** A name that already starts with a position, {@code 01-home.png} or {@code 3_map.png}: the digits go. */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[-_ ](.+)$");
    /** A name that is only a position, {@code 01.png}. */
    private static final Pattern ONLY_NUMBER = Pattern.compile("^\\d{1,3}(\\.[A-Za-z0-9]+)$");
    /** Characters that cannot be in a file name on some system, or would make it hidden. */
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");

    private MediaExport() {
    }

    /** The URL that serves the asset, when Apple gives one (it does once the asset is processed). */
    public static Optional<String> url(Resource asset, MediaType media) {
        if (media.stateAttribute().equals("videoDeliveryState")) { // a video: app previews, in-app event clips
            return Optional.ofNullable(LiveApp.text(asset, "videoUrl")).filter(u -> !u.isBlank());
        }
        JsonNode image = asset.attribute("imageAsset");
        if (image == null || !image.isObject() || !image.path("templateUrl").isString()
                || !image.path("width").isNumber() || !image.path("height").isNumber()) {
            return Optional.empty();
        }
        String name = String.valueOf(LiveApp.text(asset, "fileName")).toLowerCase(Locale.ROOT);
        String format = name.endsWith(".png") ? "png" : "jpg";
        return Optional.of(image.path("templateUrl").asString()
                .replace("{w}", String.valueOf(image.path("width").asInt()))
                .replace("{h}", String.valueOf(image.path("height").asInt()))
                .replace("{f}", format));
    }

    /**
     * {@code NN-<fileName>} for the asset at {@code index} (0-based): {@code 01-home.png}; a name that already
     * starts with a position keeps the rest ({@code 07-home.png} at index 0 → {@code 01-home.png}); a name without
     * an extension the store accepts gets one ({@code png} / {@code mp4}), so the store loads what import wrote.
     */
    public static String fileName(int index, String appleName, MediaKind kind) {
        String prefix = String.format(Locale.ROOT, "%02d", index + 1);
        String name = UNSAFE.matcher(appleName == null ? "" : appleName.strip()).replaceAll("_");
        Matcher only = ONLY_NUMBER.matcher(name);
        Matcher numbered = NUMBERED.matcher(name);
        String out;
        if (only.matches()) {
            out = prefix + only.group(1);
        } else if (numbered.matches()) {
            out = prefix + "-" + numbered.group(1);
        } else {
            out = prefix + "-" + (name.isEmpty() ? "file" : name);
        }
        if (!kind.acceptsFileName(out)) {
            out += kind == MediaKind.SCREENSHOTS ? ".png" : ".mp4";
        }
        return out;
    }

    /** What the store layout needs to download the file: {@code {url, sourceFileChecksum, fileSize}}. */
    public static ObjectNode remote(String url, Resource asset) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("url", url);
        String md5 = LiveApp.text(asset, "sourceFileChecksum");
        if (md5 != null) {
            out.put("sourceFileChecksum", md5);
        }
        JsonNode size = asset.attribute("fileSize");
        out.put("fileSize", size != null && size.isNumber() ? size.asLong() : 0);
        return out;
    }
}
