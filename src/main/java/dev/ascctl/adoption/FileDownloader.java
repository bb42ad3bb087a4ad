package dev.ascctl.adoption;

import java.net.URI;
import java.nio.file.Path;

/**
 * Fetches a {@link RemoteFile} for {@link StoreWriter}, which never talks to the network itself: the caller (the
 * import workflow) supplies the implementation.
 */
@FunctionalInterface
public interface FileDownloader {
    /** Writes the body of {@code url} to {@code target}, or nothing when it fails; returns the MD5 (hex) written. */
    String download(URI url, Path target);
}
