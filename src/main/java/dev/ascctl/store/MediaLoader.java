package dev.ascctl.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the media folders of one app ({@code screenshots/<locale>/<DISPLAY_TYPE>/} and
 * {@code previews/<locale>/<PREVIEW_TYPE>/}) and checks everything Apple would refuse, before any request:
 * locale and type names, file types, screenshot pixel sizes, per-set counts, the same file twice. Every problem
 * names the file or folder.
 */
final class MediaLoader {
    private final Path storeRoot;
    private final StoreFiles storeFiles;
    private final List<Problem> problems;

    /** A set folder that passed the checks, with the files still to be hashed. */
    private record Folder(MediaKind kind, String locale, String type, Path dir, List<Path> files) {}

    MediaLoader(Path storeRoot, StoreFiles storeFiles, List<Problem> problems) {
        this.storeRoot = storeRoot;
        this.storeFiles = storeFiles;
        this.problems = problems;
    }

    /**
     * The app's media sets; problems go to the shared list.
     *
     * @param localeCodes the locales with a locale file: media belongs to a version localization
     */
    List<MediaSet> load(Path appDir, Set<String> localeCodes) {
        List<Folder> folders = new ArrayList<>();
        for (MediaKind kind : MediaKind.values()) {
            Path kindDir = appDir.resolve(kind.folder());
            if (!Files.isDirectory(kindDir)) {
                continue;
            }
            for (Path localeDir : directories(kindDir)) {
                String locale = localeDir.getFileName().toString();
                if (!AscLocales.isKnown(locale)) {
                    problems.add(new Problem(Mark.startOf(localeDir), kind.folder() + " folder " + locale + ": "
                            + StoreRules.unknownLocale(locale)));
                    continue;
                }
                if (!localeCodes.contains(locale)) {
                    problems.add(new Problem(Mark.startOf(localeDir), kind.folder() + " for " + locale
                            + " need a locale file: media belongs to that locale's version localization; create "
                            + "locales/" + locale + ".yaml"));
                    continue;
                }
                for (Path typeDir : directories(localeDir)) {
                    folder(kind, locale, typeDir).ifPresent(folders::add);
                }
            }
        }
        List<MediaSet> sets = new ArrayList<>();
        for (Folder f : folders) {
            set(f).ifPresent(sets::add);
        }
        return sets;
    }

    private Optional<Folder> folder(MediaKind kind, String locale, Path typeDir) {
        String type = typeDir.getFileName().toString();
        if (!kind.setTypes().contains(type)) {
            String what = kind == MediaKind.SCREENSHOTS ? "screenshotDisplayType" : "previewType";
            problems.add(new Problem(Mark.startOf(typeDir), "'" + type + "' is not a " + what + " of Apple's API"
                    + Suggestions.closest(type, kind.setTypes()).map(s -> " (did you mean '" + s + "'?)").orElse("")));
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (Path file : entries(typeDir)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // .DS_Store and editor files are not media
            }
            Optional<Problem> unreadable;
            if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(Mark.startOf(file), "a set folder holds files only, not folders"));
            } else if ((unreadable = storeFiles.checkFile(file)).isPresent()) {
                problems.add(unreadable.get()); // a link out would upload someone's file to Apple
            } else if (!kind.acceptsFileName(name)) {
                problems.add(new Problem(Mark.startOf(file), "not a " + (kind == MediaKind.SCREENSHOTS
                        ? "screenshot" : "preview") + " file: Apple accepts " + kind.extensionList()));
            } else if (!Files.isReadable(file)) {
                problems.add(new Problem(Mark.startOf(file), "cannot read the file"));
            } else {
                files.add(file);
            }
        }
        if (files.size() > kind.maxPerSet()) {
            problems.add(new Problem(Mark.startOf(typeDir), files.size() + " " + kind.folder() + " in one set; Apple"
                    + " allows at most " + kind.maxPerSet() + " per " + type + " and locale"));
            return Optional.empty();
        }
        return Optional.of(new Folder(kind, locale, type, typeDir, files));
    }

    private Optional<MediaSet> set(Folder f) {
        List<MediaFile> files = new ArrayList<>();
        Map<String, Path> byMd5 = new LinkedHashMap<>();
        boolean ok = true;
        for (Path file : f.files()) {
            try {
                if (!checkContent(f, file)) {
                    ok = false;
                    continue;
                }
                long size = Files.size(file);
                if (size == 0) {
                    problems.add(new Problem(Mark.startOf(file), "the file is empty"));
                    ok = false;
                    continue;
                }
                String md5 = md5(file);
                Path first = byMd5.putIfAbsent(md5, file);
                if (first != null) {
                    problems.add(new Problem(Mark.startOf(file), "the same file as " + first.getFileName()
                            + " in this set; Apple keeps a set's files apart by their checksum"));
                    ok = false;
                    continue;
                }
                files.add(new MediaFile(file.getFileName().toString(), relative(file), size, md5));
            } catch (IOException e) {
                problems.add(new Problem(Mark.startOf(file), "cannot read the file: " + e.getMessage()));
                ok = false;
            }
        }
        return ok ? Optional.of(new MediaSet(f.kind(), f.locale(), f.type(), relative(f.dir()), files))
                : Optional.empty();
    }

    /** Screenshots: a PNG or JPEG of a size Apple accepts. Previews: an ISO media file (ftyp box first). */
    private boolean checkContent(Folder f, Path file) throws IOException {
        if (f.kind() == MediaKind.PREVIEWS) {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(12);
            }
            boolean isoMedia = head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
            if (!isoMedia) {
                problems.add(new Problem(Mark.startOf(file), "not a QuickTime/MPEG-4 video (no ftyp box at the start)"));
            }
            return isoMedia;
        }
        Optional<ImageHeaders.Dimensions> size = ImageHeaders.read(file);
        if (size.isEmpty()) {
            problems.add(new Problem(Mark.startOf(file), "not a PNG or JPEG image"));
            return false;
        }
        if (!ScreenshotSizes.accepts(f.type(), size.get())) {
            problems.add(new Problem(Mark.startOf(file), "is " + size.get() + " pixels; Apple accepts for "
                    + f.type() + ": " + ScreenshotSizes.describe(f.type())));
            return false;
        }
        return true;
    }

    private Path relative(Path file) {
        Path root = storeRoot.toAbsolutePath().normalize();
        return root.relativize(file.toAbsolutePath().normalize());
    }

    static String md5(Path file) throws IOException {
        return dev.ascctl.store.FileChecksum.md5(file);
    }

    private static List<Path> directories(Path dir) {
        return entries(dir).stream().filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    private static List<Path> entries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + dir, e);
        }
    }
}
