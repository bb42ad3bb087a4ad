package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom product pages, their versions and localizations (asc-api-notes 8). The spec states the shapes only; the
 * rules here are the sandbox's decisions, each from what App Store Connect Help ("Create custom product pages",
 * "Custom product page statuses") says a person can do in the web UI:
 * <ul>
 *   <li>a page's name is unique within its app (the UI refuses a second page of the same name);</li>
 *   <li>a page is created invisible ({@code visible: false}); its {@code url} is the App Store link with
 *   {@code ppid=<page id>};</li>
 *   <li>a page POST without an inline version makes a page with no version (the spec marks the relationship
 *   optional); a version POST makes a version in PREPARE_FOR_SUBMISSION, numbered after the page's last one, and is
 *   refused (409 STATE_ERROR) while the page already has a version that is not yet approved: one version in the
 *   works per page, as one editable App Store version per platform;</li>
 *   <li>a new version starts without localizations or media: the spec offers templates only on the page's POST
 *   ({@code customProductPageTemplate}), none on a version's, so nothing is copied;</li>
 *   <li>a version's deep link, its localizations and their screenshot and preview sets change only while the
 *   version is {@link #EDITABLE} (a version in review or approved is frozen);</li>
 *   <li>a page whose version is in review cannot be deleted.</li>
 * </ul>
 * Review submission items move versions on (see {@link ReviewItems}).
 */
public final class ProductPageRules {
    public static final String PAGES = "appCustomProductPages";
    public static final String VERSIONS = "appCustomProductPageVersions";
    public static final String LOCALIZATIONS = "appCustomProductPageLocalizations";
    /** Version states in which its deep link, localizations and media can change. */
    public static final Set<String> EDITABLE = Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "REJECTED");
    /** Version states of a version that is not done with yet: a page has at most one. */
    static final Set<String> IN_THE_WORKS = Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "WAITING_FOR_REVIEW",
            "IN_REVIEW", "REJECTED");
    private static final Set<String> IN_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");

    private ProductPageRules() {
    }

    /** The rules of the three types, by type. */
    static Map<String, ResourceRules> all(SandboxState state) {
        LocalizationRules localizations = new LocalizationRules(state, LOCALIZATIONS, "appCustomProductPageVersion",
                (versionId, changed) -> requireEditableVersion(state, versionId, changed),
                versionId -> state.require(PAGES, state.require(VERSIONS, versionId)
                        .relatedId("appCustomProductPage")).relatedId("app"));
        ResourceRules pageLocalizations = new ResourceRules() {
            @Override
            public void beforeCreate(WriteRequest request) {
                localizations.beforeCreate(request);
            }

            @Override
            public void beforeUpdate(StoredResource existing, WriteRequest request) {
                localizations.beforeUpdate(existing, request);
            }

            @Override
            public void beforeDelete(StoredResource existing) {
                // A page has no primary locale of its own: any localization may go while the version is editable.
                requireEditableVersion(state, existing.relatedId("appCustomProductPageVersion"), List.of());
            }

            /** Apple deletes a localization's screenshot and preview sets with it. */
            @Override
            public void afterDelete(StoredResource deleted) {
                deleteUnder(state, List.of(deleted));
            }
        };
        return Map.of(PAGES, new Pages(state), VERSIONS, new Versions(state), LOCALIZATIONS, pageLocalizations);
    }

    /** Deletes the media sets of these localizations (with their assets). */
    private static void deleteUnder(SandboxState state, List<StoredResource> localizations) {
        for (StoredResource loc : localizations) {
            for (String setType : List.of("appScreenshotSets", "appPreviewSets")) {
                state.referencing(setType, "appCustomProductPageLocalization", loc.id())
                        .forEach(set -> state.delete(setType, set.id()));
            }
        }
    }

    /** Refuses a change of a version (or of what hangs off it) that is not editable. */
    static void requireEditableVersion(SandboxState state, String versionId, List<String> changed) {
        StoredResource version = state.require(VERSIONS, versionId);
        Object versionState = version.attribute("state");
        if (!EDITABLE.contains(versionState)) {
            throw Errors.stateError(changed.isEmpty() ? null : "/data/attributes/" + changed.get(0),
                    "The appCustomProductPageVersion can not be changed in the state '" + versionState + "'.");
        }
    }

    /** The version a page localization belongs to must be editable: media sets hang off localizations. */
    static void requireEditableLocalization(SandboxState state, String localizationId) {
        requireEditableVersion(state, state.require(LOCALIZATIONS, localizationId)
                .relatedId("appCustomProductPageVersion"), List.of());
    }

    private record Pages(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            String appId = request.relationships().get("app").get(0);
            Object name = request.attributes().get("name");
            if (state.referencing(PAGES, "app", appId).stream().anyMatch(p -> name.equals(p.attribute("name")))) {
                throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                        "The provided entity includes an attribute with a value that has already been used",
                        "The app already has a custom product page named '" + name + "'.")
                        .atPointer("/data/attributes/name"));
            }
        }

        @Override
        public Map<String, Object> serverAttributes(WriteRequest request) {
            return Map.of("visible", false);
        }

        @Override
        public void afterCreate(StoredResource created) {
            state.patchAttributes(PAGES, created.id(), Map.of("url", "https://apps.apple.com/app/id"
                    + created.relatedId("app") + "?ppid=" + created.id()));
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            Object name = request.attributes().get("name");
            if (name != null && state.referencing(PAGES, "app", existing.relatedId("app")).stream()
                    .anyMatch(p -> !p.id().equals(existing.id()) && name.equals(p.attribute("name")))) {
                throw Errors.invalidAttribute("/data/attributes/name",
                        "The app already has a custom product page named '" + name + "'.");
            }
        }

        @Override
        public void beforeDelete(StoredResource existing) {
            boolean inReview = state.referencing(VERSIONS, "appCustomProductPage", existing.id()).stream()
                    .anyMatch(v -> IN_REVIEW.contains(v.attribute("state")));
            if (inReview) {
                throw Errors.stateError(null, "The custom product page has a version in review and can not be deleted.");
            }
        }

        /** Apple deletes a page's versions, their localizations and media with it. */
        @Override
        public void afterDelete(StoredResource deleted) {
            for (StoredResource version : state.referencing(VERSIONS, "appCustomProductPage", deleted.id())) {
                List<StoredResource> locs = state.referencing(LOCALIZATIONS, "appCustomProductPageVersion", version.id());
                deleteUnder(state, locs);
                locs.forEach(loc -> state.remove(LOCALIZATIONS, loc.id()));
                state.remove(VERSIONS, version.id());
            }
        }
    }

    private record Versions(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            String pageId = request.relationships().get("appCustomProductPage").get(0);
            state.require(PAGES, pageId);
            boolean open = versions(pageId).stream().anyMatch(v -> IN_THE_WORKS.contains(v.attribute("state")));
            if (open) {
                throw Errors.stateError("/data/relationships/appCustomProductPage",
                        "The custom product page already has a version that is not approved yet; change that one.");
            }
        }

        @Override
        public Map<String, Object> serverAttributes(WriteRequest request) {
            String pageId = request.relationships().get("appCustomProductPage").get(0);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("state", "PREPARE_FOR_SUBMISSION");
            a.put("version", String.valueOf(versions(pageId).size() + 1));
            return a;
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            requireEditableVersion(state, existing.id(), List.copyOf(request.attributes().keySet()));
        }

        private List<StoredResource> versions(String pageId) {
            return state.referencing(VERSIONS, "appCustomProductPage", pageId);
        }
    }
}
