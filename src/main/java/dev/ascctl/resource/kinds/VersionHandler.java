package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.UpdateAppStoreVersion;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.store.AppSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The version being prepared (appStoreVersion): versionString, copyright, releaseType, earliestReleaseDate.
 * <pre>
 * version: {versionString: "2.4.0", copyright: "2026 Example Inc.", releaseType: AFTER_APPROVAL}
 * </pre>
 * A differing versionString renames the editable version. Creating a version, attaching builds and phased
 * release are not managed by this release: such keys are listed in the plan as not applied.
 */
public final class VersionHandler implements ResourceHandler {
    private static final KindSpec SPEC = new KindSpec("appStoreVersion", 3, Set.of(Capability.UPDATE), null);
    static final List<String> ATTRIBUTES = List.of("versionString", "copyright", "releaseType", "earliestReleaseDate");
    private static final Set<String> NOT_YET_MANAGED = Set.of("build", "phasedRelease", "submitForReview");

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    public static boolean hasVersion(AppSpec app) {
        JsonNode v = app.version().values().get("versionString");
        return v != null && v.isString();
    }

    public static Address address(AppSpec app) {
        return Address.app(app.bundleId()).child("version", app.version().values().get("versionString").asString());
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
    public List<DesiredObject> desired(AppSpec app) {
        if (!hasVersion(app)) {
            return List.of();
        }
        return List.of(new DesiredObject(address(app), SPEC.name(), Handlers.storePath(app) + ".version",
                new LinkedHashMap<>(app.version().values()), Set.of(), app.mark()));
    }

    @Override
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        if (!hasVersion(spec)) {
            return List.of();
        }
        Optional<Resource> version = app.currentVersion();
        if (version.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> attributes = Handlers.pick(version.get(), ATTRIBUTES);
        return List.of(new LiveObject(address(spec), SPEC.name(), version.get().id(), attributes,
                blockedReason(version.get())));
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject desired, LiveApp app) {
        if (NOT_YET_MANAGED.contains(attribute)) {
            return Optional.of("'" + attribute + "' is not applied by this release of ascctl (builds, phased release"
                    + " and submission come with the releases workflow)");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> createRefusal(DesiredObject desired, LiveApp app) {
        return Optional.of("the app has no version being prepared for " + app.platform()
                + "; create it in App Store Connect (+ Version) — ascctl does not create versions yet");
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateAppStoreVersion.of(live.id(), Handlers.object(changed)));
    }
}
