package dev.ascctl.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of build uploads ({@code buildUploadFiles}), part by part, kept in a temporary file each rather than in
 * memory (an app archive may be gigabytes; screenshots' {@link MediaUploads} keep bytes), and the build uploads
 * waiting for processing. Thread-safe: parts arrive in parallel and are written at their offsets.
 */
public final class BuildArchives extends PartUploads {
    /**
     * Part size of the upload operations handed out for build files. [guess] Apple's part size for builds is not
     * documented; a few MB, as for media, keeps the parallel path exercised and each part's buffer small.
     */
    public static final int PART_BYTES = 8 * 1024 * 1024;

    private static final class Upload {
        final Path file;
        final long size;
        final int partCount;
        final BitSet parts = new BitSet();

        Upload(Path file, long size) {
            this.file = file;
            this.size = size;
            this.partCount = partCount(size);
        }
    }

    /** A build upload waiting for Apple's processing, advancing one step per answered request. */
    private static final class Queued {
        final String buildUploadId;
        int step;

        Queued(String buildUploadId) {
            this.buildUploadId = buildUploadId;
        }
    }

    private final Map<String, Upload> uploads = new HashMap<>();
    private final List<Queued> processing = new ArrayList<>();

    public BuildArchives() {
        super(PART_BYTES);
    }

    public static int partCount(long size) {
        return (int) ((size + PART_BYTES - 1) / PART_BYTES);
    }

    /** Starts a temporary file for a new build upload file of {@code size} bytes. */
    public synchronized void reserve(String fileId, long size) {
        try {
            Path file = Files.createTempFile("ascctl-sandbox-build-", ".part");
            file.toFile().deleteOnExit();
            uploads.put(fileId, new Upload(file, size));
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox cannot keep a build upload", e);
        }
    }

    /** Stores one part, read from {@code body}; an error text when it does not fit what was handed out. */
    public Optional<String> receive(String fileId, int part, InputStream body) throws IOException {
        Upload u;
        synchronized (this) {
            u = uploads.get(fileId);
        }
        if (u == null) {
            return Optional.of("no upload is expected for this file");
        }
        if (part < 0 || part >= u.partCount) {
            return Optional.of("no such part");
        }
        long offset = (long) part * PART_BYTES;
        long length = Math.min(PART_BYTES, u.size - offset);
        byte[] data = body.readNBytes(PART_BYTES + 1);
        if (data.length != length) {
            return Optional.of("part " + part + " must be " + length + " bytes, got " + data.length);
        }
        try (FileChannel channel = FileChannel.open(u.file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            long at = offset;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }
        synchronized (this) {
            u.parts.set(part);
        }
        received(length);
        return Optional.empty();
    }

    /** The whole file when every part arrived. */
    public synchronized Optional<Path> complete(String fileId) {
        Upload u = uploads.get(fileId);
        return u != null && u.parts.cardinality() == u.partCount ? Optional.of(u.file) : Optional.empty();
    }

    /** Lower-case hex digest ({@code MD5} or {@code SHA-256}) of a complete file, read as a stream. */
    public static String digest(Path file, String algorithm) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance(algorithm))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("no digest " + algorithm, e);
        }
    }

    /** Drops a file's temporary copy (processed, failed or deleted). */
    public synchronized void forget(String fileId) {
        Upload u = uploads.remove(fileId);
        if (u != null) {
            try {
                Files.deleteIfExists(u.file);
            } catch (IOException ignored) {
                // a temporary file; deleteOnExit removes it later
            }
        }
    }

    /** Queues a committed build upload for processing. */
    public synchronized void queue(String buildUploadId) {
        processing.add(new Queued(buildUploadId));
    }

    /**
     * Advances every queued upload by one step and returns {@code id → step} (1, 2, ...); the caller removes the ones
     * that finished with {@link #done}.
     */
    public synchronized Map<String, Integer> step() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Queued q : processing) {
            out.put(q.buildUploadId, ++q.step);
        }
        return out;
    }

    public synchronized void done(String buildUploadId) {
        processing.removeIf(q -> q.buildUploadId.equals(buildUploadId));
    }
}
