package dev.ascctl.sandbox.rules;

import dev.ascctl.plist.AppArchive;
import dev.ascctl.plist.PropertyListException;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apple's processing of a committed build upload, one step per answered request so a client sees it move:
 * <ol>
 *   <li>the archive is read: its {@code Payload/*.app/Info.plist} must exist and carry the version and build number
 *   the upload was created with, else the upload ends FAILED with the reason; otherwise the build appears in
 *   {@code GET /v1/builds} as PROCESSING, with {@code usesNonExemptEncryption} from the plist's
 *   {@code ITSAppUsesNonExemptEncryption} (null when it does not say: "Missing Compliance" in App Store Connect);</li>
 *   <li>the build becomes VALID and the upload COMPLETE.</li>
 * </ol>
 * A {@code .pkg} (a xar archive, not a zip) is taken at the version the upload names. Tests make processing end FAILED
 * with {@code state.buildArchives().failProcessing(n)}. [guess] Apple's error codes for these failures are not
 * documented; the codes here say what went wrong.
 */
public record BuildProcessing(SandboxState state) {
    /** Advances every queued build upload one step. Callers hold the state lock. */
    public void advance() {
        state.buildArchives().step().forEach((uploadId, step) -> {
            Optional<StoredResource> upload = state.get(BuildUploadRules.TYPE, uploadId);
            if (upload.isEmpty()) {
                state.buildArchives().done(uploadId);
            } else if (step == 1) {
                read(upload.get());
            } else {
                finish(upload.get());
            }
        });
    }

    private void read(StoredResource upload) {
        String fileId = upload.relatedId("assetFile");
        Path file = fileId == null ? null : state.buildArchives().complete(fileId).orElse(null);
        String version = String.valueOf(upload.attribute("cfBundleShortVersionString"));
        String number = String.valueOf(upload.attribute("cfBundleVersion"));
        Boolean encryption = null;
        if (state.buildArchives().takeProcessingFailure()) {
            fail(upload, "PROCESSING_ERROR", "The build could not be processed.");
            return;
        }
        if (file == null) {
            fail(upload, "MISSING_ASSET", "The build upload has no app archive.");
            return;
        }
        StoredResource assetFile = state.require("buildUploadFiles", fileId);
        if (!"com.apple.pkg".equals(assetFile.attribute("uti"))) {
            AppArchive archive;
            try {
                archive = AppArchive.read(file);
            } catch (PropertyListException e) {
                fail(upload, "INVALID_BUNDLE", "The archive is not a valid app: " + e.getMessage());
                return;
            }
            if (!archive.shortVersion().equals(version) || !archive.bundleVersion().equals(number)) {
                fail(upload, "BUNDLE_VERSION_MISMATCH", "The archive's Info.plist has version "
                        + archive.shortVersion() + " (" + archive.bundleVersion() + "), the upload was created for "
                        + version + " (" + number + ").");
                return;
            }
            String appBundleId = state.get("apps", upload.relatedId("app")).map(a -> a.attribute("bundleId"))
                    .map(String::valueOf).orElse(null);
            if (archive.bundleId() != null && !archive.bundleId().equals(appBundleId)) {
                fail(upload, "BUNDLE_ID_MISMATCH", "The archive's CFBundleIdentifier " + archive.bundleId()
                        + " is not the app's bundle id " + appBundleId + ".");
                return;
            }
            encryption = archive.usesNonExemptEncryption();
        }
        StoredResource build = BuildArrival.add(state, upload.relatedId("app"), number, version,
                String.valueOf(upload.attribute("platform")), "PROCESSING", Instant.now());
        java.util.Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("usesNonExemptEncryption", encryption);
        state.patchAttributes("builds", build.id(), answer);
        state.put(state.require(BuildUploadRules.TYPE, upload.id())
                .withRelationships(Map.of("build", List.of(build.id()))));
        state.patchAttributes("buildUploadFiles", fileId, Map.of("assetDeliveryState",
                MediaAssetRules.deliveryState("COMPLETE", List.of())));
        state.buildArchives().forget(fileId); // processed: the file is Apple's now
    }

    private void finish(StoredResource upload) {
        state.buildArchives().done(upload.id());
        String buildId = upload.relatedId("build");
        if (buildId != null) {
            state.patchAttributes("builds", buildId, Map.of("processingState", "VALID"));
        }
        state.patchAttributes(BuildUploadRules.TYPE, upload.id(), Map.of("state",
                BuildUploadRules.state("COMPLETE", List.of())));
    }

    private void fail(StoredResource upload, String code, String description) {
        state.buildArchives().done(upload.id());
        String fileId = upload.relatedId("assetFile");
        if (fileId != null) {
            state.buildArchives().forget(fileId);
        }
        state.patchAttributes(BuildUploadRules.TYPE, upload.id(), Map.of("state", BuildUploadRules.state("FAILED",
                List.of(Map.of("code", code, "description", description)))));
    }
}
