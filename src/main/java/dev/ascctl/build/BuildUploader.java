package dev.ascctl.build;

import dev.ascctl.asc.AmbiguousWriteException;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.AscException;
import dev.ascctl.asc.ByteCount;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.ServerText;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.asc.UploadOperation;
import dev.ascctl.asc.UploadSettings;
import dev.ascctl.asc.UploadTransport;
import dev.ascctl.asc.endpoint.build.BuildUploadFiles;
import dev.ascctl.asc.endpoint.build.BuildUploads;
import dev.ascctl.asc.endpoint.release.Builds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * {@code ascctl build upload}: delivers an app archive through the API (4.4.1's build uploads, no Transporter):
 * creates the build upload, reserves its file, PUTs the parts in parallel (the screenshots' {@link UploadTransport}:
 * verbatim URLs, the operation's headers, no bearer token, a part retried on a 5xx or a broken connection), commits
 * with the file's MD5 and follows Apple's processing to the build.
 *
 * <p>Idempotent, as a release engineer re-running a CI job expects:
 * <ul>
 *   <li>the app's uploads of this version and build number are read first; one already committed with the same MD5
 *   is adopted (nothing is sent again, its processing is followed); one committed from a different file is refused
 *   (the build number is spent: bump CFBundleVersion);</li>
 *   <li>one still awaiting its file (a run interrupted before its commit) is resumed: its reservation's parts are
 *   sent and committed, no second upload is made;</li>
 *   <li>a create or reservation whose answer was lost is looked for and adopted, never sent twice;</li>
 *   <li>a failure this run cannot recover from (parts refused, commit refused, processing FAILED) deletes the upload,
 *   so no orphan is left and the next run starts clean; an upload Apple FAILED in an earlier run is deleted too.</li>
 * </ul>
 */
public final class BuildUploader {
    /** Told what happens: status lines and bytes sent. */
    public interface Listener {
        void line(String text);

        default void bytes(long sent, long total) {
        }
    }

    /**
     * 4 parts at once; checks after 5 s, 10 s, ... up to 40 s apart, for at most an hour; a build still processing then
     * is kept (the next run adopts it and waits again).
     */
    public static UploadSettings defaultSettings() {
        return new UploadSettings(4, Duration.ofSeconds(5), Duration.ofHours(1), Sleeper.REAL);
    }

    /**
     * The processed build.
     *
     * @param adopted   true when no byte was sent: an earlier run's upload of the same file was found
     * @param bytesSent bytes PUT by this run
     */
    public record Result(String appId, String uploadId, String buildId, String version, String buildNumber,
                         boolean adopted, long bytesSent, double seconds) {
    }

    private final AscClient client;
    private final UploadTransport transport;
    private final UploadSettings settings;
    private final Listener listener;

    public BuildUploader(AscClient client, UploadTransport transport, UploadSettings settings, Listener listener) {
        this.client = client;
        this.transport = transport;
        this.settings = settings;
        this.listener = listener;
    }

    /** The app's id from its bundle id; refuses an app the key cannot see. */
    public String appId(String bundleId) {
        return client.get(ApiQuery.of("/v1/apps").filter("bundleId", bundleId).limit(1)).data().stream()
                .findFirst().map(Resource::id).orElseThrow(() -> new AscException("no app with bundle id " + bundleId
                        + " in App Store Connect (or this API key cannot see it); create the app record first"));
    }

    /** Uploads {@code file} for the app, or adopts an earlier run's upload of it; returns once Apple processed it. */
    public Result upload(BuildFile file) {
        long started = System.nanoTime();
        String appId = appId(file.archive().bundleId());
        Document existing = client.getAll(query(appId, file));
        Resource upload = null;
        for (Resource u : existing.data()) {
            if ("FAILED".equals(stateOf(u))) {
                listener.line("Deleting upload " + u.id() + " of an earlier run, which Apple FAILED ("
                        + errors(u) + ")");
                client.execute(BuildUploads.delete(u.id()), UnaryOperator.identity());
            } else {
                upload = u;
            }
        }
        long sent = 0;
        boolean adopted = false;
        if (upload != null) {
            Optional<Resource> archive = assetFile(existing, upload);
            String state = stateOf(upload);
            String delivery = archive.map(BuildUploader::deliveryState).orElse(null);
            if (!"AWAITING_UPLOAD".equals(state) || "UPLOAD_COMPLETE".equals(delivery) || "COMPLETE".equals(delivery)) {
                String hash = archive.map(a -> a.attribute("sourceFileChecksums"))
                        .map(c -> c.path("file").path("hash").asString(null)).orElse(null);
                if (hash != null && !hash.equalsIgnoreCase(file.md5())) {
                    throw new AscException("build " + file.archive().bundleVersion() + " of version "
                            + file.archive().shortVersion() + " was already uploaded from another file (MD5 " + hash
                            + ", this one " + file.md5() + "); a build number is used once: raise CFBundleVersion"
                            + " and archive again");
                }
                listener.line("Already uploaded: " + file.describe() + " (upload " + upload.id() + ", "
                        + state + "); nothing to send");
                adopted = true;
            } else if (archive.isPresent() && !sameFile(archive.get(), file)) {
                listener.line("Deleting upload " + upload.id() + " of an earlier run, started with another file");
                deleteQuietly(upload.id());
                upload = null;
            } else {
                listener.line("Resuming upload " + upload.id() + " of an earlier run that did not finish");
                sent = send(upload.id(), archive, file);
            }
        }
        if (upload == null) {
            upload = create(appId, file);
            sent = send(upload.id(), Optional.empty(), file);
        }
        String buildId = follow(upload.id(), file);
        return new Result(appId, upload.id(), buildId, file.archive().shortVersion(), file.archive().bundleVersion(),
                adopted, sent, (System.nanoTime() - started) / 1e9);
    }

    private static ApiQuery query(String appId, BuildFile file) {
        return BuildUploads.of(appId, file.archive().shortVersion(), file.archive().bundleVersion(),
                file.archive().platform());
    }

    /** Creates the upload; a lost answer is looked for and adopted. */
    private Resource create(String appId, BuildFile file) {
        try {
            return client.execute(BuildUploads.create(appId, file.archive().shortVersion(),
                    file.archive().bundleVersion(), file.archive().platform()), UnaryOperator.identity()).single()
                    .orElseThrow(() -> new AscException("Apple answered the build upload without it"));
        } catch (AmbiguousWriteException lost) {
            return client.getAll(query(appId, file)).data().stream()
                    .filter(u -> "AWAITING_UPLOAD".equals(stateOf(u))).findFirst()
                    .orElseThrow(() -> new AscException("creating the build upload failed (" + lost.getMessage()
                            + ") and none was found afterwards; nothing was uploaded. Run again."));
        } catch (AscApiException refused) {
            if (refused.status() == 409) {
                throw new AscException("App Store Connect refuses build " + file.archive().bundleVersion()
                        + " of version " + file.archive().shortVersion() + ": " + refused.getMessage()
                        + ". A build number is used once: raise CFBundleVersion and archive again.", refused);
            }
            throw refused;
        }
    }

    /**
     * Reserves the file (unless {@code reserved} is an earlier run's reservation), sends its parts and commits; any
     * failure deletes the upload, so nothing half-made stays. Returns the bytes sent.
     */
    private long send(String uploadId, Optional<Resource> reserved, BuildFile file) {
        Resource archive;
        try {
            archive = reserved.isPresent() ? reserved.get() : reserve(uploadId, file);
        } catch (RuntimeException e) {
            throw failed(uploadId, "reserving the file", e);
        }
        List<UploadOperation> operations;
        long sent;
        try {
            operations = UploadOperation.of(archive, file.size());
            listener.line("Uploading " + file.describe() + ": " + ByteCount.format(file.size()) + " in "
                    + operations.size() + " part" + (operations.size() == 1 ? "" : "s") + ", "
                    + Math.min(settings.partParallelism(), operations.size()) + " at a time");
            sent = transport.sendAll(operations, file.file(), settings.partParallelism(),
                    bytes -> listener.bytes(bytes, file.size()));
        } catch (RuntimeException e) {
            throw failed(uploadId, "sending the file", e);
        }
        commit(uploadId, archive.id(), file);
        return sent;
    }

    private Resource reserve(String uploadId, BuildFile file) {
        String name = file.file().getFileName().toString();
        try {
            return client.execute(BuildUploadFiles.reserve(uploadId, name, file.size(), file.uti()),
                    UnaryOperator.identity()).single()
                    .orElseThrow(() -> new AscException("Apple answered the reservation without the file"));
        } catch (AmbiguousWriteException lost) {
            return client.getAll(BuildUploadFiles.ofUpload(uploadId)).data().stream()
                    .filter(f -> sameFile(f, file) && "AWAITING_UPLOAD".equals(deliveryState(f)))
                    .findFirst().orElseThrow(() -> lost);
        }
    }

    /** Commits; a commit whose answer was lost is adopted when Apple has the file as uploaded. */
    private void commit(String uploadId, String fileId, BuildFile file) {
        try {
            client.execute(BuildUploadFiles.commit(fileId, file.md5()), UnaryOperator.identity());
        } catch (RuntimeException e) {
            String state;
            try {
                state = client.get(BuildUploadFiles.one(fileId)).single().map(BuildUploader::deliveryState)
                        .orElse(null);
            } catch (RuntimeException unreadable) {
                state = null;
            }
            if (state == null || "AWAITING_UPLOAD".equals(state) || "FAILED".equals(state)) {
                throw failed(uploadId, "committing the file", e);
            }
            listener.line("The commit's answer was lost, but Apple has the file (" + state + "); going on");
        }
    }

    /**
     * Follows the upload's state until Apple has processed it: COMPLETE with a VALID build returns the build's id;
     * FAILED deletes the upload (Apple's reasons in the message); a wait past the timeout keeps it (the next run
     * adopts it and waits again).
     */
    private String follow(String uploadId, BuildFile file) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Duration pause = settings.pollInterval();
        String last = null;
        while (true) {
            Document read = client.get(BuildUploads.one(uploadId));
            Resource upload = read.single().orElseThrow(() -> new AscException("Apple answered without upload "
                    + uploadId));
            String state = stateOf(upload);
            Optional<Resource> build = related(read, upload, "build");
            String buildState = build.flatMap(b -> b.text("processingState")).orElse(null);
            String now = state + (buildState == null ? "" : ", build " + buildState);
            if (!now.equals(last)) {
                listener.line("Apple: upload " + state.toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (buildState == null ? "" : ", build " + file.archive().bundleVersion() + " " + buildState));
                last = now;
            }
            if ("FAILED".equals(state)) {
                String why = errors(upload);
                deleteQuietly(uploadId);
                throw new AscException("Apple could not process " + file.describe() + ": " + why + "; the upload was"
                        + " deleted, nothing is left behind");
            }
            if ("COMPLETE".equals(state) && build.isPresent()) {
                if ("VALID".equals(buildState)) {
                    return build.get().id();
                }
                if (buildState != null && !"PROCESSING".equals(buildState)) {
                    throw new AscException("build " + file.archive().bundleVersion() + " is " + buildState
                            + " after processing; see Apple's e-mail about it");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AscException("Apple is still processing " + file.describe() + " after "
                        + settings.timeout().toMinutes() + " minutes; the upload is kept: run the same command again"
                        + " to keep waiting");
            }
            try {
                settings.sleeper().sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AscException("interrupted while waiting for processing; the upload is kept", e);
            }
            pause = settings.nextPause(pause);
        }
    }

    /** {@code GET /v1/builds/{id}}: the build's processing state, for callers that watch it further. */
    public Optional<String> buildState(String buildId) {
        return client.get(Builds.one(buildId)).single().flatMap(b -> b.text("processingState"));
    }

    private AscException failed(String uploadId, String step, RuntimeException e) {
        String left = deleteQuietly(uploadId) ? "the upload was deleted, nothing is left behind; run again"
                : "deleting the upload " + uploadId + " failed too; the next run deletes or resumes it";
        return new AscException(step + " failed: " + e.getMessage() + "; " + left, e);
    }

    private boolean deleteQuietly(String uploadId) {
        try {
            client.execute(BuildUploads.delete(uploadId), UnaryOperator.identity());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<Resource> assetFile(Document read, Resource upload) {
        return related(read, upload, "assetFile");
    }

    private static Optional<Resource> related(Document read, Resource upload, String relationship) {
        return upload.relationship(relationship).flatMap(r -> r.data()).flatMap(l -> l.stream().findFirst())
                .flatMap(read::find);
    }

    private static boolean sameFile(Resource archive, BuildFile file) {
        JsonNode size = archive.attribute("fileSize");
        return size != null && size.asLong() == file.size()
                && file.file().getFileName().toString().equals(archive.text("fileName").orElse(null));
    }

    private static String stateOf(Resource upload) {
        JsonNode state = upload.attribute("state");
        return state == null ? "UNKNOWN" : state.path("state").asString("UNKNOWN");
    }

    private static String deliveryState(Resource file) {
        JsonNode state = file.attribute("assetDeliveryState");
        return state == null ? null : state.path("state").asString(null);
    }

    private static String errors(Resource upload) {
        List<String> out = new ArrayList<>();
        JsonNode state = upload.attribute("state");
        if (state != null) {
            state.path("errors").forEach(e -> out.add((e.path("code").asString("") + " "
                    + e.path("description").asString("")).strip()));
        }
        return out.isEmpty() ? "no reason given" : ServerText.clean(String.join("; ", out));
    }
}
