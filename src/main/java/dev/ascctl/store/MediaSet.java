package dev.ascctl.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The files of one folder {@code <kind>/<locale>/<TYPE>/}: one screenshot set or app preview set, in file-name order.
 * <pre>
 * screenshots/en-US/APP_IPHONE_67/01-home.png
 * screenshots/en-US/APP_IPHONE_67/02-lists.png
 * </pre>
 *
 * @param kind    screenshots or previews
 * @param locale  the version localization it belongs to
 * @param type    Apple's {@code screenshotDisplayType} or {@code previewType}
 * @param folder  the folder relative to the store directory
 * @param files   in order, at most {@link MediaKind#maxPerSet()}, each MD5 once
 */
public record MediaSet(MediaKind kind, String locale, String type, Path folder, List<MediaFile> files) {
    public MediaSet {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(folder, "folder");
        if (!kind.setTypes().contains(type)) {
            throw new IllegalArgumentException(type + " is not a " + kind.folder() + " type");
        }
        files = List.copyOf(files);
        if (files.size() > kind.maxPerSet()) {
            throw new IllegalArgumentException(folder + " holds " + files.size() + " files; Apple allows "
                    + kind.maxPerSet());
        }
        Set<String> seen = new HashSet<>();
        for (MediaFile f : files) {
            if (!seen.add(f.md5())) {
                throw new IllegalArgumentException(folder + " holds the same file twice (" + f.name() + ")");
            }
        }
    }
}
