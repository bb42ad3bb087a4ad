package dev.ascctl.resource.kinds.media;

import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.ListMediaSets;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.resource.LiveApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One live set with its assets in Apple's order, taken from the per-localization read of
 * {@link ListMediaSets}.
 *
 * @param locale the version localization's locale
 * @param set    the set resource
 * @param assets the set's assets, in order
 */
record LiveMediaSet(String locale, Resource set, List<Resource> assets) {

    /** Every set of every version localization that was read, for the version being prepared. */
    static List<LiveMediaSet> all(LiveApp app, MediaType media) {
        List<LiveMediaSet> out = new ArrayList<>();
        Optional<Resource> version = app.currentVersion();
        if (version.isEmpty()) {
            return out;
        }
        for (Resource loc : app.related(version.get(), "appStoreVersionLocalizations").orElse(List.of())) {
            Optional<Document> read = app.read(ListMediaSets.of(media, loc.id()));
            if (read.isEmpty()) {
                continue;
            }
            for (Resource set : read.get().data()) {
                List<Resource> assets = new ArrayList<>();
                set.relationship(media.assetType()).flatMap(r -> r.data()).orElse(List.of())
                        .forEach((Linkage l) -> read.get().find(l).ifPresent(assets::add));
                out.add(new LiveMediaSet(LiveApp.text(loc, "locale"), set, assets));
            }
        }
        return out;
    }

    String type(MediaType media) {
        return LiveApp.text(set, media.setTypeAttribute());
    }

    /** How an asset shows in the plan, with its processing state when it is broken. */
    static MediaFileValue valueOf(Resource asset, MediaType media) {
        JsonNode size = asset.attribute("fileSize");
        JsonNode state = asset.attribute(media.stateAttribute());
        String stateName = state == null || state.isNull() ? null : state.path("state").asString(null);
        return new MediaFileValue(String.valueOf(LiveApp.text(asset, "fileName")),
                size == null || !size.isNumber() ? 0 : size.asLong(), LiveApp.text(asset, "sourceFileChecksum"),
                stateName);
    }
}
