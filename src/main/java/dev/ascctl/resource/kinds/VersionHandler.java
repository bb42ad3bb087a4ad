package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.UpdateAppStoreVersion;
import dev.ascctl.asc.endpoint.release.CreateAppStoreVersion;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The version being prepared (appStoreVersion): versionString, copyright, releaseType, earliestReleaseDate.
 * <pre>
 * version: {versionString: "2.4.0", copyright: "2026 Example Inc.", releaseType: AFTER_APPROVAL}
 * </pre>
 * A differing versionString renames the editable version; when the app has no version being prepared, plan creates
 * one (App Store Connect copies the previous version's localized text into it, without whatsNew). The release keys
 * of the block ({@code build}, {@code phasedRelease}, {@code submitForReview}) are kinds of their own
 * ({@code resource.kinds.release}).
 */
public final class VersionHandler extends Kind<VersionKey> implements Creatable<VersionKey>, Updatable<VersionKey> {
    private static final KindSpec SPEC = new KindSpec("appStoreVersion", 3,
            null);
    static final List<String> ATTRIBUTES = List.of("versionString", "copyright", "releaseType", "earliestReleaseDate");

    public VersionHandler() {
        super(SPEC);
    }

    public static boolean hasVersion(AppSpec app) {
        JsonNode v = app.version().values().get("versionString");
        return v != null && v.isString();
    }

    /** The address of the version the YAML declares (only when {@link #hasVersion}). */
    public static Address address(AppSpec app) {
        return key(app).address();
    }

    /** The version the YAML declares (only when {@link #hasVersion}). */
    public static VersionKey key(AppSpec app) {
        return new VersionKey(app.bundleId(), app.version().values().get("versionString").asString());
    }

    /** Why Apple refuses edits of this version now, or null. */
    public static String blockedReason(Resource version) {
        String state = LiveApp.text(version, "appVersionState");
        if (state == null || LiveApp.EDITABLE_VERSION_STATES.contains(state)) {
            return null;
        }
        return "version " + LiveApp.text(version, "versionString") + " is " + state
                + "; Apple takes no edits until it is rejected or removed from review";
    }

    @Override
    public List<DesiredObject<VersionKey>> desired(AppSpec app) {
        if (!hasVersion(app)) {
            return List.of();
        }
        Map<String, JsonNode> attributes = new LinkedHashMap<>(app.version().values());
        attributes.keySet().retainAll(ATTRIBUTES);
        return List.of(desiredObject(key(app), Handlers.storePath(app) + ".version", attributes, app.mark()));
    }

    /**
     * The version being prepared. Unset attributes are written as explicit nulls: store.yaml or the credentials
     * file may default {@code copyright}, and a default must not turn an imported store into a change.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        Optional<Resource> version = app.currentVersion();
        if (version.isEmpty()) {
            return List.of();
        }
        String versionString = LiveApp.text(version.get(), "versionString");
        Map<String, JsonNode> attributes = Handlers.pick(version.get(), ATTRIBUTES);
        // Apple may send 2026-09-01T08:00:00.000+0000, which validate (RFC 3339) refuses: import writes RFC 3339.
        JsonNode date = attributes.get("earliestReleaseDate");
        if (date != null && date.isString()) {
            attributes.put("earliestReleaseDate", StringNode.valueOf(AppleDates.toRfc3339(date.asString())));
        }
        return List.of(new ExportedObject("apps." + label + ".version", attributes, Set.of()));
    }

    @Override
    public List<LiveObject<VersionKey>> live(LiveApp app, AppSpec spec) {
        if (!hasVersion(spec)) {
            return List.of();
        }
        Optional<Resource> version = app.currentVersion();
        if (version.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> attributes = Handlers.pick(version.get(), ATTRIBUTES);
        return List.of(liveObject(key(spec), version.get().id(), attributes, blockedReason(version.get())));
    }

    /** Why no version can be created now: the same version string is already live. */
    @Override
    public Optional<String> createRefusal(DesiredObject<VersionKey> desired, LiveApp app) {
        return liveRefusal(desired.key(), app);
    }

    /**
     * Why an object inside the version being prepared (a localization, the review detail, a screenshot set)
     * cannot be created now: there is no such version, or Apple takes no edits in its state; or empty.
     */
    public static Optional<String> childCreateRefusal(LiveApp app) {
        Optional<Resource> version = app.currentVersion();
        if (version.isEmpty()) {
            return Optional.of("the app has no version being prepared for " + app.platform());
        }
        return Optional.ofNullable(blockedReason(version.get()));
    }

    /**
     * Why objects of the {@code version} cannot be planned because that version string is already used
     * by a version that is live or replaced (Apple never reuses one), or empty.
     */
    public static Optional<String> liveRefusal(VersionKey version, LiveApp app) {
        String wanted = version.versionString();
        return app.allVersions().stream()
                .filter(v -> app.platform().equals(LiveApp.text(v, "platform")))
                .filter(v -> wanted.equals(LiveApp.text(v, "versionString")))
                .findFirst()
                .map(v -> "version " + wanted + " is " + LiveApp.text(v, "appVersionState")
                        + "; bump versionString to prepare the next one (ascctl version bump patch)");
    }

    @Override
    public List<ApiCall> create(DesiredObject<VersionKey> desired, LiveApp app) {
        var attributes = Handlers.object(desired.attributes());
        attributes.put("platform", app.platform());
        return List.of(CreateAppStoreVersion.of(app.app().id(), attributes));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<VersionKey> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck("/v1/apps/" + app.app().id() + "/appStoreVersions", "versionString",
                desired.attributes().get("versionString").asString()));
    }

    @Override
    public List<ApiCall> update(DesiredObject<VersionKey> desired, LiveObject<VersionKey> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateAppStoreVersion.of(live.id(), Handlers.object(changed)));
    }
}
