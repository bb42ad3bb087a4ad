package dev.ascctl.apply;

import dev.ascctl.asc.ByteCount;
import java.util.Locale;
import java.util.Objects;

/**
 * One file that finished uploading, or failed: what a terminal progress bar advances by and what a log line says.
 *
 * @param file    the file, relative to the store
 * @param bytes   its size
 * @param seconds how long reservation, upload, commit and processing took
 * @param error   why it failed, or {@code null} when it is uploaded and processed
 */
public record UploadEvent(String file, long bytes, double seconds, String error) {
    public UploadEvent {
        Objects.requireNonNull(file, "file");
    }

    public boolean failed() {
        return error != null;
    }

    /** The plain progress line, for output that is not a terminal. */
    public String line() {
        return failed() ? "upload failed " + file + ": " + error
                : String.format(Locale.ROOT, "uploaded %s (%s) in %.1f s", file, ByteCount.format(bytes), seconds);
    }
}
