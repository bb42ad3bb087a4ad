package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Localizations of an appInfo or a version: one per locale and parent; edits only while the parent
 * is editable; the app's primary locale cannot be deleted.
 *
 * @param requireEditableParent checks the parent (by id) allows changing the named attributes
 * @param appIdOfParent         the app id that owns a parent id
 */
public record LocalizationRules(SandboxState state, String type, String parentRelationship,
                                BiConsumer<String, List<String>> requireEditableParent,
                                Function<String, String> appIdOfParent) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        String parentId = request.relationships().get(parentRelationship).get(0);
        requireEditableParent.accept(parentId, new ArrayList<>(request.attributes().keySet()));
        Object locale = request.attributes().get("locale");
        boolean duplicate = state.referencing(type, parentRelationship, parentId).stream()
                .anyMatch(l -> locale.equals(l.attribute("locale")));
        if (duplicate) {
            // Live ASC answers a second localization for the same locale with a 409 on the locale attribute.
            throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                    "The provided entity includes an attribute with a value that has already been used",
                    "The locale '" + locale + "' is already used by another localization of this " + parentRelationship + ".")
                    .atPointer("/data/attributes/locale"));
        }
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        requireEditableParent.accept(existing.relatedId(parentRelationship), new ArrayList<>(request.attributes().keySet()));
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        String parentId = existing.relatedId(parentRelationship);
        requireEditableParent.accept(parentId, List.of());
        StoredResource app = state.require("apps", appIdOfParent.apply(parentId));
        if (existing.attribute("locale").equals(app.attribute("primaryLocale"))) {
            throw Errors.stateError(null, "The localization for the primary locale '" + existing.attribute("locale")
                    + "' can not be deleted.");
        }
    }
}
