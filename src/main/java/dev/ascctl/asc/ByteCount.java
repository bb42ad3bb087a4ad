package dev.ascctl.asc;

import java.util.Locale;

/** Byte counts as people read them: {@code 245 KB}, {@code 1.2 MB} (decimal units, as Finder shows file sizes). */
public final class ByteCount {
    private ByteCount() {
    }

    public static String format(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
