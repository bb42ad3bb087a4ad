package dev.ascctl.resource.kinds.appclips;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * What App Review uses to open the App Clip, {@code app[b].version[2.4.0].appClip[c].defaultExperience.reviewDetail}:
 * its {@code invocationUrls} (https only, checked offline). Apple keeps one per default experience: the first is a
 * POST, a change a PATCH of the whole list (the list is the value; its order is kept as written).
 */
public final class ClipReviewDetailHandler extends Kind<PartKey<PartKey<NamedKey<VersionKey>>>>
        implements Creatable<PartKey<PartKey<NamedKey<VersionKey>>>>, Updatable<PartKey<PartKey<NamedKey<VersionKey>>>> {
    private static final KindSpec SPEC = new KindSpec("appClipReviewDetail", 33, null);
    private static final ResourceEndpoint DETAILS = ResourceEndpoint.of("appClipAppStoreReviewDetails");
    private static final String URLS = "invocationUrls";
    private static final String RELATIONSHIP = "appClipAppStoreReviewDetail";

    public ClipReviewDetailHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<PartKey<PartKey<NamedKey<VersionKey>>>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<PartKey<NamedKey<VersionKey>>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(app)) {
            JsonNode detail = clip.root().path("defaultExperience").path("reviewDetail");
            if (!detail.has(URLS)) {
                continue;
            }
            out.add(new DesiredObject<>(key(AppClips.experience(AppClips.version(app, clip), clip.clipBundleId())),
                    SPEC.name(), clip.storePath(app) + ".defaultExperience.reviewDetail", Map.of(URLS, detail.get(URLS)),
                    Set.of(), clip.input().keyMark("/defaultExperience/reviewDetail")));
        }
        return out;
    }

    @Override
    public List<LiveObject<PartKey<PartKey<NamedKey<VersionKey>>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<PartKey<NamedKey<VersionKey>>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(spec)) {
            if (!clip.root().path("defaultExperience").has("reviewDetail")) {
                continue;
            }
            VersionKey version = AppClips.version(spec, clip);
            AppClips.liveClip(app, clip.clipBundleId()).ifPresent(c -> AppClips.managedExperience(app, version, c)
                    .flatMap(e -> detail(app, c, e)).ifPresent(d -> out.add(new LiveObject<>(
                            key(AppClips.experience(version, clip.clipBundleId())), SPEC.name(), d.id(),
                            Map.of(URLS, urls(d)), DefaultExperienceHandler.blockedReason(app, version)))));
        }
        return out;
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource clip : AppClips.liveClips(app)) {
            DefaultExperienceHandler.exported(app, clip).flatMap(e -> detail(app, clip, e))
                    .filter(d -> !urls(d).isNull())
                    .ifPresent(d -> out.add(new ExportedObject(AppClips.exportPath(label, LiveApp.text(clip, "bundleId"))
                            + ".defaultExperience.reviewDetail", Map.of(URLS, urls(d)))));
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<PartKey<NamedKey<VersionKey>>>> desired, LiveApp app) {
        return DefaultExperienceHandler.refusal(desired.key().parent(), app);
    }

    /** The first list is a POST under the experience (live, or made by the same apply); a change is a PATCH. */
    @Override
    public List<ApiCall> create(DesiredObject<PartKey<PartKey<NamedKey<VersionKey>>>> desired, LiveApp app) {
        return List.of(DETAILS.create(desired.attributes(), Map.of("appClipDefaultExperience",
                DefaultExperienceHandler.idOf(desired.key().parent(), app))));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<PartKey<NamedKey<VersionKey>>>> desired,
                                LiveObject<PartKey<PartKey<NamedKey<VersionKey>>>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        return List.of(DETAILS.update(live.id(), changed));
    }

    /** The experience's review detail, from the {@code included} of the clip's experiences read. */
    private static Optional<Resource> detail(LiveApp app, Resource clip, Resource experience) {
        return AppClips.included(app, AppClips.experiencesOf(clip.id()), experience, RELATIONSHIP).stream().findFirst();
    }

    private static JsonNode urls(Resource detail) {
        JsonNode value = detail.attribute(URLS);
        return value == null ? NullNode.getInstance() : value;
    }

    private static PartKey<PartKey<NamedKey<VersionKey>>> key(PartKey<NamedKey<VersionKey>> experience) {
        return new PartKey<>(experience, "reviewDetail");
    }
}
