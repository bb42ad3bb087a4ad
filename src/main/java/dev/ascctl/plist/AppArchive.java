package dev.ascctl.plist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an {@code .ipa} says about the app inside it, read from {@code Payload/NAME.app/Info.plist} without unpacking
 * the rest: {@link ZipFile} reads the central directory and that one entry, so a 2 GB archive costs a few kB of memory.
 *
 * @param bundleId                 {@code CFBundleIdentifier}
 * @param shortVersion             {@code CFBundleShortVersionString}, the marketing version ("2.5.0")
 * @param bundleVersion            {@code CFBundleVersion}, the build number ("246")
 * @param platform                 Apple's platform name: {@code IOS}, {@code TV_OS} or {@code VISION_OS}, from
 *                                 {@code DTPlatformName} (iOS when absent)
 * @param usesNonExemptEncryption  {@code ITSAppUsesNonExemptEncryption}, or null when the plist does not say (the
 *                                 build then waits for the export compliance answer)
 */
public record AppArchive(String bundleId, String shortVersion, String bundleVersion, String platform,
                         Boolean usesNonExemptEncryption) {
    private static final Pattern INFO_PLIST = Pattern.compile("Payload/[^/]+\\.app/Info\\.plist");
    /** An Info.plist is a few kB; a larger entry is not one, and is not read into memory. */
    private static final long MAX_PLIST_BYTES = 4L * 1024 * 1024;
    /** [docs] CFBundleVersion: up to three non-negative integers separated by periods. */
    private static final Pattern BUNDLE_VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");

    public AppArchive {
        if (shortVersion == null || shortVersion.isBlank() || bundleVersion == null || bundleVersion.isBlank()) {
            throw new PropertyListException("the Info.plist has no CFBundleShortVersionString or CFBundleVersion");
        }
        if (!BUNDLE_VERSION.matcher(shortVersion).matches()) {
            throw new PropertyListException("CFBundleShortVersionString '" + shortVersion
                    + "' is not one to three period-separated integers, which App Store Connect requires");
        }
        if (!BUNDLE_VERSION.matcher(bundleVersion).matches()) {
            throw new PropertyListException("CFBundleVersion '" + bundleVersion
                    + "' is not one to three period-separated integers, which App Store Connect requires");
        }
    }

    /** Reads the app's Info.plist from the {@code .ipa} at {@code ipa}; throws {@link PropertyListException}. */
    public static AppArchive read(Path ipa) {
        try (ZipFile zip = new ZipFile(ipa.toFile())) {
            List<ZipEntry> found = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (INFO_PLIST.matcher(entry.getName()).matches()) {
                    found.add(entry);
                }
            }
            if (found.size() != 1) {
                throw new PropertyListException(ipa.getFileName() + " holds " + (found.isEmpty() ? "no" : found.size())
                        + " Payload/*.app/Info.plist; an .ipa holds exactly one app");
            }
            ZipEntry entry = found.get(0);
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes((int) MAX_PLIST_BYTES + 1);
            }
            if (bytes.length > MAX_PLIST_BYTES) {
                throw new PropertyListException(entry.getName() + " is larger than " + MAX_PLIST_BYTES + " bytes");
            }
            return of(PropertyList.parseDictionary(bytes));
        } catch (java.util.zip.ZipException e) {
            throw new PropertyListException(ipa.getFileName() + " is not a zip archive (.ipa): " + e.getMessage());
        } catch (IOException e) {
            throw new PropertyListException("cannot read " + ipa.getFileName() + ": " + e.getMessage());
        } catch (PropertyListException e) {
            throw e.getMessage().startsWith(String.valueOf(ipa.getFileName())) ? e
                    : new PropertyListException(ipa.getFileName() + ": " + e.getMessage());
        }
    }

    /** The fields of an Info.plist dictionary. */
    public static AppArchive of(Map<String, Object> info) {
        Object encryption = info.get("ITSAppUsesNonExemptEncryption");
        return new AppArchive(text(info, "CFBundleIdentifier"), text(info, "CFBundleShortVersionString"),
                text(info, "CFBundleVersion"), platform(text(info, "DTPlatformName")),
                encryption instanceof Boolean b ? b : null);
    }

    private static String platform(String dtPlatformName) {
        if (dtPlatformName == null) {
            return "IOS";
        }
        return switch (dtPlatformName) {
            case "appletvos" -> "TV_OS";
            case "xros" -> "VISION_OS";
            case "macosx" -> "MAC_OS";
            default -> "IOS";
        };
    }

    private static String text(Map<String, Object> info, String key) {
        Object v = info.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }
}
