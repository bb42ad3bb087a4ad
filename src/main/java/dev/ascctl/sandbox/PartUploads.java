package dev.ascctl.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the two upload flows the sandbox serves share (screenshots' and previews' {@link MediaUploads}, builds'
 * {@link BuildArchives}): a file cut into parts of a fixed size, handed out as upload operations on the sandbox's own
 * upload host, the bytes counted as they arrive, and the processing failures tests inject.
 */
public abstract class PartUploads {
    private final int partBytes;
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicLong bytesReceived = new AtomicLong();

    protected PartUploads(int partBytes) {
        this.partBytes = partBytes;
    }

    /**
     * The upload operations of a file of {@code size} bytes, as Apple's {@code uploadOperations} attribute holds them:
     * part {@code n} is a {@code PUT} to {@code urlPrefix/n}, in the order Apple lists them. Each is a mutable map, so
     * a flow can add what only it sends (a build file's {@code expiration} and {@code partNumber}).
     */
    public List<Map<String, Object>> operations(String urlPrefix, long size) {
        List<Map<String, Object>> operations = new ArrayList<>();
        for (int part = 0; (long) part * partBytes < size; part++) {
            long offset = (long) part * partBytes;
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("method", "PUT");
            op.put("url", urlPrefix + "/" + part);
            op.put("length", Math.min(partBytes, size - offset));
            op.put("offset", offset);
            op.put("requestHeaders", List.of(Map.of("name", "Content-Type", "value", "application/octet-stream")));
            operations.add(op);
        }
        return operations;
    }

    /** Makes processing of the next {@code times} committed uploads end FAILED. */
    public void failProcessing(int times) {
        failNext.addAndGet(times);
    }

    /** Consumes one injected processing failure, if any is pending. */
    public boolean takeProcessingFailure() {
        return failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** Every byte received by this flow's upload PUTs so far. */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    /** Counts a part that arrived whole. */
    protected final void received(long bytes) {
        bytesReceived.addAndGet(bytes);
    }
}
