package dev.ascctl.resource.kinds.events;

import dev.ascctl.store.AppSpec;
import dev.ascctl.store.AscLocales;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.FileChecksum;
import dev.ascctl.store.ImageHeaders;
import dev.ascctl.store.Mark;
import dev.ascctl.store.MediaFile;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.TerritoryCodes;
import dev.ascctl.store.TextLimits;
import dev.ascctl.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One in-app event as {@code apps/<app>/events/<reference name>.yaml} writes it, its media beside it by locale:
 * <pre>
 * # apps/notes/events/Spring Sale.yaml   (the file name is Apple's referenceName unless referenceName: says otherwise)
 * badge: SPECIAL_EVENT
 * deepLink: https://example.com/spring
 * purchaseRequirement: NO_COST_ASSOCIATED
 * primaryLocale: en-US
 * priority: HIGH
 * purpose: ATTRACT_NEW_USERS
 * territorySchedules:                    # one schedule shared by the territories it names ("all": every one)
 *   - territories: all
 *     publishStart: 2027-03-01T09:00:00Z
 *     eventStart: 2027-03-08T09:00:00Z
 *     eventEnd: 2027-03-15T09:00:00Z
 * localizations:
 *   en-US: {name: Spring Sale, shortDescription: Half off all week, longDescription: Everything half off.}
 * submitForReview: true                  # optional: go to App Review alone when the version is not submitted
 * # apps/notes/events/Spring Sale/en-US/card.png, details.png (or card.mp4, details.mov): the locale's media
 * </pre>
 *
 * @param referenceName Apple's natural key of the event
 * @param input         the file as written
 */
record EventSpec(String referenceName, SectionInput input) {
    /** The store's own folder of events ({@code StoreSection.ownFolder}). */
    static final String KEY = "events";
    static final String FOLDER = "events";
    /** The event attributes the YAML writes as Apple names them (the schedules apart). */
    static final List<String> PLAIN = List.of("badge", "deepLink", "purchaseRequirement", "primaryLocale", "priority",
            "purpose");
    static final String SCHEDULES = "territorySchedules";
    static final String SUBMIT = "submitForReview";
    /**
     * The localized text and Apple's limits: App Store Connect Help, "In-app event metadata" (event name 30, short
     * description 50, long description 120 characters); the spec declares no maxLength.
     */
    static final Map<String, Integer> TEXT = textLimits();
    /** Apple's media slots of an event localization, by file name stem. */
    enum Slot {
        CARD("card", "EVENT_CARD", false), DETAILS("details", "EVENT_DETAILS_PAGE", false),
        CARD_VIDEO("card", "EVENT_CARD", true), DETAILS_VIDEO("details", "EVENT_DETAILS_PAGE", true);

        final String stem;
        final String assetType;
        final boolean video;

        Slot(String stem, String assetType, boolean video) {
            this.stem = stem;
            this.assetType = assetType;
            this.video = video;
        }

        /** The slot's address segment: card, details, cardVideo, detailsVideo. */
        String segment() {
            return video ? stem + "Video" : stem;
        }
    }

    static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg");
    static final List<String> VIDEO_EXTENSIONS = List.of("mov", "m4v", "mp4");
    /**
     * Apple's in-app event media sizes: App Store Connect Help, "In-App Event media and audio specifications" (card
     * 16:9, 1920x1080 to 3840x2160; details page 9:16, 1080x1920 to 2160x3840; images .jpg/.jpeg/.png, videos
     * .mov/.m4v/.mp4, 30 or 60 fps; at most 500 MB each).
     */
    static final long MAX_BYTES = 500L * 1000 * 1000;
    private static final Duration SHORTEST = Duration.ofMinutes(15);
    private static final Duration LONGEST = Duration.ofDays(31);
    private static final Duration EARLIEST_PUBLISH = Duration.ofDays(14);

    private static Map<String, Integer> textLimits() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("name", 30);
        out.put("shortDescription", 50);
        out.put("longDescription", 120);
        return out;
    }

    /** The events the app declares, by reference name. */
    static List<EventSpec> of(AppSpec app) {
        List<EventSpec> out = new ArrayList<>();
        app.sectionFiles(KEY).forEach((name, input) -> out.add(new EventSpec(referenceName(input), input)));
        return out;
    }

    /** Whether the app has an events/ folder (pruning applies only then). */
    static boolean managed(AppSpec app) {
        return app.sections().hasFolder(KEY);
    }

    static String referenceName(SectionInput input) {
        return input.value().path("referenceName").asString(input.name());
    }

    JsonNode value() {
        return input.value();
    }

    Mark mark() {
        return input.mark("");
    }

    /** The plain attributes the YAML writes. */
    Map<String, JsonNode> attributes() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String name : PLAIN) {
            if (value().has(name)) {
                out.put(name, value().get(name));
            }
        }
        return out;
    }

    /** The schedules, when written. */
    Optional<JsonNode> schedules() {
        return Optional.ofNullable(value().get(SCHEDULES)).filter(JsonNode::isArray);
    }

    /** {@code submitForReview}, or null when not written. */
    Boolean submitForReview() {
        JsonNode v = value().get(SUBMIT);
        return v != null && v.isBoolean() ? v.asBoolean() : null;
    }

    /** Locale → its text as written, with marks. */
    SortedMap<String, Attributes> localizations() {
        SortedMap<String, Attributes> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : value().path("localizations").properties()) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            Map<String, Mark> marks = new LinkedHashMap<>();
            String at = SectionInput.child("/localizations", e.getKey());
            for (Map.Entry<String, JsonNode> text : e.getValue().properties()) {
                values.put(text.getKey(), text.getValue());
                marks.put(text.getKey(), input.keyMark(SectionInput.child(at, text.getKey())));
            }
            out.put(e.getKey(), new Attributes(values, marks, java.util.Set.of()));
        }
        return out;
    }

    /** The folder of the event's media: {@code events/<file name>/}. */
    Path mediaFolder() {
        return mediaFolder(input);
    }

    private static Path mediaFolder(SectionInput input) {
        return input.file().resolveSibling(input.name());
    }

    /** The media file of a locale's slot, if there is one. */
    Optional<Path> media(String locale, Slot slot) {
        return media(mediaFolder().resolve(locale), slot);
    }

    private static Optional<Path> media(Path localeFolder, Slot slot) {
        for (String ext : slot.video ? VIDEO_EXTENSIONS : IMAGE_EXTENSIONS) {
            Path file = localeFolder.resolve(slot.stem + "." + ext);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The locales that have a media folder, sorted. */
    List<String> mediaLocales() {
        if (!Files.isDirectory(mediaFolder())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(mediaFolder())) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A media file as the plan names it: its path from the store folder, size and MD5. */
    static MediaFile mediaFile(AppSpec app, Path file) {
        try {
            Path storeRoot = app.dir().getParent().getParent();
            return new MediaFile(file.getFileName().toString(), storeRoot.relativize(file), Files.size(file),
                    FileChecksum.md5(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    // ---- validate: what the schema cannot say --------------------------------------------------------------

    /** Locales, text limits, schedules, territories and the media's names, formats and sizes, where written. */
    static List<Problem> problems(SectionInput input) {
        List<Problem> out = new ArrayList<>();
        JsonNode value = input.value();
        JsonNode localizations = value.path("localizations");
        for (Map.Entry<String, JsonNode> e : localizations.properties()) {
            String at = SectionInput.child("/localizations", e.getKey());
            if (!AscLocales.isKnown(e.getKey())) {
                out.add(new Problem(input.keyMark(at), "'" + e.getKey() + "' is not a locale App Store Connect accepts"
                        + AscLocales.closest(e.getKey()).map(c -> " (did you mean " + c + "?)").orElse("")));
                continue;
            }
            for (Map.Entry<String, Integer> limit : TEXT.entrySet()) {
                JsonNode text = e.getValue().path(limit.getKey());
                if (text.isString() && TextLimits.length(text.asString()) > limit.getValue()) {
                    out.add(input.problemAt(SectionInput.child(at, limit.getKey()), limit.getKey() + " is "
                            + TextLimits.length(text.asString()) + " characters; Apple allows at most "
                            + limit.getValue()));
                }
            }
        }
        JsonNode primary = value.path("primaryLocale");
        if (primary.isString() && localizations.isObject() && !localizations.has(primary.asString())) {
            out.add(input.problemAt("/primaryLocale", "primaryLocale " + primary.asString()
                    + " has no localization; add localizations: {" + primary.asString() + ": {name: ...}}"));
        }
        JsonNode schedules = value.path(SCHEDULES);
        for (int i = 0; i < schedules.size(); i++) {
            out.addAll(scheduleProblems(input, "/" + SCHEDULES + "/" + i, schedules.get(i)));
        }
        if (input.name() != null) {
            out.addAll(mediaProblems(input, localizations));
        }
        return out;
    }

    private static List<Problem> scheduleProblems(SectionInput input, String at, JsonNode schedule) {
        List<Problem> out = new ArrayList<>();
        JsonNode territories = schedule.path("territories");
        if (territories.isString() && !territories.asString().equals("all")) {
            out.add(input.problemAt(at + "/territories", "territories is a list of territory codes, or all"));
        }
        for (int i = 0; i < territories.size(); i++) {
            String code = territories.get(i).asString("");
            if (!TerritoryCodes.isKnown(code)) {
                out.add(input.problemAt(at + "/territories/" + i, "territory '" + code
                        + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, JPN)"));
            }
        }
        OffsetDateTime publish = time(input, at + "/publishStart", schedule.path("publishStart"), out);
        OffsetDateTime start = time(input, at + "/eventStart", schedule.path("eventStart"), out);
        OffsetDateTime end = time(input, at + "/eventEnd", schedule.path("eventEnd"), out);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                out.add(input.problemAt(at + "/eventEnd", "the event ends (" + end + ") before it starts (" + start
                        + ")"));
            } else if (Duration.between(start, end).compareTo(SHORTEST) < 0
                    || Duration.between(start, end).compareTo(LONGEST) > 0) {
                // App Store Connect Help, "Create an in-app event": an event lasts 15 minutes to 31 days.
                out.add(input.problemAt(at + "/eventEnd", "an in-app event lasts from 15 minutes to 31 days; this"
                        + " one lasts " + Duration.between(start, end).toString().substring(2).toLowerCase(Locale.ROOT)));
            }
        }
        if (publish != null && start != null && (publish.isAfter(start)
                || Duration.between(publish, start).compareTo(EARLIEST_PUBLISH) > 0)) {
            // App Store Connect Help, "Create an in-app event": promoted up to 14 days before it starts.
            out.add(input.problemAt(at + "/publishStart", "an in-app event is published at most 14 days before it"
                    + " starts and no later than its start (eventStart " + start + ")"));
        }
        return out;
    }

    private static OffsetDateTime time(SectionInput input, String at, JsonNode value, List<Problem> out) {
        if (!value.isString()) {
            return null; // missing or not text: the schema says so
        }
        try {
            return OffsetDateTime.parse(value.asString());
        } catch (DateTimeParseException e) {
            out.add(input.problemAt(at, "'" + value.asString() + "' is not a date-time with a time zone, e.g."
                    + " 2027-03-08T09:00:00Z"));
            return null;
        }
    }

    /** The files beside the event: known locales with a localization, known names, Apple's sizes. */
    private static List<Problem> mediaProblems(SectionInput input, JsonNode localizations) {
        Path folder = mediaFolder(input);
        List<Problem> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> locales = Files.list(folder)) {
            for (Path localeFolder : locales.sorted().toList()) {
                String locale = localeFolder.getFileName().toString();
                if (locale.startsWith(".")) {
                    continue;
                }
                if (!Files.isDirectory(localeFolder)) {
                    out.add(new Problem(Mark.startOf(localeFolder), "an event's media are in a folder per locale:"
                            + " events/" + input.name() + "/<locale>/card.png and details.png"));
                } else if (!localizations.has(locale)) {
                    out.add(new Problem(Mark.startOf(localeFolder), "media for " + locale + ", which the event has no"
                            + " localization for; add localizations: {" + locale + ": {...}} to "
                            + input.file().getFileName()));
                } else {
                    out.addAll(localeMediaProblems(localeFolder));
                }
            }
        } catch (IOException e) {
            out.add(new Problem(Mark.startOf(folder), "cannot list the event's media: " + e.getMessage()));
        }
        return out;
    }

    private static List<Problem> localeMediaProblems(Path localeFolder) throws IOException {
        List<Problem> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(localeFolder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                int dot = name.lastIndexOf('.');
                String stem = dot < 0 ? name : name.substring(0, dot);
                String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                boolean image = IMAGE_EXTENSIONS.contains(ext);
                if (!(stem.equals("card") || stem.equals("details")) || !(image || VIDEO_EXTENSIONS.contains(ext))) {
                    out.add(new Problem(Mark.startOf(file), "'" + name + "' is not an event medium: name the files"
                            + " card or details, as .png, .jpg or .jpeg images or .mov, .m4v or .mp4 videos"));
                    continue;
                }
                if (Files.size(file) > MAX_BYTES) {
                    out.add(new Problem(Mark.startOf(file), name + " is larger than the 500 MB Apple accepts"));
                }
                if (image) {
                    imageProblem(file, stem.equals("card")).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** A card is 16:9 from 1920x1080 to 3840x2160; a details page 9:16 from 1080x1920 to 2160x3840. */
    private static Optional<Problem> imageProblem(Path file, boolean card) throws IOException {
        Optional<ImageHeaders.Dimensions> size = ImageHeaders.read(file);
        if (size.isEmpty()) {
            return Optional.of(new Problem(Mark.startOf(file), file.getFileName() + " is not a PNG or JPEG image"));
        }
        int w = card ? size.get().width() : size.get().height();
        int h = card ? size.get().height() : size.get().width();
        if (w * 9L != h * 16L || w < 1920 || w > 3840) {
            return Optional.of(new Problem(Mark.startOf(file), file.getFileName() + " is " + size.get() + "; an event "
                    + (card ? "card is 16:9, from 1920x1080 to 3840x2160" : "details page is 9:16, from 1080x1920 to"
                    + " 2160x3840") + " pixels (Apple's in-app event media specifications)"));
        }
        return Optional.empty();
    }

    // ---- the plan's view of the schedules -------------------------------------------------------------------

    /**
     * Schedules as one comparable text: each schedule's territories ("all" for every code of Apple's, else the codes
     * sorted) and its three times as instants, schedules sorted; "none" for none.
     */
    static String describe(JsonNode schedules) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : schedules) {
            TreeSet<String> codes = new TreeSet<>();
            if (s.path("territories").isString()) {
                codes.addAll(TerritoryCodes.all());
            } else {
                s.path("territories").forEach(t -> codes.add(t.asString()));
            }
            String territories = codes.containsAll(TerritoryCodes.all()) ? "all" : String.join(", ", codes);
            out.add(territories + ": publish " + instant(s.path("publishStart")) + ", start "
                    + instant(s.path("eventStart")) + ", end " + instant(s.path("eventEnd")));
        }
        return out.isEmpty() ? "none" : out.stream().sorted().collect(Collectors.joining("; "));
    }

    /** The instant in one form, whatever form Apple answers it in ({@code Z}, {@code +0000}, milliseconds). */
    private static String instant(JsonNode value) {
        return dev.ascctl.asc.AppleDates.instant(value.asString("")).map(Object::toString).orElse(value.asString(""));
    }

    /** The schedules as Apple's request takes them: "all" as every territory code. */
    static ArrayNode forApple(JsonNode schedules) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode s : schedules) {
            ObjectNode one = out.addObject();
            ArrayNode territories = one.putArray("territories");
            if (s.path("territories").isString()) {
                TerritoryCodes.all().stream().sorted().forEach(territories::add);
            } else {
                s.path("territories").forEach(t -> territories.add(t.asString()));
            }
            for (String time : List.of("publishStart", "eventStart", "eventEnd")) {
                one.put(time, instant(s.path(time)));
            }
        }
        return out;
    }

    /** The schedules as import writes them: "all" where a schedule names every territory. */
    static ArrayNode exported(JsonNode live) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode s : live) {
            ObjectNode one = out.addObject();
            TreeSet<String> codes = new TreeSet<>();
            s.path("territories").forEach(t -> codes.add(t.asString()));
            if (codes.containsAll(TerritoryCodes.all())) {
                one.put("territories", "all");
            } else {
                ArrayNode list = one.putArray("territories");
                codes.forEach(list::add);
            }
            for (String time : List.of("publishStart", "eventStart", "eventEnd")) {
                one.put(time, instant(s.path(time)));
            }
        }
        return out;
    }

    // ---- schema ---------------------------------------------------------------------------------------------

    static final JsonNode SCHEMA = schema();

    private static JsonNode schema() {
        Vocabulary.ResourceType events = Vocabulary.get().type("appEvents");
        ObjectNode schema = (ObjectNode) JsonMapper.builder().build().readTree("""
                {"description": "One in-app event (Apple's appEvents): the file name is its referenceName. Its media are\
                 beside it: events/<file name>/<locale>/card.png and details.png (or .jpg; .mov, .m4v or .mp4 for\
                 videos).",
                 "examples": [{"badge": "SPECIAL_EVENT", "purpose": "ATTRACT_NEW_USERS", "primaryLocale": "en-US",
                   "territorySchedules": [{"territories": "all", "publishStart": "2027-03-01T09:00:00Z",
                     "eventStart": "2027-03-08T09:00:00Z", "eventEnd": "2027-03-15T09:00:00Z"}],
                   "localizations": {"en-US": {"name": "Spring Sale", "shortDescription": "Half off all week",
                     "longDescription": "Everything is half off for a week."}}}],
                 "type": "object", "additionalProperties": false,
                 "properties": {
                   "referenceName": {"description": "Apple's reference name, when it cannot be the file name.",
                     "examples": ["Spring Sale 2.0"], "type": "string", "minLength": 1, "maxLength": 64},
                   "badge": {"description": "The event's badge.", "examples": ["SPECIAL_EVENT"], "type": "string"},
                   "deepLink": {"description": "Where the event opens in the app.",
                     "examples": ["https://example.com/spring"], "type": ["string", "null"], "format": "uri"},
                   "purchaseRequirement": {"description": "What a customer must buy to take part, as App Store Connect\
                 names it.", "examples": ["NO_COST_ASSOCIATED"], "type": ["string", "null"]},
                   "primaryLocale": {"description": "The locale shown where the customer's is missing.",
                     "examples": ["en-US"], "type": "string"},
                   "priority": {"description": "HIGH or NORMAL.", "examples": ["NORMAL"], "type": "string"},
                   "purpose": {"description": "Who the event is for.", "examples": ["ATTRACT_NEW_USERS"],
                     "type": "string"},
                   "territorySchedules": {"description": "When the event is promoted, starts and ends, per group of\
                 territories (all: every territory).", "type": "array", "minItems": 1, "items": {"type": "object",
                     "additionalProperties": false, "required": ["territories", "publishStart", "eventStart", "eventEnd"],
                     "properties": {
                       "territories": {"description": "all, or territory codes.", "examples": ["all", ["USA", "GBR"]],
                         "type": ["string", "array"], "items": {"type": "string"}, "uniqueItems": true},
                       "publishStart": {"description": "When the App Store starts showing it (at most 14 days early).",
                         "examples": ["2027-03-01T09:00:00Z"], "type": "string"},
                       "eventStart": {"description": "When it starts.", "examples": ["2027-03-08T09:00:00Z"],
                         "type": "string"},
                       "eventEnd": {"description": "When it ends (15 minutes to 31 days after the start).",
                         "examples": ["2027-03-15T09:00:00Z"], "type": "string"}}}},
                   "localizations": {"description": "The event's text by locale.", "type": "object",
                     "additionalProperties": {"type": "object", "additionalProperties": false, "properties": {
                       "name": {"description": "At most 30 characters.", "examples": ["Spring Sale"],
                         "type": ["string", "null"]},
                       "shortDescription": {"description": "At most 50 characters.", "examples": ["Half off"],
                         "type": ["string", "null"]},
                       "longDescription": {"description": "At most 120 characters.",
                         "examples": ["Everything half off."], "type": ["string", "null"]}}}},
                   "submitForReview": {"description": "true: to App Review with the version when app.yaml submits it,\
                 else alone; false: never. Left out: only with the version.", "examples": [true], "type": "boolean"}}}""");
        ObjectNode properties = (ObjectNode) schema.get("properties");
        for (String name : List.of("badge", "priority", "purpose")) {
            ArrayNode values = ((ObjectNode) properties.get(name)).putArray("enum");
            events.attribute(name).values().forEach(values::add);
        }
        return schema;
    }
}
