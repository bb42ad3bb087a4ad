package dev.ascctl.resource.kinds.events;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the event kinds read, in the fewest requests Apple's spec allows: the app's events in one list
 * ({@code GET /v1/apps/{id}/appEvents}, up to 200), and per event the YAML declares (every event, for import) its
 * localizations with their images and videos included ({@code GET /v1/appEvents/{id}/localizations?include=
 * appEventScreenshots,appEventVideoClips}). The list cannot include the media (its only include is
 * {@code localizations}), so 1 + N requests for N events is the floor.
 */
final class EventReads {
    /** Event states in which App Store Connect takes no edits at all. */
    static final Set<String> FROZEN = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW", "PAST", "ARCHIVED");
    /** Event states of an event on (or accepted for) the App Store: only its schedules' end may move. */
    static final Set<String> LIVE = Set.of("ACCEPTED", "APPROVED", "PUBLISHED");
    static final String SEGMENT = "event";

    private EventReads() {
    }

    static ApiQuery list(String appId) {
        return ResourceEndpoint.of("appEvents").listUnder("apps", appId);
    }

    static ApiQuery localizations(String eventId) {
        return ApiQuery.of("/v1/appEvents/" + eventId + "/localizations").include("appEventScreenshots",
                "appEventVideoClips").limit(200).limit("appEventScreenshots", 50).limit("appEventVideoClips", 50);
    }

    /** The events' list, then the localizations of the declared events that exist (all of them when spec is null). */
    static void read(LiveApp app, AppSpec spec, Reads reads) {
        Document events = reads.get(list(app.app().id()));
        Set<String> declared = spec == null ? null : EventSpec.of(spec).stream().map(EventSpec::referenceName)
                .collect(Collectors.toSet());
        reads.getAll(events.data().stream().filter(e -> declared == null || declared.contains(name(e)))
                .map(e -> localizations(e.id())).toList());
    }

    /** The app's live events, as read. */
    static List<Resource> events(LiveApp app) {
        return app.read(list(app.app().id())).map(Document::data).orElse(List.of());
    }

    static Optional<Resource> event(LiveApp app, String referenceName) {
        return events(app).stream().filter(e -> referenceName.equals(name(e))).findFirst();
    }

    static String name(Resource event) {
        return LiveApp.text(event, "referenceName");
    }

    static String state(Resource event) {
        return LiveApp.text(event, "eventState");
    }

    /** An event's localizations with their media, when they were read. */
    static Optional<Document> localizationsRead(LiveApp app, Resource event) {
        return app.read(localizations(event.id()));
    }

    static List<Resource> localizations(LiveApp app, Resource event) {
        return localizationsRead(app, event).map(Document::data).orElse(List.of());
    }

    /** The images and videos of one localization of an event. */
    static List<Resource> media(LiveApp app, Resource event, Resource localization) {
        Optional<Document> read = localizationsRead(app, event);
        List<Resource> out = new java.util.ArrayList<>(LiveApp.included(read, localization, "appEventScreenshots"));
        out.addAll(LiveApp.included(read, localization, "appEventVideoClips"));
        return out;
    }

    /** Why the event's text and media cannot change now, or null. */
    static String blockedReason(Resource event) {
        String state = state(event);
        if (FROZEN.contains(state)) {
            return "the in-app event is " + state + "; App Store Connect takes no edits to it now";
        }
        if (LIVE.contains(state)) {
            return "the in-app event is " + state + "; only its schedules' end can change (App Store Connect);"
                    + " create a new event for other changes";
        }
        return null;
    }

    static NamedKey<AppKey> key(String bundleId, String referenceName) {
        return new NamedKey<>(new AppKey(bundleId), SEGMENT, referenceName);
    }

    /** The live event's id, or the placeholder of the one this apply creates. */
    static String idOf(NamedKey<AppKey> key, LiveApp app) {
        return event(app, key.name()).map(Resource::id).orElse(dev.ascctl.resource.IdReference.token(key.address()));
    }

    /**
     * The file name import gives an event: its reference name where that is a plain file name, else the name with
     * every character a file name cannot hold as '-' (the YAML then says referenceName).
     */
    static String fileName(String referenceName) {
        String plain = referenceName.replaceAll("[/\\\\:.\\x00-\\x1f\\x7f]", "-").strip();
        return plain.isEmpty() ? "event" : plain;
    }

    /** The store path of an event's file, for import and ignore rules. */
    static String storePath(String label, String fileName) {
        return "apps." + label + "." + EventSpec.FOLDER + "." + fileName;
    }
}
