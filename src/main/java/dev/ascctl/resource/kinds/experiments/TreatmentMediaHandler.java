package dev.ascctl.resource.kinds.experiments;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.experiments.Experiments;
import dev.ascctl.asc.endpoint.media.CreateMediaSet;
import dev.ascctl.asc.endpoint.media.DeleteMediaSet;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.media.MediaFileValue;
import dev.ascctl.resource.kinds.media.MediaSetCalls;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.MediaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A treatment's screenshot set or app preview set of one locale and display type
 * ({@code ...treatment[Bold].screenshots[en-US/APP_IPHONE_67]}), from the files of
 * {@code experiments/<test>/<treatment>/screenshots/<locale>/<DISPLAY_TYPE>/}, through the media engine the app's own
 * screenshots use ({@link MediaSetCalls}): MD5 identity, an unchanged file never uploaded again, a new order one
 * reorder, reservation then upload then commit. Changed only while the test may change.
 */
public final class TreatmentMediaHandler extends Kind<NamedKey<NamedKey<NamedKey<AppKey>>>> implements
        Creatable<NamedKey<NamedKey<NamedKey<AppKey>>>>, Updatable<NamedKey<NamedKey<NamedKey<AppKey>>>>,
        Deletable<NamedKey<NamedKey<NamedKey<AppKey>>>> {
    private static final String PARENT = "appStoreVersionExperimentTreatmentLocalization";
    private final MediaKind kind;
    private final MediaType media;

    private TreatmentMediaHandler(MediaKind kind, MediaType media, String name, int rank) {
        super(new KindSpec(name, rank, ExperimentStore.KEY));
        this.kind = kind;
        this.media = media;
    }

    public static TreatmentMediaHandler screenshots() {
        return new TreatmentMediaHandler(MediaKind.SCREENSHOTS, MediaType.SCREENSHOT, "experimentScreenshotSet", 33);
    }

    public static TreatmentMediaHandler previews() {
        return new TreatmentMediaHandler(MediaKind.PREVIEWS, MediaType.PREVIEW, "experimentPreviewSet", 33);
    }

    private NamedKey<NamedKey<NamedKey<AppKey>>> key(NamedKey<NamedKey<AppKey>> treatment, String locale, String type) {
        return new NamedKey<>(treatment, kind.folder(), locale + "/" + type);
    }

    @Override
    public List<DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> desired(AppSpec app) {
        List<DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(app)) {
            for (ExperimentStore.Treatment t : e.treatments()) {
                NamedKey<NamedKey<AppKey>> treatment = ExperimentStore.treatmentKey(ExperimentStore.key(app, e.name()),
                        t.name());
                for (MediaSet set : t.media()) {
                    if (set.kind() != kind || set.files().isEmpty()) {
                        continue;
                    }
                    // The origin is the set folder relative to the store: apply finds the files there.
                    out.add(new DesiredObject<>(key(treatment, set.locale(), set.type()), spec().name(),
                            ExperimentStore.storePath(app, e.name()) + ".treatments." + t.name() + "." + kind.folder()
                                    + "." + set.locale() + "." + set.type(),
                            MediaSetCalls.desiredSlots(set, kind, false), Set.of(), Mark.startOf(set.folder())));
                }
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(spec)) {
            Optional<Resource> experiment = LiveExperiments.find(app, e.name());
            if (experiment.isEmpty()) {
                continue;
            }
            String locked = LiveExperiments.lockedReason(experiment.get());
            for (Resource t : LiveExperiments.treatments(app, experiment.get())) {
                NamedKey<NamedKey<AppKey>> treatment = ExperimentStore.treatmentKey(ExperimentStore.key(spec, e.name()),
                        LiveApp.text(t, "name"));
                for (Resource l : LiveExperiments.localizations(app, t)) {
                    Optional<Document> read = LiveExperiments.sets(app, media, l);
                    for (Resource set : read.map(Document::data).orElse(List.of())) {
                        List<Resource> assets = LiveApp.included(read, set, media.assetType());
                        out.add(new LiveObject<>(key(treatment, LiveApp.text(l, "locale"),
                                LiveApp.text(set, media.setTypeAttribute())), spec().name(), set.id(),
                                MediaSetCalls.liveSlots(assets, media, kind), locked));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Each live set of every test's treatments with at least one usable asset: its files, {@code NN-<fileName>} →
     * where to download them, into {@code experiments/<test>/<treatment>/<folder>/<locale>/<TYPE>/}.
     */
    @Override
    public List<dev.ascctl.resource.ExportedObject> export(LiveApp app, String label) {
        List<dev.ascctl.resource.ExportedObject> out = new ArrayList<>();
        for (Resource e : LiveExperiments.byName(app)) {
            for (Resource t : LiveExperiments.treatments(app, e)) {
                for (Resource l : LiveExperiments.localizations(app, t)) {
                    Optional<Document> read = LiveExperiments.sets(app, media, l);
                    for (Resource set : read.map(Document::data).orElse(List.of())) {
                        Map<String, JsonNode> files = new java.util.LinkedHashMap<>();
                        for (Resource asset : LiveApp.included(read, set, media.assetType())) {
                            Optional<String> url = MediaFileValue.of(asset, media).usable()
                                    ? dev.ascctl.resource.kinds.media.MediaExport.url(asset, media) : Optional.empty();
                            url.ifPresent(u -> files.put(dev.ascctl.resource.kinds.media.MediaExport.fileName(
                                    files.size(), LiveApp.text(asset, "fileName"), kind),
                                    dev.ascctl.resource.kinds.media.MediaExport.remote(u, asset)));
                        }
                        if (!files.isEmpty()) {
                            out.add(new dev.ascctl.resource.ExportedObject(String.join(".", "apps", label,
                                    ExperimentStore.FOLDER, LiveApp.text(e, "name"), LiveApp.text(t, "name"),
                                    kind.folder(), LiveApp.text(l, "locale"), LiveApp.text(set, media.setTypeAttribute())),
                                    files));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return MediaFileValue.sameFile(desired, live);
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>> desired, LiveApp app) {
        return LiveExperiments.find(app, desired.key().parent().parent().name()).map(LiveExperiments::lockedReason);
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>> desired, LiveApp app) {
        NamedKey<NamedKey<AppKey>> treatment = desired.key().parent();
        String[] localeAndType = desired.key().name().split("/", 2);
        // A localization created by the same apply is referred to by its address; apply orders this after it.
        String localization = liveLocalization(app, treatment, localeAndType[0]).map(Resource::id)
                .orElse(IdReference.token(ExperimentStore.localizationKey(treatment, localeAndType[0]).address()));
        List<ApiCall> calls = new ArrayList<>();
        calls.add(CreateMediaSet.of(media, PARENT, Experiments.LOCALIZATIONS, localization, localeAndType[1]));
        calls.addAll(MediaSetCalls.reservations(desired, media, IdReference.token(desired.address())));
        return calls;
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>> desired,
                                LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        return MediaSetCalls.update(desired, media, kind, live.id(), assets(app, live.id()));
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>> live, LiveApp app) {
        return List.of(DeleteMediaSet.of(media, live.id()));
    }

    private Optional<Resource> liveLocalization(LiveApp app, NamedKey<NamedKey<AppKey>> treatment, String locale) {
        return LiveExperiments.find(app, treatment.parent().name()).stream()
                .flatMap(e -> LiveExperiments.treatments(app, e).stream())
                .filter(t -> treatment.name().equals(LiveApp.text(t, "name")))
                .flatMap(t -> LiveExperiments.localizations(app, t).stream())
                .filter(l -> locale.equals(LiveApp.text(l, "locale"))).findFirst();
    }

    /** The live set's assets in Apple's order, from the read of its localization's sets. */
    private List<Resource> assets(LiveApp app, String setId) {
        for (Resource e : LiveExperiments.all(app)) {
            for (Resource t : LiveExperiments.treatments(app, e)) {
                for (Resource l : LiveExperiments.localizations(app, t)) {
                    Optional<Document> read = LiveExperiments.sets(app, media, l);
                    for (Resource set : read.map(Document::data).orElse(List.of())) {
                        if (set.id().equals(setId)) {
                            return LiveApp.included(read, set, media.assetType());
                        }
                    }
                }
            }
        }
        return List.of();
    }
}
