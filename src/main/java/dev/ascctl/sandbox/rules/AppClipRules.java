package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Apple's rules for App Clip experiences, on top of the generic router (which serves the reads, the relationship
 * endpoints and the upload flow of the header images through {@link MediaAssetRules}). What the spec does not say is
 * marked where it is used: [docs] from Apple's App Clip documentation, [assumed] where nothing public says it and
 * the sandbox does what App Store Connect's web form does.
 * <ul>
 *   <li>A default experience belongs to an App Clip and is released with an App Store version of the clip's app;
 *   [assumed] one per clip and version (a second is 409), and it changes only while that version is editable (as the
 *   version's own metadata; the web form shows the App Clip section on the version page).</li>
 *   <li>Its localizations: one per locale (409), subtitle at most {@link #SUBTITLE_LIMIT} characters; one header
 *   image each.</li>
 *   <li>Its review detail: one per experience; every invocation URL is an https URL [docs: App Clip invocation
 *   URLs are https links to the associated domain].</li>
 *   <li>An advanced experience: its link is an https URL, one experience per link and clip [assumed]; a removed
 *   ({@code removed: true}) experience is DEACTIVATED, and a DEACTIVATED or APP_TRANSFER_IN_PROGRESS one changes no
 *   more [assumed from the states' names: Apple's spec gives no rule]; every change counts its {@code version} up.
 *   Its localizations (created inline) have one per language.</li>
 * </ul>
 */
public final class AppClipRules {
    public static final String EXPERIENCES = "appClipDefaultExperiences";
    public static final String LOCALIZATIONS = "appClipDefaultExperienceLocalizations";
    public static final String HEADER_IMAGES = "appClipHeaderImages";
    public static final String REVIEW_DETAILS = "appClipAppStoreReviewDetails";
    public static final String ADVANCED = "appClipAdvancedExperiences";
    /**
     * [docs] The App Clip card's subtitle: 56 characters (App Store Connect's App Clip card fields as listed by
     * aso.dog's App Clip card glossary, 2025; WWDC20 "Configure and link your App Clips" said 43 then). Also the
     * advanced experiences' subtitle; their title has 30 [assumed: the App Store's own title limit].
     */
    public static final int SUBTITLE_LIMIT = 56;
    public static final int TITLE_LIMIT = 30;
    private static final List<String> FROZEN_ADVANCED = List.of("DEACTIVATED", "APP_TRANSFER_IN_PROGRESS");

    private AppClipRules() {
    }

    /** Refuses a change of the experience {@code experienceId} unless its release version is editable. */
    static void requireEditableExperience(SandboxState state, String experienceId) {
        String version = state.require(EXPERIENCES, experienceId).relatedId("releaseWithAppStoreVersion");
        if (version != null && !Editability.isEditableVersion(state.require("appStoreVersions", version))) {
            throw Errors.stateError(null, "The App Clip default experience can not be changed: its App Store"
                    + " version is in the state '" + state.require("appStoreVersions", version)
                    .attribute("appVersionState") + "'.");
        }
    }

    /** The rules of {@code appClipDefaultExperiences}. */
    public record DefaultExperiences(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            release(request.relatedId("appClip"), request.relatedId("releaseWithAppStoreVersion"), null);
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            requireEditableExperience(state, existing.id());
            if (request.relationships().containsKey("releaseWithAppStoreVersion")) {
                release(existing.relatedId("appClip"), request.relatedId("releaseWithAppStoreVersion"), existing.id());
            }
        }

        @Override
        public void beforeLink(StoredResource owner, String relationship, List<String> ids, boolean add) {
            requireEditableExperience(state, owner.id());
            release(owner.relatedId("appClip"), ids.isEmpty() ? null : ids.get(0), owner.id());
        }

        @Override
        public void beforeDelete(StoredResource existing) {
            requireEditableExperience(state, existing.id());
        }

        /** Apple deletes an experience's localizations (with their images) and review detail with it. */
        @Override
        public void afterDelete(StoredResource deleted) {
            for (StoredResource localization : state.referencing(LOCALIZATIONS, "appClipDefaultExperience", deleted.id())) {
                state.remove(LOCALIZATIONS, localization.id());
                removeHeaderImage(state, localization.id());
            }
            state.referencing(REVIEW_DETAILS, "appClipDefaultExperience", deleted.id())
                    .forEach(d -> state.remove(REVIEW_DETAILS, d.id()));
        }

        private void release(String clipId, String versionId, String self) {
            String pointer = "/data/relationships/releaseWithAppStoreVersion";
            if (versionId != null) {
                StoredResource clip = state.require("appClips", clipId);
                StoredResource version = state.get("appStoreVersions", versionId).orElseThrow(() ->
                        Errors.invalidRelationship(pointer, "There is no App Store version with the id '" + versionId + "'."));
                if (!Objects.equals(version.relatedId("app"), clip.relatedId("app"))) {
                    throw Errors.invalidRelationship(pointer, "The App Store version belongs to another app than the"
                            + " App Clip.");
                }
                if (!Editability.isEditableVersion(version)) {
                    throw Errors.stateError(pointer, "The App Store version is in the state '"
                            + version.attribute("appVersionState") + "' and can not take an App Clip experience.");
                }
            }
            boolean taken = state.referencing(EXPERIENCES, "appClip", clipId).stream()
                    .filter(e -> !e.id().equals(self))
                    .anyMatch(e -> Objects.equals(e.relatedId("releaseWithAppStoreVersion"), versionId));
            if (taken) {
                throw Errors.stateError(pointer, "The App Clip already has a default experience for this App Store"
                        + " version; change that one.");
            }
        }
    }

    /** The rules of {@code appClipDefaultExperienceLocalizations}. */
    public record Localizations(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            String experience = request.relatedId("appClipDefaultExperience");
            requireEditableExperience(state, experience);
            Object locale = request.attributes().get("locale");
            if (state.referencing(LOCALIZATIONS, "appClipDefaultExperience", experience).stream()
                    .anyMatch(l -> Objects.equals(locale, l.attribute("locale")))) {
                throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                        "The provided entity includes an attribute with a value that has already been used",
                        "The locale '" + locale + "' is already used by another localization of this experience.")
                        .atPointer("/data/attributes/locale"));
            }
            subtitle(request);
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            requireEditableExperience(state, existing.relatedId("appClipDefaultExperience"));
            subtitle(request);
        }

        @Override
        public void beforeDelete(StoredResource existing) {
            requireEditableExperience(state, existing.relatedId("appClipDefaultExperience"));
        }

        @Override
        public void afterDelete(StoredResource deleted) {
            removeHeaderImage(state, deleted.id());
        }

        private static void subtitle(WriteRequest request) {
            tooLong(request.attributes().get("subtitle"), SUBTITLE_LIMIT, "/data/attributes/subtitle");
        }
    }

    /** Refuses the header image's changes while its experience cannot change (the owner of {@link MediaAssetRules}). */
    public static java.util.function.Consumer<String> headerImageOwner(SandboxState state) {
        return localizationId -> requireEditableExperience(state,
                state.require(LOCALIZATIONS, localizationId).relatedId("appClipDefaultExperience"));
    }

    /** The rules of {@code appClipAppStoreReviewDetails}. */
    public record ReviewDetails(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            String experience = request.relatedId("appClipDefaultExperience");
            requireEditableExperience(state, experience);
            if (!state.referencing(REVIEW_DETAILS, "appClipDefaultExperience", experience).isEmpty()) {
                throw Errors.stateError("/data/relationships/appClipDefaultExperience", "The default experience"
                        + " already has a review detail; change it with PATCH /v1/appClipAppStoreReviewDetails/{id}.");
            }
            urls(request);
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            requireEditableExperience(state, existing.relatedId("appClipDefaultExperience"));
            urls(request);
        }

        private static void urls(WriteRequest request) {
            if (request.attributes().get("invocationUrls") instanceof List<?> urls) {
                for (int i = 0; i < urls.size(); i++) {
                    https(urls.get(i), "/data/attributes/invocationUrls/" + i);
                }
            }
        }
    }

    /** The rules of {@code appClipAdvancedExperiences}. */
    public record AdvancedExperiences(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            Object link = request.attributes().get("link");
            https(link, "/data/attributes/link");
            String clip = request.relatedId("appClip");
            if (state.referencing(ADVANCED, "appClip", clip).stream().anyMatch(e -> link.equals(e.attribute("link")))) {
                throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                        "The provided entity includes an attribute with a value that has already been used",
                        "The App Clip already has an advanced experience for the link '" + link + "'.")
                        .atPointer("/data/attributes/link"));
            }
            localizations(request);
        }

        @Override
        public Map<String, Object> serverAttributes(WriteRequest request) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", "RECEIVED");
            out.put("version", 1);
            // [assumed] Apple matches a place with Maps later; the sandbox has no Maps and matches at once.
            out.put("placeStatus", request.attributes().get("place") == null ? null : "MATCHED");
            return out;
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            Object status = existing.attribute("status");
            if (FROZEN_ADVANCED.contains(status)) {
                throw Errors.stateError(null, "The advanced experience is " + status + " and can not be changed.");
            }
            localizations(request);
        }

        @Override
        public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("version", existing.attribute("version") instanceof Number n ? n.intValue() + 1 : 1);
            if (Boolean.TRUE.equals(request.attributes().get("removed"))) {
                out.put("status", "DEACTIVATED");
            }
            if (request.attributes().containsKey("place")) {
                out.put("placeStatus", request.attributes().get("place") == null ? null : "MATCHED");
            }
            return out;
        }

        private static void localizations(WriteRequest request) {
            java.util.Set<Object> languages = new java.util.HashSet<>();
            for (WriteRequest.Inline inline : request.included().values()) {
                Map<String, Object> attributes = inline.request().attributes();
                Object language = attributes.get("language");
                if (language != null && !languages.add(language)) {
                    throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                            "The provided entity includes an attribute with a value that has already been used",
                            "The language '" + language + "' has more than one localization.")
                            .atPointer("/included/language"));
                }
                tooLong(attributes.get("title"), TITLE_LIMIT, "/included/title");
                tooLong(attributes.get("subtitle"), SUBTITLE_LIMIT, "/included/subtitle");
            }
        }
    }

    private static void removeHeaderImage(SandboxState state, String localizationId) {
        for (StoredResource image : state.referencing(HEADER_IMAGES, "appClipDefaultExperienceLocalization", localizationId)) {
            state.remove(HEADER_IMAGES, image.id());
            state.uploads().forget(image.id());
        }
    }

    private static void tooLong(Object text, int limit, String pointer) {
        if (text instanceof String s && s.codePointCount(0, s.length()) > limit) {
            throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG",
                    "An attribute value is too long.", "The value may have at most " + limit + " characters.")
                    .atPointer(pointer));
        }
    }

    private static void https(Object url, String pointer) {
        boolean ok;
        try {
            URI uri = url instanceof String s ? new URI(s) : null;
            ok = uri != null && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            throw Errors.invalidAttribute(pointer, "'" + url + "' is not an https URL.");
        }
    }
}
