package dev.ascctl.apply;

import dev.ascctl.asc.AmbiguousWriteException;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.AscException;
import dev.ascctl.asc.AssetUpload;
import dev.ascctl.asc.ByteCount;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.ServerText;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.asc.UploadOperation;
import dev.ascctl.asc.UploadSettings;
import dev.ascctl.asc.UploadTransport;
import dev.ascctl.asc.endpoint.media.CommitAsset;
import dev.ascctl.asc.endpoint.media.DeleteAsset;
import dev.ascctl.asc.endpoint.media.GetAssetState;
import dev.ascctl.asc.endpoint.media.ListAssets;
import dev.ascctl.asc.endpoint.media.ListSetAssetStates;
import dev.ascctl.asc.endpoint.media.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Executes the upload step of a reservation call (asc-api-notes 3): checks the file is the one the plan saw
 * (size and MD5), reserves the asset, PUTs its parts (in parallel, bounded), commits with the MD5 and polls
 * processing until COMPLETE or FAILED. A failure before the commit took, or a file Apple refused, deletes the
 * asset, so no broken asset stays in App Store Connect and the next plan simply plans the file again; a committed
 * asset is never deleted (a lost commit answer is adopted, a processing wait cut short keeps it). A reservation
 * whose answer was lost is looked for and adopted, never sent twice.
 */
public final class AssetUploader {
    private final AscClient client;
    private final Path storeRoot;
    private final UploadTransport transport;
    private final UploadSettings settings;
    private final Consumer<UploadEvent> progress;

    /**
     * 4 parts at once; poll after 1 s, 2 s, 4 s ... up to 8 s apart, for at most 10 minutes; an asset still processing
     * then is kept (issue 21), the next plan shows whether Apple finished it.
     */
    public static UploadSettings defaultSettings() {
        return new UploadSettings(4, Duration.ofSeconds(1), Duration.ofMinutes(10), Sleeper.REAL);
    }

    /**
     * @param storeRoot the store directory the plan's file paths are relative to
     * @param progress  told of each file uploaded (or failed)
     */
    public AssetUploader(AscClient client, Path storeRoot, UploadTransport transport, UploadSettings settings,
                         Consumer<UploadEvent> progress) {
        this.client = client;
        this.storeRoot = storeRoot.toAbsolutePath().normalize();
        this.transport = transport;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * An asset reserved, uploaded and committed: Apple's now, only its processing is still to be awaited
     * ({@link #awaitProcessing}).
     *
     * @param setId   the set it joined, or null when it belongs to no set (an in-app purchase's review screenshot)
     * @param started when its upload began ({@link System#nanoTime}), for the upload's reported duration
     */
    public record Committed(String id, MediaType media, String setId, AssetUpload upload, long started) {
        public Committed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(upload, "upload");
        }
    }

    /** Runs the reservation and its upload; returns the new asset's id once Apple has processed it. */
    public String upload(ApiCall reservation, UnaryOperator<String> secrets) {
        Committed committed = send(reservation, secrets);
        awaitProcessing(List.of(committed));
        return committed.id();
    }

    /**
     * Reserves, uploads and commits, without waiting for processing: the caller goes on (the next file's upload)
     * while Apple processes this one, and awaits all of them at once with {@link #awaitProcessing}.
     */
    public Committed send(ApiCall reservation, UnaryOperator<String> secrets) {
        AssetUpload upload = Objects.requireNonNull(reservation.upload(), "not a reservation");
        Path file = checkedFile(upload);
        long started = System.nanoTime();
        Resource asset;
        try {
            asset = client.execute(reservation, secrets).single()
                    .orElseThrow(() -> new AscException("Apple answered the reservation of " + upload.file()
                            + " without the new asset"));
        } catch (AmbiguousWriteException lost) {
            asset = reservationMade(reservation, upload, lost, started);
        }
        MediaType media = mediaOf(asset.type());
        try {
            transport.sendAll(UploadOperation.of(asset, upload.size()), file, settings.partParallelism(), sent -> {
            });
        } catch (RuntimeException e) {
            throw failed(upload, started, e, deleteReservation(media, asset.id()));
        }
        try {
            commit(media, asset.id(), upload, secrets);
        } catch (RuntimeException e) {
            throw failed(upload, started, e, deleteReservation(media, asset.id()));
        }
        return new Committed(asset.id(), media, setIdOf(reservation, media), upload, started);
    }

    /** The set the reservation puts its asset in, when it is a set and its id is known (not a placeholder). */
    private static String setIdOf(ApiCall reservation, MediaType media) {
        if (media.setTypeAttribute() == null) {
            return null;
        }
        String id = reservation.body().path("data").path("relationships").path(media.assetSetRelationship())
                .path("data").path("id").asString(null);
        return id == null || id.startsWith("{{") ? null : id;
    }

    /**
     * Waits until Apple has processed every one of the committed assets: one request per set and round
     * ({@link ListSetAssetStates}: 15 sets of 10 new screenshots are 15 polls a round, not 150), one per asset only
     * for assets that belong to no set. Each asset processed is reported; one Apple refused is deleted; any other
     * failure (a wait cut short, an unreadable state) keeps the committed assets, which are Apple's now.
     */
    public void awaitProcessing(List<Committed> assets) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Duration wait = settings.pollInterval();
        List<Committed> left = new ArrayList<>(assets);
        while (!left.isEmpty()) {
            Map<String, JsonNode> states;
            try {
                states = states(left);
            } catch (RuntimeException e) {
                throw failed(left.get(0).upload(), left.get(0).started(), e, kept(left));
            }
            for (Committed asset : List.copyOf(left)) {
                JsonNode state = states.get(asset.id());
                if (state == null) {
                    throw failed(asset.upload(), asset.started(),
                            new AscException("Apple answered without the asset " + asset.id()), kept(left));
                }
                String name = state.path("state").asString(null);
                if ("COMPLETE".equals(name)) {
                    left.remove(asset);
                    progress.accept(new UploadEvent(asset.upload().file(), asset.upload().size(),
                            (System.nanoTime() - asset.started()) / 1e9, null));
                } else if ("FAILED".equals(name)) {
                    List<String> errors = new ArrayList<>();
                    state.path("errors").forEach(err -> errors.add(err.path("code").asString("") + " "
                            + err.path("description").asString("")));
                    throw failed(asset.upload(), asset.started(), new AscException("Apple could not process it ("
                            + ServerText.clean(String.join("; ", errors).strip()) + ")"),
                            deleteReservation(asset.media(), asset.id()));
                }
            }
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                Committed first = left.get(0);
                throw failed(first.upload(), first.started(), new AscException("processing did not finish within "
                        + settings.timeout().toMinutes() + " minutes (state "
                        + states.get(first.id()).path("state").asString(null) + ")"), kept(left));
            }
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(left.get(0).upload(), left.get(0).started(),
                        new AscException("Interrupted while waiting for processing", e), kept(left));
            }
            wait = settings.nextPause(wait);
        }
    }

    /** The processing state of each asset, by id: one read per set, one per asset outside a set. */
    private Map<String, JsonNode> states(List<Committed> assets) {
        Map<String, JsonNode> out = new HashMap<>();
        Map<String, MediaType> sets = new LinkedHashMap<>();
        for (Committed asset : assets) {
            if (asset.setId() != null) {
                sets.putIfAbsent(asset.setId(), asset.media());
            } else {
                client.get(GetAssetState.of(asset.media(), asset.id())).single().ifPresent(r -> out.put(r.id(),
                        r.attribute(asset.upload().stateAttribute())));
            }
        }
        sets.forEach((setId, media) -> client.getAll(ListSetAssetStates.of(media, setId)).data()
                .forEach(r -> out.put(r.id(), r.attribute(media.stateAttribute()))));
        return out;
    }

    /** Committed assets are kept, whatever cut their wait short (issue 21). */
    private static String kept(List<Committed> assets) {
        if (assets.size() == 1) {
            return "the asset " + assets.get(0).id() + " was uploaded and committed and is kept;"
                    + " the next plan shows whether Apple finished processing it";
        }
        return "the assets " + String.join(", ", assets.stream().map(Committed::id).toList()) + " were uploaded and"
                + " committed and are kept; the next plan shows whether Apple finished processing them";
    }

    /**
     * The reservation's answer was lost (reset, timeout, 5xx): Apple may have made it. A POST is never sent twice
     * (that would leave two assets), so the owner's assets are read again and the one this reservation made is
     * adopted: same file name and size, still awaiting its upload, with its upload operations. Apple appends a new
     * asset at the end of a set, so with several such candidates the last is taken. Not found: says exactly what may
     * be left behind.
     */
    private Resource reservationMade(ApiCall reservation, AssetUpload upload, AmbiguousWriteException lost,
                                     long started) {
        MediaType media = mediaOf(reservation.path().substring(reservation.path().lastIndexOf('/') + 1));
        JsonNode data = reservation.body().path("data");
        String fileName = data.path("attributes").path("fileName").asString("");
        String ownerId = data.path("relationships").path(media.assetSetRelationship()).path("data").path("id")
                .asString("");
        String owner = media.setType() + " " + ownerId;
        String mayBeLeft = "if Apple made it after all, an empty asset '" + fileName + "' awaiting its upload is left"
                + " in " + owner + "; the next plan shows it and deletes it. Run plan again.";
        List<Resource> assets;
        try {
            assets = client.getAll(ListAssets.of(media, ownerId)).data();
        } catch (RuntimeException unreadable) {
            throw failed(upload, started, lost, "reading " + owner + " again to look for the reservation failed too ("
                    + unreadable.getMessage() + "); nothing was uploaded; " + mayBeLeft);
        }
        Resource found = null;
        for (Resource asset : assets) {
            JsonNode size = asset.attribute("fileSize");
            JsonNode ops = asset.attribute("uploadOperations");
            JsonNode state = asset.attribute(upload.stateAttribute());
            if (fileName.equals(asset.text("fileName").orElse(null)) && size != null && size.asLong() == upload.size()
                    && state != null && "AWAITING_UPLOAD".equals(state.path("state").asString(null))
                    && ops != null && ops.isArray() && !ops.isEmpty()) {
                found = asset;
            }
        }
        if (found == null) {
            throw failed(upload, started, lost, "no reservation of '" + fileName + "' awaiting its upload was found"
                    + " in " + owner + " afterwards, so nothing was uploaded; " + mayBeLeft);
        }
        return found; // adopted: the parts go to its upload operations, as if the answer had arrived
    }

    private AscException failed(AssetUpload upload, long started, RuntimeException e, String leftBehind) {
        progress.accept(new UploadEvent(upload.file(), upload.size(), (System.nanoTime() - started) / 1e9,
                e.getMessage()));
        return new AscException("uploading " + upload.file() + " failed: " + e.getMessage() + "; " + leftBehind, e);
    }

    /**
     * Commits the upload. When the commit fails, the asset is read again: if Apple has it as uploaded, the commit
     * did take and only its answer was lost (the client's retry of the same PATCH is then refused with 409, as
     * Apple does for an asset no longer awaiting its upload), so the commit is adopted, never undone.
     */
    private void commit(MediaType media, String id, AssetUpload upload, UnaryOperator<String> secrets) {
        try {
            client.execute(CommitAsset.of(media, id, upload.md5()), secrets);
        } catch (RuntimeException e) {
            String state;
            try {
                state = stateOf(media, id, upload);
            } catch (RuntimeException unreadable) {
                throw e;
            }
            if (state == null || "AWAITING_UPLOAD".equals(state)) {
                throw e;
            }
            // adopted: Apple has the upload (UPLOAD_COMPLETE or later); processing is awaited as usual
        }
    }

    private String stateOf(MediaType media, String id, AssetUpload upload) {
        Resource asset = client.get(GetAssetState.of(media, id)).single()
                .orElseThrow(() -> new AscException("Apple answered without the asset " + id));
        JsonNode state = asset.attribute(upload.stateAttribute());
        return state == null ? null : state.path("state").asString(null);
    }

    /** The file as the plan saw it, or a refusal before any request. */
    private Path checkedFile(AssetUpload upload) {
        Path file = storeRoot.resolve(upload.file()).normalize();
        if (!file.startsWith(storeRoot)) {
            throw new ChangedFileException(upload.file() + " is outside the store directory");
        }
        try {
            if (!file.toRealPath().startsWith(storeRoot.toRealPath())) {
                // A saved plan made before someone swapped the file for a link out of the store (issue 21 finding 5).
                throw new ChangedFileException(upload.file() + " is a symbolic link leading outside the store; nothing"
                        + " was uploaded. Copy the file in instead of linking to it, and run plan again.");
            }
            long size = Files.size(file);
            String md5 = md5(file);
            if (size != upload.size() || !md5.equals(upload.md5())) {
                throw new ChangedFileException(upload.file() + " changed since the plan was made (md5 " + md5
                        + ", planned " + upload.md5() + "); nothing was uploaded. Run plan again.");
            }
        } catch (IOException e) {
            throw new ChangedFileException("cannot read " + upload.file() + " (" + e.getMessage()
                    + "); nothing was uploaded. Run plan again.");
        }
        return file;
    }

    /** Deletes a reservation that will never be complete; says what happened for the report. */
    private String deleteReservation(MediaType media, String id) {
        try {
            client.execute(DeleteAsset.of(media, id), UnaryOperator.identity());
            return "the reserved asset was deleted, nothing half-made is left";
        } catch (RuntimeException e) {
            return "deleting the reserved asset " + id + " failed too (" + e.getMessage()
                    + "); the next plan shows it and deletes it";
        }
    }

    private static MediaType mediaOf(String assetType) {
        for (MediaType m : MediaType.values()) {
            if (m.assetType().equals(assetType)) {
                return m;
            }
        }
        throw new AscException("Apple answered a reservation with a " + assetType);
    }

    static String md5(Path file) throws IOException {
        return dev.ascctl.store.FileChecksum.md5(file);
    }
}
