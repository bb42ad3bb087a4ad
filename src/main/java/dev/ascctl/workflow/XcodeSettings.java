package dev.ascctl.workflow;

import dev.ascctl.build.ExportOptions;
import dev.ascctl.build.XcodeArchive;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * App.yaml's {@code xcode:} key (declared by the build kind) with the command's options on top: what
 * {@code build archive}, {@code deploy} and {@code screenshots capture} hand to Xcode. Paths are relative to the
 * store folder.
 *
 * @param workspace     {@code --workspace}, or null for app.yaml's
 * @param project       {@code --project}, or null for app.yaml's
 * @param scheme        {@code --scheme}, or null for app.yaml's
 * @param configuration {@code --configuration}, or null for app.yaml's (Release)
 */
public record XcodeSettings(String workspace, String project, String scheme, String configuration) {
    static final String KEY = "xcode";

    /** The store's app {@code which} names (folder label or bundle id); the only one when null. */
    public static AppSpec app(Store store, String which) {
        if (which == null) {
            if (store.apps().size() != 1) {
                throw new IllegalArgumentException("the store at " + store.root() + " has " + store.apps().size()
                        + " apps; name one with --app (its folder name or bundle id)");
            }
            return store.apps().get(0);
        }
        return store.apps().stream().filter(a -> a.label().equals(which) || a.bundleId().equals(which)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the store has no app " + which + "; it has "
                        + store.apps().stream().map(AppSpec::label).toList()));
    }

    private static JsonNode section(AppSpec app) {
        return app.section(KEY).map(SectionInput::value).orElse(tools.jackson.databind.node.MissingNode.getInstance());
    }

    /** What to archive: options first, then app.yaml; a workspace given as an option wins over app.yaml's project. */
    public XcodeArchive.Project project(Store store, AppSpec app) {
        JsonNode x = section(app);
        Path[] source = sourcePaths(store, x);
        Map<String, Object> options = new LinkedHashMap<>();
        x.path("exportOptions").properties().forEach(e -> options.put(e.getKey(), plain(e.getValue())));
        return new XcodeArchive.Project(source[0], source[1], scheme != null ? scheme : text(x, "scheme"),
                configuration != null ? configuration : text(x, "configuration"), app.platform(),
                new ExportOptions(options));
    }

    /**
     * How xcodebuild signs: with {@code allowProvisioningUpdates} ({@code --allow-provisioning-updates}, for CI where
     * no one is logged in to Xcode) it may fetch certificates and profiles, signed in with the App Store Connect API
     * key every ascctl command uses (options, environment, API key JSON, profile); otherwise as the Mac's Xcode is
     * set up. A missing key is an error naming where to give it, before xcodebuild runs.
     */
    public static XcodeArchive.Signing signing(boolean allowProvisioningUpdates, ConnectionSettings settings) {
        if (!allowProvisioningUpdates) {
            return XcodeArchive.Signing.NONE;
        }
        dev.ascctl.config.Credentials key;
        try {
            key = Connections.credentials(settings);
        } catch (dev.ascctl.config.ConfigException e) {
            throw new dev.ascctl.config.ConfigException("--allow-provisioning-updates signs in to Apple with the App"
                    + " Store Connect API key: " + e.getMessage());
        }
        return XcodeArchive.Signing.withApiKey(key.keyId(), key.issuerId(), key.privateKeyPem()::reveal);
    }

    /** The UI-test scheme screenshots capture runs: {@code --scheme}, else app.yaml's uiTestScheme. */
    public Optional<String> uiTestScheme(AppSpec app) {
        return Optional.ofNullable(scheme).or(() -> Optional.ofNullable(text(section(app), "uiTestScheme")));
    }

    /** The simulators screenshots capture runs on, from app.yaml's screenshotDevices. */
    public static List<String> screenshotDevices(AppSpec app) {
        List<String> out = new ArrayList<>();
        section(app).path("screenshotDevices").forEach(d -> out.add(d.asString()));
        return out;
    }

    /** {@code -workspace W} or {@code -project P} for screenshots capture (same rules as {@link #project}). */
    public List<String> source(Store store, AppSpec app) {
        Path[] source = sourcePaths(store, section(app));
        if (source[0] != null) {
            return List.of("-workspace", source[0].toString());
        }
        if (source[1] != null) {
            return List.of("-project", source[1].toString());
        }
        throw new IllegalArgumentException("give a workspace or a project (xcode.workspace or xcode.project in"
                + " app.yaml, or --workspace/--project)");
    }

    /** Workspace and project: the options' when either is given, else app.yaml's (relative to the store folder). */
    private Path[] sourcePaths(Store store, JsonNode x) {
        boolean optionSource = workspace != null || project != null;
        return new Path[] {path(store, optionSource ? workspace : text(x, "workspace")),
                path(store, optionSource ? project : text(x, "project"))};
    }

    private static Path path(Store store, String value) {
        return value == null ? null : store.root().resolve(value).normalize();
    }

    private static String text(JsonNode x, String key) {
        return x.path(key).isString() ? x.path(key).asString() : null;
    }

    private static Object plain(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.properties().forEach(e -> m.put(e.getKey(), e.getValue().asString()));
            return m;
        }
        return v.asString();
    }
}
