package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.BaseInclude;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.release.PhasedReleases;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * Whether the version is released in phases over 7 days.
 * <pre>
 * version:
 *   phasedRelease: true     # creates the appStoreVersionPhasedRelease; false deletes it (before review only)
 * </pre>
 * Read with the version ({@code include=appStoreVersionPhasedRelease}, no extra request). Once the version is live,
 * {@code ascctl release pause|resume|complete} drives it.
 */
public final class PhasedReleaseHandler extends Kind<PartKey<VersionKey>> implements BaseInclude.Contributor, Creatable<PartKey<VersionKey>>, Updatable<PartKey<VersionKey>> {
    public static final String KEY = "phasedRelease";
    private static final KindSpec SPEC = new KindSpec("phasedRelease", 5,
            null);

    public PhasedReleaseHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<PartKey<VersionKey>>> desired(AppSpec app) {
        return ReleaseParts.desired(app, "phasedRelease", SPEC.name(), KEY, ReleaseParts.declared(app, KEY));
    }

    /**
     * {@code phasedRelease: true} when the version being prepared has a phased release, else {@code false}: both are
     * state the plan compares, so an import writes either (its pause/resume state is driven by {@code ascctl release}).
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return ReleaseParts.exported(app, label, KEY, version -> Optional.of(
                BooleanNode.valueOf(app.related(version, "appStoreVersionPhasedRelease")
                        .map(l -> !l.isEmpty()).orElse(false))));
    }

    @Override
    public List<LiveObject<PartKey<VersionKey>>> live(LiveApp app, AppSpec spec) {
        Optional<Resource> version = app.currentVersion();
        if (ReleaseParts.declared(spec, KEY).isEmpty() || version.isEmpty()) {
            return List.of();
        }
        Optional<Resource> phased = app.relatedOne(version.get(), "appStoreVersionPhasedRelease");
        String blocked = VersionHandler.blockedReason(version.get());
        return List.of(new LiveObject<>(new PartKey<>(VersionHandler.key(spec), "phasedRelease"), SPEC.name(),
                phased.map(Resource::id).orElse(version.get().id()),
                Map.of(KEY, BooleanNode.valueOf(phased.isPresent())),
                blocked == null ? null : blocked + " (phased release is switched on or off before review)"));
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return VersionHandler.liveRefusal(desired.key().parent(), app);
    }

    /** A new version has no phased release, so {@code false} needs no call. */
    @Override
    public List<ApiCall> create(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return wanted(desired) ? List.of(PhasedReleases.create(ReleaseParts.versionId(desired.key(), app)))
                : List.of();
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<VersionKey>> desired, LiveObject<PartKey<VersionKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        // live.id() is the version's id while there is no phased release, the phased release's id once there is.
        return wanted(desired) ? List.of(PhasedReleases.create(live.id())) : List.of(PhasedReleases.delete(live.id()));
    }

    private static boolean wanted(DesiredObject<PartKey<VersionKey>> desired) {
        return desired.attributes().get(KEY).asBoolean();
    }

    /** Comes with the base read: the version's phased release. */
    @Override
    public List<BaseInclude> baseIncludes() {
        return List.of(BaseInclude.toOne(BaseInclude.BaseRead.VERSIONS, "appStoreVersionPhasedRelease"));
    }

}
