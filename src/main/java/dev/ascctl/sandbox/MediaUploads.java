package dev.ascctl.sandbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes clients upload for screenshots and previews, part by part, the assets waiting for processing, and the
 * files of processed assets, which the sandbox serves at their asset URLs ({@code imageAsset.templateUrl},
 * {@code videoUrl}) so that {@code import} can download them. Thread-safe. Tests make processing fail with {@link #failProcessing(int)}, as Apple's does for a file it
 * cannot decode.
 */
public final class MediaUploads extends PartUploads {
    /**
     * Part size of the upload operations the sandbox hands out. [observed] Apple splits larger assets into several
     * parts of a few MB; one part per 2 MiB makes the parallel path run for ordinary screenshots too.
     */
    public static final int PART_BYTES = 2 * 1024 * 1024;

    /** One reserved asset's buffer. */
    private static final class Upload {
        final byte[] bytes;
        final BitSet parts = new BitSet();
        final int partCount;

        Upload(int size) {
            this.bytes = new byte[size];
            this.partCount = (size + PART_BYTES - 1) / PART_BYTES;
        }
    }

    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, byte[]> published = new HashMap<>();
    private final Deque<String[]> processing = new ArrayDeque<>();

    public MediaUploads() {
        super(PART_BYTES);
    }

    /** Starts a buffer for a new asset of {@code size} bytes. */
    public synchronized void reserve(String assetId, long size) {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the sandbox keeps assets of at most 2 GB");
        }
        uploads.put(assetId, new Upload((int) size));
    }

    /** The number of parts an asset of {@code size} bytes is uploaded in. */
    public static int partCount(long size) {
        return (int) ((size + PART_BYTES - 1) / PART_BYTES);
    }

    /**
     * Stores one part. Returns an error text when the part does not fit what was handed out, else empty.
     */
    public synchronized Optional<String> receive(String assetId, int part, byte[] data) {
        Upload u = uploads.get(assetId);
        if (u == null) {
            return Optional.of("no upload is expected for this asset");
        }
        if (part < 0 || part >= u.partCount) {
            return Optional.of("no such part");
        }
        int offset = part * PART_BYTES;
        int length = Math.min(PART_BYTES, u.bytes.length - offset);
        if (data.length != length) {
            return Optional.of("part " + part + " must be " + length + " bytes, got " + data.length);
        }
        System.arraycopy(data, 0, u.bytes, offset, length);
        u.parts.set(part);
        received(length);
        return Optional.empty();
    }

    /** The whole file when every part arrived. */
    public synchronized Optional<byte[]> complete(String assetId) {
        Upload u = uploads.get(assetId);
        return u != null && u.parts.cardinality() == u.partCount ? Optional.of(u.bytes) : Optional.empty();
    }

    /** Drops the asset's upload buffer and its published file (the asset was processed or deleted). */
    public synchronized void forget(String assetId) {
        uploads.remove(assetId);
        published.remove(assetId);
    }

    /** Stores every part of an asset at once, as if its upload operations had all been sent (for seeds). */
    public synchronized void receiveWhole(String assetId, byte[] bytes) {
        reserve(assetId, bytes.length);
        for (int part = 0; part < partCount(bytes.length); part++) {
            int from = part * PART_BYTES;
            receive(assetId, part, java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_BYTES)));
        }
    }

    /** Keeps the file of a processed asset, to be served at its asset URL. */
    public synchronized void publish(String assetId, byte[] bytes) {
        published.put(assetId, bytes);
    }

    /** The file of a processed asset, as it was uploaded. */
    public synchronized Optional<byte[]> published(String assetId) {
        return Optional.ofNullable(published.get(assetId));
    }

    /** Queues a committed asset; it is processed before the next request is answered. */
    public synchronized void queue(String type, String assetId) {
        processing.add(new String[] {type, assetId});
    }

    /** The queued assets, emptied. */
    public synchronized java.util.List<String[]> drainQueue() {
        java.util.List<String[]> out = new java.util.ArrayList<>(processing);
        processing.clear();
        return out;
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
