package dev.ascctl.resource.kinds.appclips;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The default experience of an App Clip, {@code app[b].version[2.4.0].appClip[c].defaultExperience}: its
 * {@code action}. App Store Connect edits it on the page of the version it is released with, so the store manages
 * the one whose {@code releaseWithAppStoreVersion} is app.yaml's version, and creates it (a POST naming the clip and
 * the version) when that version has none; a version the same apply creates is made first (the address lies inside
 * it) and named by its placeholder. While that version is in review or out, the experience and everything in it
 * are listed apart with the version's state, as the version's own text is. Never deleted: Apple requires a default
 * experience of an App Clip that ships, and each version has its own.
 *
 * <p>This kind owns the {@code app-clips/} folder and reads for every App Clip kind: the app's clips (one request),
 * per declared clip its default experiences with their review details and versions (one), the managed experience's
 * localizations with their header images (one), and, when the file declares advanced experiences, those with their
 * images and localizations (one).
 */
public final class DefaultExperienceHandler extends Kind<PartKey<NamedKey<VersionKey>>>
        implements OwnsStoreSection, StraightReads, StraightReads.ForExport,
        Creatable<PartKey<NamedKey<VersionKey>>>, Updatable<PartKey<NamedKey<VersionKey>>> {
    private static final KindSpec SPEC = new KindSpec("appClipDefaultExperience", 30, null);
    static final ResourceEndpoint EXPERIENCES = ResourceEndpoint.of("appClipDefaultExperiences");
    private static final List<String> ATTRIBUTES = List.of("action");

    public DefaultExperienceHandler() {
        super(SPEC);
    }

    @Override
    public StoreSection storeSection() {
        return AppClips.section();
    }

    @Override
    public List<DesiredObject<PartKey<NamedKey<VersionKey>>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<NamedKey<VersionKey>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(app)) {
            clip.defaultExperience().ifPresent(e -> {
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                if (e.has("action")) {
                    attributes.put("action", e.get("action"));
                }
                out.add(new DesiredObject<>(AppClips.experience(AppClips.version(app, clip), clip.clipBundleId()),
                        SPEC.name(), clip.storePath(app) + ".defaultExperience", attributes, Set.of(),
                        clip.input().keyMark("/defaultExperience")));
            });
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        List<AppClips.Declared> declared = AppClips.declared(spec);
        if (declared.isEmpty()) {
            return;
        }
        reads.get(AppClips.clipsOf(app));
        for (AppClips.Declared clip : declared) {
            AppClips.liveClip(app, clip.clipBundleId()).ifPresent(live -> {
                if (clip.defaultExperience().isPresent() && VersionHandler.hasVersion(spec)) {
                    reads.get(AppClips.experiencesOf(live.id()));
                    AppClips.managedExperience(app, VersionHandler.key(spec), live)
                            .ifPresent(e -> reads.get(AppClips.localizationsOf(e.id())));
                }
                if (clip.root().has("advancedExperiences")) {
                    reads.get(AppClips.advancedOf(live.id()));
                }
            });
        }
    }

    /** Import: every clip, its experiences, the current version's one's localizations, its advanced experiences. */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.get(AppClips.clipsOf(app));
        for (Resource clip : AppClips.liveClips(app)) {
            reads.get(AppClips.experiencesOf(clip.id()));
            reads.get(AppClips.advancedOf(clip.id()));
            exported(app, clip).ifPresent(e -> reads.get(AppClips.localizationsOf(e.id())));
        }
    }

    @Override
    public List<LiveObject<PartKey<NamedKey<VersionKey>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<NamedKey<VersionKey>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(spec)) {
            if (clip.defaultExperience().isEmpty()) {
                continue;
            }
            VersionKey version = AppClips.version(spec, clip);
            AppClips.liveClip(app, clip.clipBundleId()).flatMap(c -> AppClips.managedExperience(app, version, c))
                    .ifPresent(e -> out.add(new LiveObject<>(AppClips.experience(version, clip.clipBundleId()),
                            SPEC.name(), e.id(), attributes(e), blockedReason(app, version))));
        }
        return out;
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource clip : AppClips.liveClips(app)) {
            exported(app, clip).ifPresent(e -> {
                Map<String, JsonNode> attributes = attributes(e);
                attributes.values().removeIf(JsonNode::isNull);
                out.add(new ExportedObject(AppClips.exportPath(label, LiveApp.text(clip, "bundleId"))
                        + ".defaultExperience", attributes));
            });
        }
        return out;
    }

    /**
     * Why no default experience can be made now: the App Clip is not in App Store Connect (it comes with a build
     * that contains it), or the version takes no edits, or its version string is already live.
     */
    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<NamedKey<VersionKey>>> desired, LiveApp app) {
        return refusal(desired.key(), app);
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<NamedKey<VersionKey>>> desired, LiveApp app) {
        VersionKey version = desired.key().parent().parent();
        String clipId = AppClips.liveClip(app, desired.key().parent().name()).orElseThrow().id();
        return List.of(EXPERIENCES.create(desired.attributes(), Map.of("appClip", clipId,
                "releaseWithAppStoreVersion", AppClips.versionId(version, app))));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<NamedKey<VersionKey>>> desired,
                                LiveObject<PartKey<NamedKey<VersionKey>>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        return List.of(EXPERIENCES.update(live.id(), changed));
    }

    /** The id of the live default experience, or the placeholder of the one the same apply creates. */
    static String idOf(PartKey<NamedKey<VersionKey>> key, LiveApp app) {
        VersionKey version = key.parent().parent();
        return AppClips.liveClip(app, key.parent().name()).flatMap(c -> AppClips.managedExperience(app, version, c))
                .map(Resource::id).orElseGet(() -> IdReference.token(key.address()));
    }

    /** Why objects of a default experience released with {@code version} cannot change now, or null. */
    static String blockedReason(LiveApp app, VersionKey version) {
        return AppClips.liveVersion(app, version).map(VersionHandler::blockedReason).orElse(null);
    }

    /**
     * Why nothing can be made inside the default experience {@code key} now: no such App Clip, a version that takes
     * no edits, a version string already used by a live version.
     */
    static Optional<String> refusal(PartKey<NamedKey<VersionKey>> key, LiveApp app) {
        String clip = key.parent().name();
        if (AppClips.liveClip(app, clip).isEmpty()) {
            return Optional.of("the app has no App Clip " + clip + " in App Store Connect; an App Clip comes with a"
                    + " build that contains it (upload one first), and its bundle id names the file");
        }
        VersionKey version = key.parent().parent();
        Optional<Resource> live = AppClips.liveVersion(app, version);
        if (live.isPresent()) {
            return Optional.ofNullable(VersionHandler.blockedReason(live.get()));
        }
        return VersionHandler.liveRefusal(version, app);
    }

    private static Map<String, JsonNode> attributes(Resource experience) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            JsonNode value = experience.attribute(name);
            out.put(name, value == null ? NullNode.getInstance() : value);
        }
        return out;
    }

    /** The experience import writes: the one released with the version being prepared (or the live one). */
    static Optional<Resource> exported(LiveApp app, Resource clip) {
        Optional<String> current = app.currentVersion().map(Resource::id);
        return current.flatMap(id -> app.read(AppClips.experiencesOf(clip.id())).map(d -> d.data()).orElse(List.of())
                .stream().filter(e -> AppClips.releasedWith(e, id)).findFirst());
    }
}
