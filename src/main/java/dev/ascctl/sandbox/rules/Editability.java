package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import java.util.List;
import java.util.Set;

/**
 * Which states allow edits. Decision (from Apple's "App Store Connect Help: app statuses"): a version's
 * metadata can be edited only before submission and after a rejection or developer removal from
 * review, i.e. PREPARE_FOR_SUBMISSION, DEVELOPER_REJECTED, REJECTED, METADATA_REJECTED and
 * INVALID_BINARY. WAITING_FOR_REVIEW and later are locked (the UI asks to remove the version from
 * review first). The appInfo follows the same idea with its own state enum.
 */
public record Editability(SandboxState state) {
    public static final Set<String> EDITABLE_VERSION_STATES = Set.of("PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED",
            "REJECTED", "METADATA_REJECTED", "INVALID_BINARY");
    public static final Set<String> EDITABLE_APP_INFO_STATES = Set.of("PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED",
            "REJECTED");

    public static boolean isEditableVersion(StoredResource version) {
        return EDITABLE_VERSION_STATES.contains((String) version.attribute("appVersionState"));
    }

    public void requireEditableVersion(String versionId, List<String> changedAttributes) {
        StoredResource version = state.require("appStoreVersions", versionId);
        if (!isEditableVersion(version)) {
            throw locked(changedAttributes, "appStoreVersion", version.attribute("appVersionState"));
        }
    }

    public void requireEditableAppInfo(String appInfoId, List<String> changedAttributes) {
        StoredResource info = state.require("appInfos", appInfoId);
        if (!EDITABLE_APP_INFO_STATES.contains((String) info.attribute("state"))) {
            throw locked(changedAttributes, "appInfo", info.attribute("state"));
        }
    }

    /** Live ASC names the first locked attribute: "Attribute 'whatsNew' cannot be edited at this time". */
    private static RuntimeException locked(List<String> changed, String parent, Object parentState) {
        if (changed.isEmpty()) {
            return Errors.stateError(null, "The " + parent + " can not be changed in the state '" + parentState + "'.");
        }
        String first = changed.get(0);
        return Errors.stateError("/data/attributes/" + first, "Attribute '" + first + "' cannot be edited at this time");
    }
}
