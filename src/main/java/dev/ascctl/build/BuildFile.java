package dev.ascctl.build;

import dev.ascctl.plist.AppArchive;
import dev.ascctl.store.FileChecksum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The archive to upload and what it says about itself: an {@code .ipa} names its bundle id, version and build number
 * in its Info.plist; a {@code .pkg} (a xar archive, not read here) needs them given ({@code --app-version},
 * {@code --build-number}, {@code --app}). The MD5 is read as a stream, never the whole file in memory.
 *
 * @param file     the archive
 * @param size     bytes
 * @param md5      lower-case hex MD5 of the whole file, the commit's checksum and the key a re-run adopts by
 * @param archive  bundle id, marketing version, build number, platform, export compliance answer
 * @param uti      Apple's type of the file: {@code com.apple.ipa} or {@code com.apple.pkg}
 */
public record BuildFile(Path file, long size, String md5, AppArchive archive, String uti) {
    public BuildFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(archive, "archive");
        if (size <= 0) {
            throw new IllegalArgumentException(file.getFileName() + " is empty");
        }
    }

    /**
     * Reads {@code file}: an .ipa's Info.plist, or for a .pkg the given version, build number and bundle id (all
     * required then). Given values must match what an .ipa says (a mismatch is refused before any request).
     */
    public static BuildFile read(Path file, String bundleId, String version, String buildNumber) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        AppArchive archive;
        String uti;
        if (name.endsWith(".ipa")) {
            archive = AppArchive.read(file);
            uti = "com.apple.ipa";
            check("--app-version", version, archive.shortVersion(), file);
            check("--build-number", buildNumber, archive.bundleVersion(), file);
            check("--app", bundleId, archive.bundleId(), file);
        } else if (name.endsWith(".pkg")) {
            if (bundleId == null || version == null || buildNumber == null) {
                throw new IllegalArgumentException(file.getFileName() + " is a .pkg, whose Info.plist ascctl does not"
                        + " read: give --app, --app-version and --build-number");
            }
            archive = new AppArchive(bundleId, version, buildNumber, "MAC_OS", null);
            uti = "com.apple.pkg";
        } else {
            throw new IllegalArgumentException(file.getFileName() + " is neither an .ipa nor a .pkg");
        }
        try {
            return new BuildFile(file, Files.size(file), FileChecksum.md5(file), archive, uti);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void check(String option, String given, String inArchive, Path file) {
        if (given != null && inArchive != null && !given.equals(inArchive)) {
            throw new IllegalArgumentException(option + " " + given + " differs from " + file.getFileName()
                    + "'s Info.plist (" + inArchive + "); drop the option or upload the right archive");
        }
    }

    /** "Notes.ipa (2.5.0, build 246)". */
    public String describe() {
        return file.getFileName() + " (" + archive.shortVersion() + ", build " + archive.bundleVersion() + ")";
    }
}
