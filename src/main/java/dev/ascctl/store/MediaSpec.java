package dev.ascctl.store;

import java.util.Comparator;
import java.util.List;

/**
 * Desired screenshots and app previews of one app, read from the files under {@code screenshots/} and
 * {@code previews/} (no YAML: the folders are the declaration; order is file-name order).
 * <pre>
 * apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png
 * apps/notes/screenshots/en-US/APP_IPHONE_67/02-lists.png
 * apps/notes/previews/en-US/IPHONE_67/01-tour.mp4
 * # store.yaml
 * policy:
 *   prune: {screenshots: true, previews: false}
 * </pre>
 *
 * @param sets             every set folder, sorted by kind, locale and type
 * @param pruneScreenshots {@code policy.prune.screenshots} for an app that has a {@code screenshots/} folder:
 *                         delete live screenshots no file declares (an app without the folder manages none)
 * @param prunePreviews    {@code policy.prune.previews}: delete live previews no file declares
 */
public record MediaSpec(List<MediaSet> sets, boolean pruneScreenshots, boolean prunePreviews) {
    private static final MediaSpec NONE = new MediaSpec(List.of(), false, false);

    public MediaSpec {
        sets = sets.stream().sorted(Comparator.comparing(MediaSet::kind).thenComparing(MediaSet::locale)
                .thenComparing(MediaSet::type)).toList();
    }

    /** Nothing declared. */
    public static MediaSpec none() {
        return NONE;
    }

    public List<MediaSet> sets(MediaKind kind) {
        return sets.stream().filter(s -> s.kind() == kind).toList();
    }

    /** Whether live media of this kind that no file declares is deleted. */
    public boolean prunes(MediaKind kind) {
        return kind == MediaKind.SCREENSHOTS ? pruneScreenshots : prunePreviews;
    }
}
