package dev.ascctl.resource.kinds.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AssetUpload;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.DeleteAsset;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.endpoint.media.ReorderAssets;
import dev.ascctl.asc.endpoint.media.ReserveAsset;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.store.MediaFile;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.MediaSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * The media engine of a screenshot or preview set, whatever its parent (a version localization, a custom product
 * page localization, ...): the set as slots {@code 01}, {@code 02}, ... holding {@code name (bytes, md5)}, and the
 * calls that turn the live set into the desired one. Identity is the MD5: an unchanged file is never uploaded
 * again, a new order is one reorder, a file whose name now holds other bytes is replaced, other live assets go only
 * with pruning; new files are reserved (apply uploads and commits them), after the deletes so the set never exceeds
 * Apple's limit. A kind with sets declares its key and parent and calls these.
 */
public final class MediaSetCalls {
    /** Slot names are two digits, so they sort and line up in the plan. */
    private static final String SLOT_FORMAT = "%02d";

    private MediaSetCalls() {
    }

    /** A desired set's slots; with pruning, the slots after its files are null (nothing may stay there). */
    public static Map<String, JsonNode> desiredSlots(MediaSet set, MediaKind kind, boolean prune) {
        Map<String, JsonNode> slots = new LinkedHashMap<>();
        for (int i = 0; i < kind.maxPerSet(); i++) {
            if (i < set.files().size()) {
                MediaFile f = set.files().get(i);
                slots.put(slot(i), StringNode.valueOf(MediaFileValue.desired(f.name(), f.size(), f.md5()).toString()));
            } else if (prune) {
                slots.put(slot(i), NullNode.getInstance());
            }
        }
        return slots;
    }

    /** A live set's slots, its assets in Apple's order. */
    public static Map<String, JsonNode> liveSlots(List<Resource> assets, MediaType media, MediaKind kind) {
        Map<String, JsonNode> slots = new LinkedHashMap<>();
        for (int i = 0; i < kind.maxPerSet(); i++) {
            slots.put(slot(i), i < assets.size()
                    ? StringNode.valueOf(MediaFileValue.of(assets.get(i), media).toString())
                    : NullNode.getInstance());
        }
        return slots;
    }

    /**
     * The reservations of a new set's files, in order (new assets join a set in the order they are reserved, so no
     * reorder is needed).
     *
     * @param setId the set's id, or the {@code {{id:ADDRESS}}} placeholder of a set the same apply creates
     */
    public static List<ApiCall> reservations(DesiredObject<?> desired, MediaType media, String setId) {
        return files(desired).stream().map(file -> reserve(desired, media, setId, file)).toList();
    }

    /** The calls that make the live set {@code setId} with {@code assets} (Apple's order) hold the desired files. */
    public static List<ApiCall> update(DesiredObject<?> desired, MediaType media, MediaKind kind, String setId,
                                       List<Resource> assets) {
        List<MediaFileValue> wanted = files(desired);
        Set<String> wantedMd5 = wanted.stream().map(MediaFileValue::md5).collect(Collectors.toSet());
        Set<String> wantedNames = wanted.stream().map(MediaFileValue::name).collect(Collectors.toSet());
        // Pruning declares the slots after the files as null; a full set has no room for other assets either.
        boolean prune = desired.attributes().values().stream().anyMatch(JsonNode::isNull)
                || wanted.size() == kind.maxPerSet();
        List<ApiCall> calls = new ArrayList<>(); // deletes first, so the set never exceeds Apple's limit
        Map<String, String> keptByMd5 = new LinkedHashMap<>();
        List<String> extras = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (Resource asset : assets) {
            MediaFileValue value = MediaFileValue.of(asset, media);
            if (value.usable() && wantedMd5.contains(value.md5())
                    && keptByMd5.putIfAbsent(value.md5(), asset.id()) == null) {
                remaining.add(asset.id()); // the first usable asset with a wanted file's bytes is kept
            } else if (prune || wantedNames.contains(value.name())) {
                // A name that now holds other bytes is a replaced file; the rest goes only with pruning on.
                calls.add(DeleteAsset.of(media, asset.id()));
            } else {
                extras.add(asset.id());
                remaining.add(asset.id());
            }
        }
        List<String> order = new ArrayList<>();
        for (MediaFileValue file : wanted) {
            String id = keptByMd5.get(file.md5());
            if (id == null) {
                calls.add(reserve(desired, media, setId, file));
                id = IdReference.token(desired.address().child("asset", file.md5()));
                remaining.add(id); // Apple appends a new asset at the end
            }
            order.add(id);
        }
        order.addAll(extras); // assets the store does not declare keep their place after the declared ones
        if (!order.equals(remaining)) {
            calls.add(ReorderAssets.of(media, setId, order));
        }
        return calls;
    }

    /** The desired files in slot order. */
    public static List<MediaFileValue> files(DesiredObject<?> desired) {
        List<MediaFileValue> out = new ArrayList<>();
        desired.attributes().values().forEach(v -> MediaFileValue.parse(v).ifPresent(out::add));
        return out;
    }

    /** The origin of a desired set is its folder relative to the store: apply finds the files there. */
    private static ApiCall reserve(DesiredObject<?> desired, MediaType media, String setId, MediaFileValue file) {
        Path folder = desired.origin().file();
        String relative = folder.resolve(file.name()).toString().replace('\\', '/');
        Address ref = desired.address().child("asset", file.md5());
        AssetUpload upload = new AssetUpload(relative, file.size(), file.md5(), ref.value(), media.stateAttribute());
        return ReserveAsset.of(media, setId, file.name(), mimeType(media, file.name()), upload);
    }

    /** For previews, the MIME type of the container; screenshots send none (the spec has no such attribute). */
    private static String mimeType(MediaType media, String name) {
        if (media != MediaType.PREVIEW) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mov") ? "video/quicktime" : lower.endsWith(".m4v") ? "video/x-m4v" : "video/mp4";
    }

    private static String slot(int index) {
        return String.format(SLOT_FORMAT, index + 1);
    }
}
