package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * App infos (categories only): edits only while the appInfo is editable; a primary or secondary
 * category must be a top-level category and a subcategory must be a child of the category it sits
 * under (ASC answers a bad subcategory with 409 ENTITY_ERROR.RELATIONSHIP.INVALID, see recordings). Apple's
 * refusal carries no {@code detail}, only the title and the relationship's pointer
 * (fl_error_409_ENTITY_ERROR_RELATIONSHIP_INVALID_no_detail), so none is sent here either.
 */
public record AppInfoRules(SandboxState state, Editability editability) implements ResourceRules {
    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        editability.requireEditableAppInfo(existing.id(), List.copyOf(request.relationships().keySet()));
        StoredResource merged = existing.withRelationships(request.relationships());
        for (String top : List.of("primary", "secondary")) {
            String category = merged.relatedId(top + "Category");
            if (category != null && state.require("appCategories", category).relatedId("parent") != null) {
                throw Errors.invalidRelationship("/data/relationships/" + top + "Category", null);
            }
            for (String sub : List.of(top + "SubcategoryOne", top + "SubcategoryTwo")) {
                String subId = merged.relatedId(sub);
                if (subId != null && (category == null
                        || !category.equals(state.require("appCategories", subId).relatedId("parent")))) {
                    throw Errors.invalidRelationship("/data/relationships/" + sub, null);
                }
            }
        }
    }

    /**
     * The editable app info App Store Connect makes when a version is created while the app's only app info is live:
     * a copy of the live one in PREPARE_FOR_SUBMISSION, with its categories, its own copy of the age rating
     * declaration and copies of its localizations (new ids), so the next version's name, subtitle, privacy URLs,
     * categories and age rating can change while the live ones stay. Sources: the recorded
     * {@code fl_appInfos_GET_list_for_app} (an app with a READY_FOR_DISTRIBUTION and a PREPARE_FOR_SUBMISSION app
     * info); App Store Connect Help, "Create a new version": app information is edited with the new version and goes
     * live with it. Nothing is made when an editable app info exists already.
     *
     * @return the copy, or empty when none was needed
     */
    public static Optional<StoredResource> editableCopy(SandboxState state, String appId) {
        List<StoredResource> infos = state.referencing("appInfos", "app", appId);
        if (infos.isEmpty() || infos.stream().anyMatch(i -> Editability.EDITABLE_APP_INFO_STATES.contains(
                (String) i.attribute("state")))) {
            return Optional.empty();
        }
        StoredResource live = infos.stream().filter(i -> "READY_FOR_DISTRIBUTION".equals(i.attribute("state")))
                .findFirst().orElse(infos.get(infos.size() - 1));
        Map<String, List<String>> relationships = new LinkedHashMap<>(live.relationships());
        String rating = live.relatedId("ageRatingDeclaration");
        if (rating != null) {
            StoredResource declaration = state.require("ageRatingDeclarations", rating);
            String copiedRating = state.newId("ageRatingDeclarations");
            state.put(new StoredResource(declaration.type(), copiedRating, declaration.attributes(), declaration.relationships()));
            relationships.put("ageRatingDeclaration", List.of(copiedRating));
        }
        Map<String, Object> attributes = new LinkedHashMap<>(live.attributes());
        attributes.put("state", "PREPARE_FOR_SUBMISSION");
        attributes.put("appStoreState", "PREPARE_FOR_SUBMISSION");
        StoredResource copy = new StoredResource("appInfos", state.newId("appInfos"), attributes, relationships);
        state.put(copy);
        for (StoredResource loc : state.referencing("appInfoLocalizations", "appInfo", live.id())) {
            state.put(new StoredResource(loc.type(), state.newId(loc.type()), loc.attributes(),
                    Map.of("appInfo", List.of(copy.id()))));
        }
        return Optional.of(copy);
    }

    /**
     * When a version goes live its app information goes live with it: the editable app info becomes
     * READY_FOR_DISTRIBUTION and the one it replaces is no longer listed (asc-api-notes: an app has one or two app
     * infos, the live one and the editable one), with its localizations and age rating declaration.
     */
    public static void release(SandboxState state, String appId) {
        List<StoredResource> infos = state.referencing("appInfos", "app", appId);
        Optional<StoredResource> editable = infos.stream().filter(i -> Editability.EDITABLE_APP_INFO_STATES.contains(
                (String) i.attribute("state"))).findFirst();
        if (editable.isEmpty()) {
            return;
        }
        for (StoredResource replaced : infos) {
            if (replaced.id().equals(editable.get().id())) {
                continue;
            }
            String rating = replaced.relatedId("ageRatingDeclaration");
            state.delete(replaced.type(), replaced.id());
            if (rating != null && !rating.equals(editable.get().relatedId("ageRatingDeclaration"))) {
                state.remove("ageRatingDeclarations", rating);
            }
        }
        state.patchAttributes("appInfos", editable.get().id(),
                Map.of("state", "READY_FOR_DISTRIBUTION", "appStoreState", "READY_FOR_SALE"));
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
