package dev.ascctl.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The screenshots and previews of a folder laid out as an app's own ({@code screenshots/<locale>/<TYPE>/},
 * {@code previews/<locale>/<TYPE>/}) that belongs to a kind's YAML (a product page optimization treatment's folder),
 * checked as the app's own are: locale and type names, file types, pixel sizes, counts, the same file twice.
 * <pre>{@code
 * MediaFolders.read(storeRoot, appDir.resolve("experiments/Bold/Dark"), Set.of("en-US"), problems)
 * }</pre>
 */
public final class MediaFolders {
    private MediaFolders() {
    }

    /**
     * The folder's media sets; every problem (with the file or folder it is about) is added to {@code problems}.
     *
     * @param localeCodes the locales media may have (the app's locale files)
     */
    public static List<MediaSet> read(Path storeRoot, Path dir, Set<String> localeCodes, List<Problem> problems) {
        return new MediaLoader(storeRoot, new StoreFiles(storeRoot), problems).load(dir, localeCodes);
    }
}
