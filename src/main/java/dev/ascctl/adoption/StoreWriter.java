package dev.ascctl.adoption;

import dev.ascctl.store.StoreSchemas;
import dev.ascctl.store.StoreSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link StoreContent} under a store root: one YAML file per document, each starting with the
 * {@code # yaml-language-server: $schema=} line editors use, and copies of the schemas it names into
 * {@code schema/} so the store completes and checks offline. Existing files are never overwritten.
 *
 * <p>Media to download ({@link StoreContent#downloads}) is fetched first, a few files at once, through the caller's
 * {@link FileDownloader}; if one fails, the files already downloaded are deleted and nothing else is written, so an
 * import never leaves half a store. A downloaded file whose MD5 is not the {@code sourceFileChecksum} Apple reports
 * is kept (it is the best copy Apple gives: its CDN serves a re-encoded rendition, not the uploaded original), and a
 * note tells the user that plan will show it as replaced until the original file is put in its place.
 */
public final class StoreWriter {
    /** Media files fetched at once: enough to hide latency, few enough to be polite to Apple's CDN. */
    static final int PARALLEL_DOWNLOADS = 4;

    private final Path root;
    private final List<StoreSection> sections;

    /** A writer whose copies of the app schema hold no kind-owned key. */
    public StoreWriter(Path root) {
        this(root, List.of());
    }

    /** @param sections the app.yaml keys the kinds own, which the copy of the app schema describes */
    public StoreWriter(Path root, List<StoreSection> sections) {
        this.root = root;
        this.sections = List.copyOf(sections);
    }

    /** Files that already exist and would be overwritten; writing refuses while any does. */
    public List<Path> conflicts(StoreContent content) {
        return Stream.of(content.files().keySet(), content.copies().keySet(), content.downloads().keySet())
                .flatMap(java.util.Collection::stream)
                .filter(f -> Files.exists(inside(f), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /**
     * Where {@code relative} is written: inside the root after resolution, and reached through no symbolic link, so
     * names Apple's answers put in a path (locale codes, file names) can never write elsewhere, nor can a link a
     * pull request placed inside {@code --out}.
     *
     * @throws IllegalArgumentException before anything is written
     */
    Path inside(Path relative) {
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (relative.isAbsolute() || !target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("import would write " + dev.ascctl.store.Printable.of(relative)
                    + " outside " + root + "; nothing was written");
        }
        for (Path p = target; p != null && !p.equals(base); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new IllegalArgumentException(dev.ascctl.store.Printable.of(base.relativize(p)) + " in " + root
                        + " is a symbolic link; import writes no file through a link. Nothing was written");
            }
        }
        return target;
    }

    /** Writes every file and the schemas they name; returns the paths written, relative to the root. */
    public List<Path> write(StoreContent content) {
        if (!content.downloads().isEmpty()) {
            throw new IllegalStateException("the content has files to download: pass a FileDownloader");
        }
        return write(content, (url, target) -> {
            throw new IllegalStateException("no downloads");
        });
    }

    /**
     * Downloads the content's media with {@code downloader}, then writes every other file and the schemas they
     * name; returns the paths written, relative to the root. Notes about downloaded files go to the content.
     */
    public List<Path> write(StoreContent content, FileDownloader downloader) {
        // Every path checked before the first byte is written, so a bad one leaves nothing behind.
        Stream.of(content.files().keySet(), content.copies().keySet(), content.downloads().keySet())
                .flatMap(java.util.Collection::stream).forEach(this::inside);
        List<Path> conflicts = conflicts(content);
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("would overwrite " + conflicts);
        }
        List<Path> written = new ArrayList<>(downloadAll(content, downloader));
        TreeSet<String> schemas = new TreeSet<>();
        try {
            for (Map.Entry<Path, ObjectNode> entry : content.files().entrySet()) {
                Path relative = entry.getKey();
                String schema = schemaOf(relative);
                schemas.add(schema);
                Path file = inside(relative);
                Files.createDirectories(file.getParent() == null ? root : file.getParent());
                Path schemaPath = file.getParent().relativize(root.resolve("schema").resolve(schema));
                String header = "# yaml-language-server: $schema=" + schemaPath.toString().replace('\\', '/') + "\n";
                Files.writeString(file, header + YamlText.of(entry.getValue()));
                written.add(relative);
            }
            for (Map.Entry<Path, Path> copy : content.copies().entrySet()) {
                Path target = inside(copy.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(copy.getValue(), target);
                written.add(copy.getKey());
            }
            for (String schema : schemas) {
                Path target = inside(Path.of("schema", schema));
                Optional<String> text = StoreSchemas.text(schema.replace(".schema.json", ""), sections);
                if (text.isPresent() && !Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, text.get());
                    written.add(root.relativize(target));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store under " + root + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The downloads, all or none: on a failure the files already fetched are deleted before it is thrown. */
    private List<Path> downloadAll(StoreContent content, FileDownloader downloader) {
        if (content.downloads().isEmpty()) {
            return List.of();
        }
        List<Path> done = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Path> differing = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_DOWNLOADS, content.downloads().size()),
                r -> {
                    Thread t = new Thread(r, "media-download");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Map.Entry<Path, RemoteFile> entry : content.downloads().entrySet()) {
                futures.add(pool.submit(() -> {
                    Path target = inside(entry.getKey());
                    Files.createDirectories(target.getParent());
                    String md5 = downloader.download(entry.getValue().url(), target);
                    done.add(entry.getKey());
                    if (entry.getValue().md5() != null && !entry.getValue().md5().equalsIgnoreCase(md5)) {
                        differing.add(entry.getKey());
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException | InterruptedException e) {
            pool.shutdownNow();
            awaitQuietly(pool);
            done.forEach(this::deleteQuietly);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException r ? r : new UncheckedIOException("cannot download media: "
                    + cause.getMessage(), cause instanceof IOException io ? io : new IOException(cause));
        } finally {
            pool.shutdown();
        }
        if (!differing.isEmpty()) {
            List<Path> sorted = differing.stream().sorted().toList();
            content.note(sorted.size() + " downloaded media file(s) differ from the originals App Store Connect holds"
                    + " (its CDN serves re-encoded copies, with another MD5), e.g. " + sorted.get(0) + ". Plan will"
                    + " show them as replaced until you put the original files, under the same names, in their"
                    + " place; apply before that would upload the re-encoded copies.");
        }
        // Report in the content's order, whatever order the downloads finished in.
        return content.downloads().keySet().stream().filter(done::contains).toList();
    }

    private void deleteQuietly(Path relative) {
        try {
            Files.deleteIfExists(root.resolve(relative));
        } catch (IOException e) {
            // best effort: the error being thrown says what went wrong
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** locales/*.yaml → locale.schema.json; any other {@code NAME.yaml} → {@code NAME.schema.json}. */
    static String schemaOf(Path relative) {
        Path parent = relative.getParent();
        if (parent != null && parent.getFileName().toString().equals("locales")) {
            return "locale.schema.json";
        }
        String name = relative.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + ".schema.json";
    }
}
