package dev.ascctl.plist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Generated app archives for tests: an {@code .ipa} is a zip holding {@code Payload/NAME.app/Info.plist}. */
public final class TestArchives {
    private TestArchives() {
    }

    /** An XML Info.plist with the bundle id, version and build number, and the encryption answer unless null. */
    public static String infoPlist(String bundleId, String version, String build, Boolean encryption) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>CFBundleIdentifier</key><string>%s</string>
                  <key>CFBundleShortVersionString</key><string>%s</string>
                  <key>CFBundleVersion</key><string>%s</string>
                  <key>DTPlatformName</key><string>iphoneos</string>%s
                </dict>
                </plist>
                """.formatted(bundleId, version, build, encryption == null ? ""
                : "\n  <key>ITSAppUsesNonExemptEncryption</key><" + encryption + "/>");
    }

    /** Writes an .ipa with that Info.plist and {@code padding} bytes of incompressible filler (a "binary"). */
    public static Path ipa(Path file, String bundleId, String version, String build, Boolean encryption, long padding)
            throws IOException {
        return ipa(file, infoPlist(bundleId, version, build, encryption).getBytes(StandardCharsets.UTF_8), padding);
    }

    public static Path ipa(Path file, byte[] infoPlist, long padding) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("Payload/Notes.app/Info.plist"));
            zip.write(infoPlist);
            zip.closeEntry();
            if (padding > 0) {
                ZipEntry binary = new ZipEntry("Payload/Notes.app/Notes");
                binary.setMethod(ZipEntry.DEFLATED);
                zip.setLevel(0);
                zip.putNextEntry(binary);
                fill(zip, padding, java.util.Arrays.hashCode(infoPlist));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void fill(OutputStream out, long bytes, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] chunk = new byte[1 << 16];
        for (long left = bytes; left > 0; left -= chunk.length) {
            random.nextBytes(chunk);
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
