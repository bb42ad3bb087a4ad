package dev.ascctl.resource.kinds.nominations;

import dev.ascctl.store.AscLocales;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.TerritoryCodes;
import dev.ascctl.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app's {@code nominations.yaml}: its featuring nominations by name.
 * <pre>
 * Spring launch:                      # the nomination's name (App Store Connect: at most 60 characters)
 *   type: APP_LAUNCH                  # APP_LAUNCH | APP_ENHANCEMENTS | NEW_CONTENT
 *   description: "Notes 2.0: widgets, sync and a new editor."
 *   publishStartDate: 2027-03-01      # a date (midnight UTC) or a date-time
 *   publishEndDate: 2027-03-31
 *   deviceFamilies: [IPHONE, IPAD]
 *   locales: [en-US, de-DE]
 *   supportedTerritories: [USA, DEU]
 *   relatedApps: [com.example.atlas]  # other apps of the account, by bundle id (this app is always related)
 *   inAppEvents: ["6449000001"]       # Apple's in-app event ids
 *   supplementalMaterialsUris: [https://example.com/press-kit]
 *   hasInAppEvents: false
 *   launchInSelectMarketsFirst: false
 *   preOrderEnabled: false
 *   notes: "Embargo until 9am PT"
 *   submitted: true                   # send it to Apple; left out or false: a draft
 * </pre>
 * A key left out is not managed (an existing nomination keeps its value); {@code null} clears it.
 */
final class NominationSpec {
    static final String KEY = "nominations";
    static final String FILE = "nominations.yaml";
    /**
     * The longest name App Store Connect takes: 60 characters (App Store Connect Help, "Nominations template":
     * "Nomination Name ... 60 character maximum"). The spec states no limit.
     */
    static final int NAME_LIMIT = 60;
    /** The app and up to 9 more ("Nominations template": "up to 9 additional apps related to this nomination"). */
    static final int OTHER_APPS = 9;
    static final List<String> LISTS = List.of("deviceFamilies", "locales", "supportedTerritories", "relatedApps",
            "inAppEvents", "supplementalMaterialsUris");

    private NominationSpec() {
    }

    /** The file's entries by name, with where each is written. */
    static Map<String, JsonNode> entries(SectionInput section) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        section.value().properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static Mark mark(SectionInput section, String name) {
        return section.keyMark(SectionInput.child("", name));
    }

    /**
     * Apple's date-time for a date or date-time as written: a date is midnight UTC of that day (App Store Connect asks
     * for a day; the API takes a date-time).
     */
    static Optional<String> dateTime(JsonNode value) {
        if (value == null || !value.isString()) {
            return Optional.empty();
        }
        String text = value.asString();
        try {
            return Optional.of(LocalDate.parse(text) + "T00:00:00Z");
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant().toString());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** What the schema cannot say: limits, Apple's vocabularies, dates and their order, where they are written. */
    static List<Problem> problems(SectionInput section) {
        List<Problem> out = new ArrayList<>();
        Set<String> families = Vocabulary.get().enumSet("DeviceFamily");
        Set<String> types = Vocabulary.get().enumSet("Nomination.type");
        section.value().properties().forEach(e -> {
            String at = SectionInput.child("", e.getKey());
            String name = e.getKey();
            JsonNode n = e.getValue();
            if (name.codePointCount(0, name.length()) > NAME_LIMIT) {
                out.add(new Problem(section.keyMark(at), "the nomination name '" + name + "' has "
                        + name.codePointCount(0, name.length()) + " characters; App Store Connect takes at most "
                        + NAME_LIMIT));
            }
            if (!n.isObject()) {
                return;
            }
            if (n.path("type").isString() && !types.contains(n.path("type").asString())) {
                out.add(section.problemAt(at + "/type", "type is one of " + new java.util.TreeSet<>(types)
                        + ", got '" + n.path("type").asString() + "'"));
            }
            for (String date : List.of("publishStartDate", "publishEndDate")) {
                if (n.path(date).isString() && dateTime(n.path(date)).isEmpty()) {
                    out.add(section.problemAt(at + "/" + date, date + " is a date (YYYY-MM-DD) or a date-time"
                            + " (2027-03-01T09:00:00-08:00), got '" + n.path(date).asString() + "'"));
                }
            }
            Optional<String> from = dateTime(n.path("publishStartDate"));
            Optional<String> to = dateTime(n.path("publishEndDate"));
            if (from.isPresent() && to.isPresent() && !java.time.Instant.parse(to.get())
                    .isAfter(java.time.Instant.parse(from.get()))) {
                out.add(section.problemAt(at + "/publishEndDate", "publishEndDate " + n.path("publishEndDate")
                        .asString() + " is not after publishStartDate " + n.path("publishStartDate").asString()));
            }
            each(n, "deviceFamilies", (v, i) -> {
                if (!families.contains(v)) {
                    out.add(section.problemAt(at + "/deviceFamilies/" + i, "device family is one of "
                            + new java.util.TreeSet<>(families) + ", got '" + v + "'"));
                }
            });
            each(n, "locales", (v, i) -> {
                if (!AscLocales.isKnown(v)) {
                    out.add(section.problemAt(at + "/locales/" + i, "'" + v + "' is not an App Store locale"
                            + AscLocales.closest(v).map(c -> " (did you mean " + c + "?)").orElse("")));
                }
            });
            each(n, "supportedTerritories", (v, i) -> {
                if (!TerritoryCodes.isKnown(v)) {
                    out.add(section.problemAt(at + "/supportedTerritories/" + i, "unknown territory '" + v
                            + "' (Apple's three-letter codes: USA, GBR, DEU, ...)"));
                }
            });
            if (n.path("relatedApps").size() > OTHER_APPS) {
                out.add(section.problemAt(at + "/relatedApps", "a nomination relates to its app and at most "
                        + OTHER_APPS + " more; " + n.path("relatedApps").size() + " are listed"));
            }
        });
        return out;
    }

    private static void each(JsonNode n, String list, java.util.function.ObjIntConsumer<String> check) {
        JsonNode values = n.path(list);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isString()) {
                check.accept(values.get(i).asString(), i);
            }
        }
    }

    static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "Featuring nominations of this app (Apple's /v1/nominations), by name: created as drafts,\
             sent to Apple's editors only with submitted: true. A nomination not listed is left alone. An archived\
             nomination can no longer be changed.",
             "examples": [{"Spring launch": {"type": "APP_LAUNCH", "description": "Notes 2.0 with widgets.",
               "publishStartDate": "2027-03-01", "submitted": true}}],
             "type": "object",
             "additionalProperties": {
               "description": "One nomination; its key is its name.",
               "examples": [{"type": "APP_ENHANCEMENTS", "description": "Widgets and sync.",
                 "publishStartDate": "2027-03-01", "publishEndDate": "2027-03-31", "deviceFamilies": ["IPHONE"]}],
               "type": "object", "additionalProperties": false,
               "required": ["type", "description", "publishStartDate"],
               "properties": {
                 "type": {"description": "APP_LAUNCH, APP_ENHANCEMENTS or NEW_CONTENT.", "examples": ["APP_LAUNCH"],
                   "type": "string"},
                 "description": {"description": "What is coming, for Apple's editors.",
                   "examples": ["Notes 2.0: widgets, sync and a new editor."], "type": "string", "minLength": 1},
                 "publishStartDate": {"description": "When it goes live: a date (midnight UTC) or a date-time.",
                   "examples": ["2027-03-01"], "type": "string"},
                 "publishEndDate": {"description": "When it ends (after the start), or null.",
                   "examples": ["2027-03-31"], "type": ["string", "null"]},
                 "deviceFamilies": {"description": "Apple's device families (IPHONE, IPAD, MAC, ...).",
                   "examples": [["IPHONE", "IPAD"]], "type": ["array", "null"], "items": {"type": "string"},
                   "uniqueItems": true},
                 "locales": {"description": "App Store locales it concerns.", "examples": [["en-US", "de-DE"]],
                   "type": ["array", "null"], "items": {"type": "string"}, "uniqueItems": true},
                 "supportedTerritories": {"description": "Territory codes it concerns.", "examples": [["USA"]],
                   "type": ["array", "null"], "items": {"type": "string"}, "uniqueItems": true},
                 "relatedApps": {"description": "Other apps of the account it concerns, by bundle id (this app is\
             always related).", "examples": [["com.example.atlas"]], "type": "array",
                   "items": {"type": "string"}, "uniqueItems": true},
                 "inAppEvents": {"description": "Apple's ids of the in-app events it concerns.",
                   "examples": [["6449000001"]], "type": ["array", "null"], "items": {"type": "string"},
                   "uniqueItems": true},
                 "supplementalMaterialsUris": {"description": "Links to press kits, videos, ...",
                   "examples": [["https://example.com/press"]], "type": ["array", "null"],
                   "items": {"type": "string", "pattern": "^https?://"}},
                 "hasInAppEvents": {"description": "Whether in-app events come with it.", "examples": [false],
                   "type": ["boolean", "null"]},
                 "launchInSelectMarketsFirst": {"description": "Whether it launches in some markets first.",
                   "examples": [false], "type": ["boolean", "null"]},
                 "preOrderEnabled": {"description": "Whether the app is on pre-order.", "examples": [false],
                   "type": ["boolean", "null"]},
                 "notes": {"description": "Anything else Apple's editors should know.",
                   "examples": ["Embargo until 9am PT"], "type": ["string", "null"]},
                 "submitted": {"description": "true: send it to Apple's editors (once sent it cannot go back to\
             draft). Left out or false: a draft.", "examples": [true], "type": "boolean"}}}}""");
}
