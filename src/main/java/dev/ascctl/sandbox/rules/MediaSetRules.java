package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.List;

/**
 * Screenshot sets and preview sets: exactly one parent (here a version localization), one set per display type
 * (preview type) and localization, and changes only while the version is editable ([docs] "Upload app previews and
 * screenshots": media can change while the version is being prepared). Reordering its assets counts as a change of
 * the set.
 */
public record MediaSetRules(SandboxState state, Editability editability, String type, String typeAttribute) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        List<String> parent = request.relationships().getOrDefault("appStoreVersionLocalization", List.of());
        if (parent.isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships", "A " + type + " needs exactly one parent: "
                    + "appStoreVersionLocalization, appCustomProductPageLocalization or "
                    + "appStoreVersionExperimentTreatmentLocalization.");
        }
        requireEditable(parent.get(0));
        Object setType = request.attributes().get(typeAttribute);
        boolean duplicate = state.referencing(type, "appStoreVersionLocalization", parent.get(0)).stream()
                .anyMatch(s -> setType.equals(s.attribute(typeAttribute)));
        if (duplicate) {
            throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                    "The provided entity includes an attribute with a value that has already been used",
                    "This localization already has a " + type + " of " + typeAttribute + " '" + setType + "'.")
                    .atPointer("/data/attributes/" + typeAttribute));
        }
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        requireEditable(existing.relatedId("appStoreVersionLocalization"));
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        requireEditable(existing.relatedId("appStoreVersionLocalization"));
    }

    /** Apple deletes a set's screenshots (previews) with it. */
    @Override
    public void afterDelete(StoredResource deleted) {
        String assets = type.equals("appScreenshotSets") ? "appScreenshots" : "appPreviews";
        String setRelationship = type.substring(0, type.length() - 1);
        for (StoredResource asset : state.referencing(assets, setRelationship, deleted.id())) {
            state.remove(assets, asset.id());
            state.uploads().forget(asset.id());
        }
    }

    void requireEditable(String localizationId) {
        StoredResource localization = state.require("appStoreVersionLocalizations", localizationId);
        editability.requireEditableVersion(localization.relatedId("appStoreVersion"), List.of());
    }
}
