package dev.ascctl.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json} of a synced report folder: each file kept (its SHA-256 and size), each report Apple has not
 * produced yet (pending, asked again next time) and each period Apple had no sales for (never asked again). Saved
 * atomically (written aside, then moved), so a run stopped at any point leaves a manifest that names only files
 * fully written; a file written but not yet recorded is downloaded again, never counted twice.
 *
 * <pre>
 * {"vendorNumber": "85012345",
 *  "files":   {"sales/SALES_SUMMARY/DAILY/2026-03-02.tsv.gz": {"sha256": "9f2c...", "bytes": 1234, "at": "2026-03-03T06:01:02Z"}},
 *  "pending": {"sales/SALES_SUMMARY/DAILY/2026-03-03.tsv.gz": {"detail": "Report is not available yet...", "since": "..."}},
 *  "noSales": {"sales/SALES_SUMMARY/DAILY/2024-12-01.tsv.gz": "2026-03-03T06:01:03Z"}}
 * </pre>
 */
public final class SyncManifest {
    public static final String FILE = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A kept file. */
    public record Entry(String sha256, long bytes, String at) {
    }

    /** A report Apple has not produced yet. */
    public record Pending(String detail, String since) {
    }

    private final Path dir;
    private final String vendorNumber;
    private final Map<String, Entry> files = new TreeMap<>();
    private final Map<String, Pending> pending = new TreeMap<>();
    private final Map<String, String> noSales = new TreeMap<>();
    /** Groups of files fetched whole (an analytics instance: its segments), so a later run need not list them again. */
    private final Map<String, java.util.List<String>> complete = new TreeMap<>();

    private SyncManifest(Path dir, String vendorNumber) {
        this.dir = dir;
        this.vendorNumber = vendorNumber;
    }

    /**
     * The folder's manifest, or an empty one; refuses a folder synced for another vendor number. A null vendor number
     * (analytics reports, which have none) checks and writes none.
     */
    public static SyncManifest load(Path dir, String vendorNumber) {
        SyncManifest m = new SyncManifest(dir, vendorNumber);
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return m;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new ReportFormatException(file + " is not a report manifest (" + e.getMessage() + "); move it away"
                    + " to sync the folder afresh");
        }
        String owner = root.path("vendorNumber").asString("");
        if (vendorNumber != null && !owner.isEmpty() && !owner.equals(vendorNumber)) {
            throw new ReportInputException(dir + " holds the reports of vendor " + owner + ", not " + vendorNumber
                    + "; sync each vendor into its own folder.");
        }
        root.path("files").properties().forEach(e -> m.files.put(e.getKey(), new Entry(
                e.getValue().path("sha256").asString(), e.getValue().path("bytes").asLong(),
                e.getValue().path("at").asString())));
        root.path("pending").properties().forEach(e -> m.pending.put(e.getKey(), new Pending(
                e.getValue().path("detail").asString(), e.getValue().path("since").asString())));
        root.path("noSales").properties().forEach(e -> m.noSales.put(e.getKey(), e.getValue().asString()));
        root.path("complete").properties().forEach(e -> {
            java.util.List<String> parts = new java.util.ArrayList<>();
            e.getValue().path("files").forEach(f -> parts.add(f.asString()));
            m.complete.put(e.getKey(), java.util.List.copyOf(parts));
        });
        return m;
    }

    /** Whether the report is settled: its file is kept and intact, or Apple had no sales for it. */
    public synchronized boolean has(String path) {
        if (noSales.containsKey(path)) {
            return true;
        }
        Entry entry = files.get(path);
        if (entry == null) {
            return false;
        }
        Path file = dir.resolve(path);
        try {
            // A file removed or damaged since is fetched again.
            return Files.size(file) == entry.bytes() && sha256(Files.readAllBytes(file)).equals(entry.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the report's bytes beside its final name, moves it in place, and records it. */
    public void keep(String path, byte[] gzip, Instant at) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.write(part, gzip);
            move(part, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        synchronized (this) {
            files.put(path, new Entry(sha256(gzip), gzip.length, at.toString()));
            pending.remove(path);
        }
    }

    /**
     * Records a file already written in place (downloaded there by a streaming downloader, which wrote it aside and
     * moved it): its SHA-256 and size are read back from the file.
     */
    public void kept(String path, Instant at) {
        Path file = dir.resolve(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        synchronized (this) {
            files.put(path, new Entry(sha256(bytes), bytes.length, at.toString()));
            pending.remove(path);
        }
    }

    /** Records that {@code group} was fetched whole: these files, each kept. */
    public synchronized void complete(String group, java.util.List<String> paths) {
        complete.put(group, java.util.List.copyOf(paths));
        pending.remove(group);
    }

    /** Whether {@code group} was fetched whole and each of its files is still kept and intact. */
    public boolean isComplete(String group) {
        java.util.List<String> parts;
        synchronized (this) {
            parts = complete.get(group);
        }
        return parts != null && parts.stream().allMatch(this::has);
    }

    public synchronized void pending(String path, String detail, Instant at) {
        Pending before = pending.get(path);
        pending.put(path, new Pending(detail, before == null ? at.toString() : before.since()));
    }

    /** No longer pending (an app whose first analytics reports arrived). */
    public synchronized void settled(String path) {
        pending.remove(path);
    }

    public synchronized void noSales(String path, Instant at) {
        noSales.put(path, at.toString());
        pending.remove(path);
    }

    public synchronized Map<String, Entry> files() {
        return Map.copyOf(files);
    }

    public synchronized Map<String, Pending> pendingReports() {
        return Map.copyOf(pending);
    }

    public synchronized Map<String, String> noSalesReports() {
        return Map.copyOf(noSales);
    }

    /** Saves the manifest atomically. */
    public synchronized void save() {
        ObjectNode root = JSON.createObjectNode();
        if (vendorNumber != null) {
            root.put("vendorNumber", vendorNumber);
        }
        ObjectNode f = root.putObject("files");
        files.forEach((k, v) -> f.putObject(k).put("sha256", v.sha256()).put("bytes", v.bytes()).put("at", v.at()));
        ObjectNode p = root.putObject("pending");
        pending.forEach((k, v) -> p.putObject(k).put("detail", v.detail()).put("since", v.since()));
        ObjectNode n = root.putObject("noSales");
        noSales.forEach(n::put);
        if (!complete.isEmpty()) {
            ObjectNode c = root.putObject("complete");
            complete.forEach((k, v) -> v.forEach(c.putObject(k).putArray("files")::add));
        }
        try {
            Files.createDirectories(dir);
            Path part = dir.resolve(FILE + ".part");
            Files.writeString(part, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            move(part, dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(FILE), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
