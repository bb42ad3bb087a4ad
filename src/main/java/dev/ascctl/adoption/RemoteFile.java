package dev.ascctl.adoption;

import java.net.URI;
import java.util.Objects;

/**
 * A media file of the store that is downloaded rather than written: where Apple serves it and what Apple says the
 * original was ({@code sourceFileChecksum}, {@code fileSize}).
 *
 * @param url  the asset URL, template already filled in
 * @param md5  the MD5 (hex) of the file that was uploaded, as Apple reports it; null when Apple reports none
 * @param size the size in bytes of the uploaded file, 0 when unknown
 */
public record RemoteFile(URI url, String md5, long size) {
    public RemoteFile {
        Objects.requireNonNull(url, "url");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0");
        }
    }
}
