package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.List;

/**
 * App infos (categories only): edits only while the appInfo is editable; a primary or secondary
 * category must be a top-level category and a subcategory must be a child of the category it sits
 * under (ASC answers a bad subcategory with 409 ENTITY_ERROR.RELATIONSHIP.INVALID, see recordings).
 */
public record AppInfoRules(SandboxState state, Editability editability) implements ResourceRules {
    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        editability.requireEditableAppInfo(existing.id(), List.copyOf(request.relationships().keySet()));
        StoredResource merged = existing.withRelationships(request.relationships());
        for (String top : List.of("primary", "secondary")) {
            String category = merged.relatedId(top + "Category");
            if (category != null && state.require("appCategories", category).relatedId("parent") != null) {
                throw Errors.invalidRelationship("/data/relationships/" + top + "Category",
                        "'" + category + "' is a subcategory, not a category.");
            }
            for (String sub : List.of(top + "SubcategoryOne", top + "SubcategoryTwo")) {
                String subId = merged.relatedId(sub);
                if (subId != null && (category == null
                        || !category.equals(state.require("appCategories", subId).relatedId("parent")))) {
                    throw Errors.invalidRelationship("/data/relationships/" + sub,
                            "'" + subId + "' is not a subcategory of '" + category + "'.");
                }
            }
        }
    }

    /** The appInfo that owns an age rating declaration (ASC links it from the appInfo only). */
    public static StoredResource ownerOfAgeRating(SandboxState state, String declarationId) {
        return state.referencing("appInfos", "ageRatingDeclaration", declarationId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("age rating declaration without appInfo: " + declarationId));
    }

    /** Rules of the age rating declaration: editable while its appInfo is. */
    public ResourceRules ageRatingRules() {
        return new ResourceRules() {
            @Override
            public void beforeUpdate(StoredResource existing, WriteRequest request) {
                editability.requireEditableAppInfo(ownerOfAgeRating(state, existing.id()).id(),
                        List.copyOf(request.attributes().keySet()));
            }
        };
    }
}
