package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.ArrayList;

/** Review details: one per version, created once and then patched; edits only while the version is editable. */
public record ReviewDetailRules(SandboxState state, Editability editability) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        String versionId = request.relationships().get("appStoreVersion").get(0);
        editability.requireEditableVersion(versionId, new ArrayList<>(request.attributes().keySet()));
        if (!state.referencing("appStoreReviewDetails", "appStoreVersion", versionId).isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/appStoreVersion",
                    "The appStoreVersion '" + versionId + "' already has an appStoreReviewDetail.");
        }
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        editability.requireEditableVersion(existing.relatedId("appStoreVersion"), new ArrayList<>(request.attributes().keySet()));
    }
}
