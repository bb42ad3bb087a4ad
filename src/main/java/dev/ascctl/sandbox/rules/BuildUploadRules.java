package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Build uploads through the API ({@code POST /v1/buildUploads}): one per app, marketing version and build number.
 * A build number already used for that version and platform, by a build or by an upload that did not fail, is
 * refused as Apple refuses it: 409 {@code ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE} on {@code cfBundleVersion}
 * ([observed] users report Apple's upload answering that code with "The bundle version must be higher than the
 * previously uploaded version"; Transporter's older text is ITMS-90189 "Redundant Binary Upload"). An upload that
 * FAILED frees its number, so fixing the archive and uploading the same number again works. An upload may be deleted
 * until it is COMPLETE (its build is Apple's then); deleting it drops its files.
 */
public record BuildUploadRules(SandboxState state) implements ResourceRules {
    static final String TYPE = "buildUploads";

    @Override
    public void beforeCreate(WriteRequest request) {
        String appId = request.relatedId("app");
        String version = String.valueOf(request.attributes().get("cfBundleShortVersionString"));
        String number = String.valueOf(request.attributes().get("cfBundleVersion"));
        String platform = String.valueOf(request.attributes().get("platform"));
        boolean built = state.referencing("builds", "app", appId).stream()
                .filter(b -> number.equals(b.attribute("version")))
                .anyMatch(b -> state.get("preReleaseVersions", b.relatedId("preReleaseVersion"))
                        .map(p -> version.equals(p.attribute("version")) && platform.equals(p.attribute("platform")))
                        .orElse(false));
        boolean uploading = state.referencing(TYPE, "app", appId).stream()
                .filter(u -> number.equals(u.attribute("cfBundleVersion"))
                        && version.equals(u.attribute("cfBundleShortVersionString"))
                        && platform.equals(u.attribute("platform")))
                .anyMatch(u -> !"FAILED".equals(stateOf(u)));
        if (built || uploading) {
            throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                    "The provided entity includes an attribute with a value that has already been used",
                    "The bundle version must be higher than the previously uploaded version: '" + number + "'"
                            + " has already been uploaded for version " + version + ".")
                    .atPointer("/data/attributes/cfBundleVersion"));
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("createdDate", AppleTime.format(Instant.now()));
        out.put("state", state("AWAITING_UPLOAD", List.of()));
        return out;
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if ("COMPLETE".equals(stateOf(existing))) {
            // Apple's spec declares no 409 for this DELETE: a 403 with the reason, as for other refused deletes.
            throw Errors.deleteRefused("A build upload that is complete cannot be deleted; its build is kept.");
        }
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        for (StoredResource file : state.referencing("buildUploadFiles", "buildUpload", deleted.id())) {
            state.buildArchives().forget(file.id());
            state.delete("buildUploadFiles", file.id());
        }
        state.buildArchives().done(deleted.id());
    }

    static String stateOf(StoredResource upload) {
        return upload.attribute("state") instanceof Map<?, ?> m ? String.valueOf(m.get("state")) : null;
    }

    /** Apple's {@code BuildUpload.state}: the state and its details. */
    static Map<String, Object> state(String name, List<Map<String, Object>> errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errors", errors);
        out.put("warnings", List.of());
        out.put("infos", List.of());
        out.put("state", name);
        return out;
    }
}
