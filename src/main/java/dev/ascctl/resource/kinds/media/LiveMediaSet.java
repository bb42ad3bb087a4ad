package dev.ascctl.resource.kinds.media;

import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.ListMediaSets;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.resource.LiveApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
                out.add(new LiveMediaSet(LiveApp.text(loc, "locale"), set, LiveApp.included(read, set, media.assetType())));
            }
        }
        return out;
    }

    String type(MediaType media) {
        return LiveApp.text(set, media.setTypeAttribute());
    }
}
