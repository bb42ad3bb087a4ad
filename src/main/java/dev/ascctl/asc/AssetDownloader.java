package dev.ascctl.asc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads media from the asset URLs Apple reports ({@code imageAsset.templateUrl} filled in, a preview's
 * {@code videoUrl}). These are Apple's CDN, not App Store Connect endpoints: no bearer token and no header of ours
 * is sent (the token must not leave for another host), only {@code http}/{@code https} URLs are fetched, and
 * redirects are followed only as the JDK's {@code NORMAL} policy allows (never from https to http). A 5xx or a
 * broken connection is tried again a few times: a GET is safe to repeat.
 */
public final class AssetDownloader {
    static final int ATTEMPTS = 3;
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final HttpClient http;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final Duration idle;
    private final long maxBytes;
    private final CommandDeadline deadline;

    /**
     * Media is far larger than an API answer (previews up to 500 MB), so the cap here is its own; a body that
     * sends nothing for {@code idle} is abandoned, as {@link AscClient} does ({@link BoundedBody}).
     */
    public static final long MAX_ASSET_BYTES = 1024 * NetworkBounds.MIB;

    public AssetDownloader(Duration connectTimeout, Duration timeout, Sleeper sleeper) {
        this(connectTimeout, timeout, sleeper, NetworkBounds.defaults().idle(), MAX_ASSET_BYTES);
    }

    public AssetDownloader(Duration connectTimeout, Duration timeout, Sleeper sleeper, Duration idle, long maxBytes) {
        this.idle = idle;
        this.maxBytes = maxBytes;
        // one downloader serves one command, so it gets the command's default deadline
        this.deadline = new CommandDeadline(NetworkBounds.defaults().deadline());
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.sleeper = sleeper;
    }

    /** 10 s to connect, 5 minutes per file (previews are up to 500 MB). */
    public static AssetDownloader defaults() {
        return new AssetDownloader(Duration.ofSeconds(10), Duration.ofMinutes(5), Sleeper.REAL);
    }

    /**
     * Writes the body of {@code url} to {@code target} (through a temporary file beside it, so a failed download
     * leaves nothing) and returns the MD5 (hex) of the bytes written.
     */
    public String download(URI url, Path target) {
        if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            throw new AscException("refusing to download " + url + ": not an http(s) URL");
        }
        String failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).GET()
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    String md5 = save(response.body(),
                            response.headers().firstValueAsLong("Content-Length").orElse(-1), part);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                    return md5;
                }
                response.body().close();
                failure = "HTTP " + status;
                if (status < 500) {
                    break; // not found or refused: asking again will not help
                }
            } catch (BoundedBody.TooLargeException e) {
                failure = e.getMessage(); // asking again brings the same bytes
                break;
            } catch (BoundedBody.StalledException e) {
                failure = e.getMessage();
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AscException("Interrupted while downloading " + url, e);
            } finally {
                deleteQuietly(part);
            }
            if (attempt < ATTEMPTS) {
                pause(attempt);
            }
        }
        throw new AscException("downloading " + url + " failed: " + failure);
    }

    private String save(InputStream body, long declaredLength, Path part) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
        try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(part), digest)) {
            BoundedBody.copy(in, out, declaredLength, maxBytes, idle, deadline);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover .part file is harmless and named for what it is
        }
    }

    private void pause(int attempt) {
        try {
            sleeper.sleep(Duration.ofMillis(200L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
