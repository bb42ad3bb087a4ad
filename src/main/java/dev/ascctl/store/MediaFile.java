package dev.ascctl.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One screenshot or preview file, identified by its MD5 (Apple's {@code sourceFileChecksum}), never by its name.
 *
 * @param name         the file name, e.g. {@code 01-home.png}
 * @param relativePath the file relative to the store directory, e.g.
 *                     {@code apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png}
 * @param size         bytes
 * @param md5          lower-case hex MD5 of the whole file
 */
public record MediaFile(String name, Path relativePath, long size, String md5) {
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

    public MediaFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relativePath, "relativePath");
        if (relativePath.isAbsolute()) {
            throw new IllegalArgumentException("relativePath must be relative to the store: " + relativePath);
        }
        if (size <= 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        if (md5 == null || !MD5.matcher(md5).matches()) {
            throw new IllegalArgumentException("md5 must be 32 lower-case hex digits: " + md5);
        }
    }
}
