package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.Territories;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * In-app events ({@code appEvents}), their localizations and media, as App Store Connect keeps them.
 *
 * <p>Rules, and where they come from:
 * <ul>
 *   <li>Schedules: known territories, an end after the start, an event of 15 minutes to 31 days, a publish start no
 *   later than the event start and at most 14 days before it (App Store Connect Help, "Create an in-app event";
 *   the same limits asc's in-app event guide states). Refused with 409 {@code ENTITY_ERROR.ATTRIBUTE.INVALID}.</li>
 *   <li>States: a new event is DRAFT; it becomes READY_FOR_REVIEW by itself once it has what App Review needs (a
 *   badge, a purpose, a schedule, the primary locale's name and descriptions, and a card and a details image or video
 *   for that locale), and falls back to DRAFT when it loses any of that. A review submission item moves it on
 *   ({@link #submitted}). [assumed: Apple's spec lists the states without saying when they change; App Store Connect
 *   shows an event "Ready for Review" once its required fields are filled.]</li>
 *   <li>Edits by state: DRAFT, READY_FOR_REVIEW and REJECTED events change freely; one waiting for or in review
 *   changes not at all; an ACCEPTED, APPROVED or PUBLISHED event only moves its schedules' {@code eventEnd} (App
 *   Store Connect lets a live event end earlier or later; everything else of a published event needs a new event);
 *   a PAST or ARCHIVED one changes not at all. The same holds for its localizations and media. [assumed from App
 *   Store Connect Help, "Manage in-app events"; not in Apple's spec]</li>
 *   <li>Deleting: refused while the event waits for or is in review; deleting an event deletes its localizations and
 *   media.</li>
 * </ul>
 */
public record AppEventRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "appEvents";
    static final String LOCALIZATIONS = "appEventLocalizations";
    static final String SCREENSHOTS = "appEventScreenshots";
    static final String VIDEO_CLIPS = "appEventVideoClips";
    /** States whose events change freely. */
    static final Set<String> EDITABLE = Set.of("DRAFT", "READY_FOR_REVIEW", "REJECTED");
    /** States whose events only move their schedules' end. */
    static final Set<String> LIVE = Set.of("ACCEPTED", "APPROVED", "PUBLISHED");
    static final Set<String> IN_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");
    private static final Duration SHORTEST = Duration.ofMinutes(15);
    private static final Duration LONGEST = Duration.ofDays(31);
    private static final Duration EARLIEST_PUBLISH = Duration.ofDays(14);

    @Override
    public void beforeCreate(WriteRequest request) {
        checkSchedules(request.attributes().get("territorySchedules"));
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eventState", "DRAFT");
        out.put("archivedTerritorySchedules", List.of());
        return out;
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        Object eventState = existing.attribute("eventState");
        if (LIVE.contains(eventState)) {
            for (String name : request.attributes().keySet()) {
                if (!name.equals("territorySchedules")) {
                    throw Errors.stateError("/data/attributes/" + name, "The in-app event is " + eventState
                            + "; only the end of its schedules can change. Create a new event for other changes.");
                }
            }
            if (!withoutEnds(existing.attribute("territorySchedules")).equals(
                    withoutEnds(request.attributes().get("territorySchedules")))) {
                throw Errors.stateError("/data/attributes/territorySchedules", "The in-app event is " + eventState
                        + "; only the eventEnd of its schedules can change.");
            }
        } else if (!EDITABLE.contains(eventState)) {
            throw Errors.stateError(null, "The in-app event is " + eventState + " and cannot be changed.");
        }
        if (request.attributes().containsKey("territorySchedules")) {
            checkSchedules(request.attributes().get("territorySchedules"));
        }
    }

    @Override
    public void afterCreate(StoredResource created) {
        refresh(state, created.id());
    }

    @Override
    public void afterUpdate(StoredResource updated) {
        refresh(state, updated.id());
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if (IN_REVIEW.contains(existing.attribute("eventState"))) {
            throw Errors.deleteRefused("The in-app event is " + existing.attribute("eventState")
                    + " and cannot be deleted; remove it from review first.");
        }
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        for (StoredResource localization : state.referencing(LOCALIZATIONS, "appEvent", deleted.id())) {
            removeLocalization(state, localization);
        }
    }

    /** A review submission item names the event: it must be ready, and in no other open submission. */
    static void checkReviewItem(SandboxState state, StoredResource submission, String eventId) {
        StoredResource event = state.require(TYPE, eventId);
        if (!event.relatedId("app").equals(submission.relatedId("app"))) {
            throw Errors.invalidRelationship("/data/relationships/appEvent",
                    "The appEvent does not belong to the submission's app.");
        }
        if (!"READY_FOR_REVIEW".equals(event.attribute("eventState"))) {
            throw Errors.stateError("/data/relationships/appEvent", "The in-app event is "
                    + event.attribute("eventState") + " and cannot be added for review; " + missing(state, event));
        }
    }

    /** The submission was submitted (WAITING_FOR_REVIEW) or canceled (back to READY_FOR_REVIEW). */
    static void submitted(SandboxState state, String eventId, boolean submitted) {
        state.get(TYPE, eventId).ifPresent(event -> state.patchAttributes(TYPE, eventId, Map.of("eventState",
                submitted ? "WAITING_FOR_REVIEW" : "READY_FOR_REVIEW")));
        if (!submitted) {
            refresh(state, eventId);
        }
    }

    /** DRAFT or READY_FOR_REVIEW, as the event's content now is; other states are left as they are. */
    static void refresh(SandboxState state, String eventId) {
        StoredResource event = state.get(TYPE, eventId).orElse(null);
        if (event == null || !Set.of("DRAFT", "READY_FOR_REVIEW").contains(event.attribute("eventState"))) {
            return;
        }
        String wanted = missing(state, event).isEmpty() ? "READY_FOR_REVIEW" : "DRAFT";
        if (!wanted.equals(event.attribute("eventState"))) {
            state.patchAttributes(TYPE, eventId, Map.of("eventState", wanted));
        }
    }

    /** What App Review needs that the event lacks, or "" when nothing. */
    static String missing(SandboxState state, StoredResource event) {
        List<String> out = new ArrayList<>();
        for (String attribute : List.of("badge", "purpose", "primaryLocale")) {
            if (event.attribute(attribute) == null) {
                out.add(attribute);
            }
        }
        if (!(event.attribute("territorySchedules") instanceof List<?> l) || l.isEmpty()) {
            out.add("territorySchedules");
        }
        Object primary = event.attribute("primaryLocale");
        StoredResource localization = state.referencing(LOCALIZATIONS, "appEvent", event.id()).stream()
                .filter(l -> Objects.equals(l.attribute("locale"), primary)).findFirst().orElse(null);
        if (primary != null && localization == null) {
            out.add("a localization for " + primary);
        } else if (localization != null) {
            for (String attribute : List.of("name", "shortDescription", "longDescription")) {
                if (localization.attribute(attribute) == null || localization.attribute(attribute).toString().isBlank()) {
                    out.add(primary + " " + attribute);
                }
            }
            for (String assetType : List.of("EVENT_CARD", "EVENT_DETAILS_PAGE")) {
                boolean has = List.of(SCREENSHOTS, VIDEO_CLIPS).stream()
                        .flatMap(t -> state.referencing(t, "appEventLocalization", localization.id()).stream())
                        .anyMatch(m -> assetType.equals(m.attribute("appEventAssetType")));
                if (!has) {
                    out.add(primary + " " + assetType + " image or video");
                }
            }
        }
        return out.isEmpty() ? "" : "missing: " + String.join(", ", out);
    }

    /** Refuses schedules App Store Connect refuses (see the class comment). */
    static void checkSchedules(Object value) {
        if (!(value instanceof List<?> schedules)) {
            return;
        }
        for (int i = 0; i < schedules.size(); i++) {
            String at = "/data/attributes/territorySchedules/" + i;
            if (!(schedules.get(i) instanceof Map<?, ?> schedule)) {
                throw Errors.invalidAttribute(at, "A territory schedule is an object.");
            }
            if (schedule.get("territories") instanceof List<?> territories) {
                for (Object territory : territories) {
                    if (!(territory instanceof String code) || !Territories.isKnown(code)) {
                        throw Errors.invalidAttribute(at + "/territories", "'" + territory
                                + "' is not a territory code.");
                    }
                }
            } else {
                throw Errors.invalidAttribute(at + "/territories", "A territory schedule names its territories.");
            }
            OffsetDateTime publish = time(schedule.get("publishStart"), at + "/publishStart");
            OffsetDateTime start = time(schedule.get("eventStart"), at + "/eventStart");
            OffsetDateTime end = time(schedule.get("eventEnd"), at + "/eventEnd");
            if (!end.isAfter(start)) {
                throw Errors.invalidAttribute(at + "/eventEnd", "The event ends before it starts.");
            }
            Duration length = Duration.between(start, end);
            if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
                throw Errors.invalidAttribute(at + "/eventEnd", "An in-app event lasts from 15 minutes to 31 days.");
            }
            if (publish.isAfter(start) || Duration.between(publish, start).compareTo(EARLIEST_PUBLISH) > 0) {
                throw Errors.invalidAttribute(at + "/publishStart",
                        "An in-app event is published at most 14 days before it starts, and no later than its start.");
            }
        }
    }

    private static OffsetDateTime time(Object value, String at) {
        if (!(value instanceof String text)) {
            throw Errors.invalidAttribute(at, "A territory schedule needs publishStart, eventStart and eventEnd.");
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw Errors.invalidAttribute(at, "'" + text + "' is not a date-time.");
        }
    }

    /** The schedules with their end left out, to compare what a live event may not change. */
    private static List<Object> withoutEnds(Object schedules) {
        List<Object> out = new ArrayList<>();
        if (schedules instanceof List<?> list) {
            for (Object s : list) {
                if (s instanceof Map<?, ?> m) {
                    Map<Object, Object> copy = new LinkedHashMap<>(m);
                    copy.remove("eventEnd");
                    copy.computeIfPresent("publishStart", (k, v) -> instant(v));
                    copy.computeIfPresent("eventStart", (k, v) -> instant(v));
                    out.add(copy);
                }
            }
        }
        return out;
    }

    private static Object instant(Object text) {
        try {
            return OffsetDateTime.parse(String.valueOf(text)).toInstant();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** Refuses a change of an event's localization or media unless the event is editable. */
    static void requireEditable(SandboxState state, String eventId) {
        StoredResource event = state.require(TYPE, eventId);
        if (!EDITABLE.contains(event.attribute("eventState"))) {
            throw Errors.stateError(null, "The in-app event is " + event.attribute("eventState")
                    + "; its localizations and media cannot be changed.");
        }
    }

    private static void removeLocalization(SandboxState state, StoredResource localization) {
        for (String type : List.of(SCREENSHOTS, VIDEO_CLIPS)) {
            for (StoredResource asset : state.referencing(type, "appEventLocalization", localization.id())) {
                state.remove(type, asset.id());
                state.uploads().forget(asset.id());
            }
        }
        state.remove(LOCALIZATIONS, localization.id());
    }

    /** An event's localizations: one per locale, changed only while the event is editable. */
    public record Localizations(SandboxState state) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            String eventId = request.relatedId("appEvent");
            requireEditable(state, eventId);
            Object locale = request.attributes().get("locale");
            if (state.referencing(LOCALIZATIONS, "appEvent", eventId).stream()
                    .anyMatch(l -> Objects.equals(locale, l.attribute("locale")))) {
                throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                        "The provided entity includes an attribute with a value that has already been used",
                        "The locale '" + locale + "' is already used by another localization of this appEvent.")
                        .atPointer("/data/attributes/locale"));
            }
        }

        @Override
        public void afterCreate(StoredResource created) {
            refresh(state, created.relatedId("appEvent"));
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            requireEditable(state, existing.relatedId("appEvent"));
        }

        @Override
        public void afterUpdate(StoredResource updated) {
            refresh(state, updated.relatedId("appEvent"));
        }

        @Override
        public void beforeDelete(StoredResource existing) {
            requireEditable(state, existing.relatedId("appEvent"));
        }

        @Override
        public void afterDelete(StoredResource deleted) {
            removeLocalization(state, deleted);
            refresh(state, deleted.relatedId("appEvent"));
        }
    }

    /**
     * An event localization's images ({@code appEventScreenshots}) or videos ({@code appEventVideoClips}): the upload
     * flow of screenshots ({@link MediaAssetRules}) on the localization, one of each {@code appEventAssetType} per
     * localization and kind (an event shows one card and one details page per locale).
     */
    public static ResourceRules media(SandboxState state, String baseUri, String type, String stateAttribute) {
        MediaAssetRules upload = new MediaAssetRules(state, localizationId -> requireEditable(state,
                state.require(LOCALIZATIONS, localizationId).relatedId("appEvent")), baseUri, type,
                "appEventLocalization", stateAttribute, 2);
        return new ResourceRules() {
            @Override
            public void beforeCreate(WriteRequest request) {
                Object assetType = request.attributes().get("appEventAssetType");
                String localization = request.relatedId("appEventLocalization");
                if (state.referencing(type, "appEventLocalization", localization).stream()
                        .anyMatch(a -> Objects.equals(assetType, a.attribute("appEventAssetType")))) {
                    throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                            "The provided entity includes an attribute with a value that has already been used",
                            "This localization already has a " + type + " of appEventAssetType '" + assetType
                                    + "'; delete it first.").atPointer("/data/attributes/appEventAssetType"));
                }
                upload.beforeCreate(request);
            }

            @Override
            public Map<String, Object> serverAttributes(WriteRequest request) {
                return upload.serverAttributes(request);
            }

            @Override
            public void afterCreate(StoredResource created) {
                upload.afterCreate(created);
                refresh(state, eventOf(created));
            }

            @Override
            public void beforeUpdate(StoredResource existing, WriteRequest request) {
                upload.beforeUpdate(existing, request);
            }

            @Override
            public void afterUpdate(StoredResource updated) {
                upload.afterUpdate(updated);
            }

            @Override
            public void beforeDelete(StoredResource existing) {
                upload.beforeDelete(existing);
            }

            @Override
            public void afterDelete(StoredResource deleted) {
                upload.afterDelete(deleted);
                refresh(state, eventOf(deleted));
            }

            private String eventOf(StoredResource asset) {
                return state.get(LOCALIZATIONS, asset.relatedId("appEventLocalization"))
                        .map(l -> l.relatedId("appEvent")).orElse(null);
            }
        };
    }
}
