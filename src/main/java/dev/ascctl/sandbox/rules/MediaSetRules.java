package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Screenshot sets and preview sets: exactly one parent (a version localization, or another parent Apple's spec
 * names, each with its own editability), one set per display type (preview type) and parent, and changes only while
 * the parent is editable ([docs] "Upload app previews and screenshots": media can change while the version is being
 * prepared). Reordering its assets counts as a change of the set.
 *
 * @param parents the parent relationships served, each with the check that refuses a change (throws as Apple would)
 *                when the parent (by id) is not editable now
 */
public record MediaSetRules(SandboxState state, Map<String, Consumer<String>> parents, String type,
                            String typeAttribute) implements ResourceRules {
    /** The check of a version localization's sets: its version is editable. */
    static Consumer<String> versionLocalizations(SandboxState state, Editability editability) {
        return id -> editability.requireEditableVersion(state.require("appStoreVersionLocalizations", id)
                .relatedId("appStoreVersion"), List.of());
    }

    @Override
    public void beforeCreate(WriteRequest request) {
        List<String> named = parents.keySet().stream().sorted()
                .filter(r -> !request.relationships().getOrDefault(r, List.of()).isEmpty()).toList();
        if (named.size() != 1) {
            throw Errors.invalidRelationship("/data/relationships", "A " + type + " needs exactly one parent: "
                    + "appStoreVersionLocalization, appCustomProductPageLocalization or "
                    + "appStoreVersionExperimentTreatmentLocalization.");
        }
        String relationship = named.get(0);
        String parentId = request.relationships().get(relationship).get(0);
        parents.get(relationship).accept(parentId);
        Object setType = request.attributes().get(typeAttribute);
        boolean duplicate = state.referencing(type, relationship, parentId).stream()
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
        requireEditable(existing);
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        requireEditable(existing);
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

    /** Refuses a change of the set (or of its assets) unless its parent is editable. */
    void requireEditable(StoredResource set) {
        parents.forEach((relationship, check) -> {
            String parentId = set.relatedId(relationship);
            if (parentId != null) {
                check.accept(parentId);
            }
        });
    }
}
