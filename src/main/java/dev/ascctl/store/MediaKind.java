package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two kinds of App Store media an app folder holds, with Apple's set types and per-set limits.
 * <pre>
 * apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png
 * apps/notes/previews/en-US/IPHONE_67/01-tour.mp4
 * </pre>
 */
public enum MediaKind {
    /**
     * {@code ScreenshotDisplayType} of spec 4.4.1 (33 values). [docs] App Store Connect Help, "Upload app previews
     * and screenshots": up to 10 screenshots per set, PNG or JPEG.
     */
    SCREENSHOTS("screenshots", 10, Set.of("png", "jpg", "jpeg"), Vocabulary.get().enumValues("ScreenshotDisplayType")),
    /**
     * {@code PreviewType} of spec 4.4.1 (16 values). [docs] App Store Connect Help, "App preview specifications":
     * up to 3 app previews per set, .mov, .m4v or .mp4.
     */
    PREVIEWS("previews", 3, Set.of("mov", "m4v", "mp4"), Vocabulary.get().enumValues("PreviewType"));

    private final String folder;
    private final int maxPerSet;
    private final Set<String> extensions;
    private final List<String> setTypes;

    MediaKind(String folder, int maxPerSet, Set<String> extensions, List<String> setTypes) {
        this.folder = folder;
        this.maxPerSet = maxPerSet;
        this.extensions = extensions;
        this.setTypes = setTypes;
    }

    /** The folder in an app directory, which is also the {@code policy.prune} key. */
    public String folder() {
        return folder;
    }

    public int maxPerSet() {
        return maxPerSet;
    }

    /** Apple's display types (screenshots) or preview types (previews). */
    public List<String> setTypes() {
        return setTypes;
    }

    /** Whether a file name has an extension Apple accepts for this kind (case-insensitive). */
    public boolean acceptsFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The accepted extensions, for messages. */
    public String extensionList() {
        return String.join(", ", extensions.stream().sorted().toList());
    }
}
