package dev.ascctl.resource.kinds.release;

import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * App.yaml's {@code xcode:} key: how {@code ascctl build archive} and {@code ascctl screenshots capture} make the
 * build and the screenshots. The build kind owns the key because it describes how that kind's builds come to be; no
 * plan reads it.
 * <pre>
 * xcode:
 *   workspace: ../Notes.xcworkspace       # or project: ../Notes.xcodeproj; relative to the store folder
 *   scheme: Notes
 *   configuration: Release
 *   exportOptions: {method: app-store-connect, teamID: ABCDE12345, signingStyle: automatic, uploadSymbols: true,
 *                   destination: export}
 *   uiTestScheme: NotesUITests
 *   screenshotDevices: ["iPhone 16 Pro Max", "iPad Pro 13-inch (M4)"]
 * </pre>
 * The export options' keys and values are Apple's, as {@code xcodebuild -help} lists them for
 * {@code -exportOptionsPlist}.
 */
final class XcodeSection {
    static final String KEY = "xcode";

    private XcodeSection() {
    }

    static StoreSection section() {
        return new StoreSection(KEY, SCHEMA, XcodeSection::problems);
    }

    /** A workspace and a project together: xcodebuild takes one. */
    private static List<Problem> problems(SectionInput xcode) {
        List<Problem> out = new ArrayList<>();
        if (xcode.value().has("workspace") && xcode.value().has("project")) {
            out.add(xcode.problemAt("/project", "give xcode.workspace or xcode.project, not both"));
        }
        return out;
    }

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "How ascctl build archive and ascctl screenshots capture run Xcode for this app (macOS).\
             Paths are relative to the store folder. Command-line options override each key.",
             "examples": [{"workspace": "../Notes.xcworkspace", "scheme": "Notes",
                           "exportOptions": {"method": "app-store-connect", "teamID": "ABCDE12345"}}],
             "type": "object", "additionalProperties": false,
             "properties": {
               "workspace": {"description": "The .xcworkspace to build (xcodebuild -workspace).",
                 "examples": ["../Notes.xcworkspace"], "type": "string", "pattern": "\\\\.xcworkspace/?$"},
               "project": {"description": "The .xcodeproj to build when there is no workspace (xcodebuild -project).",
                 "examples": ["../Notes.xcodeproj"], "type": "string", "pattern": "\\\\.xcodeproj/?$"},
               "scheme": {"description": "The scheme to archive (xcodebuild -scheme).", "examples": ["Notes"],
                 "type": "string", "minLength": 1},
               "configuration": {"description": "The build configuration. Default: Release.", "examples": ["Release"],
                 "type": "string", "minLength": 1},
               "exportOptions": {"description": "ExportOptions.plist, as xcodebuild -exportOptionsPlist reads it.",
                 "examples": [{"method": "app-store-connect", "teamID": "ABCDE12345", "signingStyle": "automatic",
                               "uploadSymbols": true, "destination": "export"}],
                 "type": "object", "additionalProperties": false,
                 "properties": {
                   "method": {"description": "How Xcode exports the archive. Default: app-store-connect (Xcode 15.3+;\
             app-store before).", "examples": ["app-store-connect"], "type": "string",
                     "enum": ["app-store-connect", "release-testing", "enterprise", "debugging", "developer-id",
                              "mac-application", "validation", "app-store", "ad-hoc", "package", "development"]},
                   "teamID": {"description": "The Developer Portal team (10 characters).", "examples": ["ABCDE12345"],
                     "type": "string", "pattern": "^[A-Z0-9]{10}$"},
                   "signingStyle": {"description": "automatic (default) or manual signing.", "examples": ["automatic"],
                     "type": "string", "enum": ["automatic", "manual"]},
                   "uploadSymbols": {"description": "Whether the app's symbols go to Apple (crash reports). Default:\
             true.", "examples": [true], "type": "boolean"},
                   "destination": {"description": "export (default: ascctl uploads the .ipa through the API) or upload\
             (Xcode uploads it).", "examples": ["export"], "type": "string", "enum": ["export", "upload"]},
                   "signingCertificate": {"description": "For manual signing: the certificate's name, SHA-1 or an\
             automatic selector.", "examples": ["Apple Distribution"], "type": "string"},
                   "provisioningProfiles": {"description": "For manual signing: bundle id -> profile name or UUID.",
                     "examples": [{"com.example.notes": "Notes App Store"}], "type": "object",
                     "additionalProperties": {"type": "string"}},
                   "manageAppVersionAndBuildNumber": {"description": "Whether Xcode may change the version and build\
             number. Default: false (the store's version and the project's build number are kept).",
                     "examples": [false], "type": "boolean"}}},
               "uiTestScheme": {"description": "The UI-test scheme ascctl screenshots capture runs.",
                 "examples": ["NotesUITests"], "type": "string", "minLength": 1},
               "screenshotDevices": {"description": "Simulators screenshots capture runs on, by name (xcrun simctl\
             list devices).", "examples": [["iPhone 16 Pro Max", "iPad Pro 13-inch (M4)"]], "type": "array",
                 "minItems": 1, "uniqueItems": true, "items": {"type": "string"}}}}""");
}
