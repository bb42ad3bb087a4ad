package dev.ascctl.resource.kinds.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.CreateMediaSet;
import dev.ascctl.asc.endpoint.media.DeleteMediaSet;
import dev.ascctl.asc.endpoint.media.ListMediaSets;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.MediaSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A screenshot set or an app preview set of one version localization, with its files in order. The set's
 * "attributes" are its slots {@code 01}, {@code 02}, ... holding {@code name (bytes, md5)}; a slot is unchanged when
 * the live asset there has the same MD5 (Apple's {@code sourceFileChecksum}), whatever its name.
 * <pre>
 * apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png   # slot 01
 * apps/notes/screenshots/en-US/APP_IPHONE_67/02-lists.png  # slot 02
 * </pre>
 * From the difference it plans: deletes (a file whose name now holds other bytes is replaced; other live assets
 * only with {@code policy.prune.screenshots} / {@code previews}), one reservation per file not live yet (apply
 * uploads it), and one reorder when the order differs. Unchanged files are never uploaded again.
 */
public final class MediaSetHandler extends Kind<MediaSetHandler.Key> implements StraightReads, StraightReads.ForExport, Creatable<MediaSetHandler.Key>, Updatable<MediaSetHandler.Key>, Deletable<MediaSetHandler.Key> {
    private final MediaKind kind;
    private final MediaType media;

    private MediaSetHandler(MediaKind kind, MediaType media, int rank) {
        super(new KindSpec(media == MediaType.SCREENSHOT ? "appScreenshotSet" : "appPreviewSet", rank, kind.folder()));
        this.kind = kind;
        this.media = media;
    }

    /** Screenshot sets: after the version localizations they belong to. */
    public static MediaSetHandler screenshots() {
        return new MediaSetHandler(MediaKind.SCREENSHOTS, MediaType.SCREENSHOT, 6);
    }

    /** App preview sets. */
    public static MediaSetHandler previews() {
        return new MediaSetHandler(MediaKind.PREVIEWS, MediaType.PREVIEW, 7);
    }

    /**
     * One media set of a version localization: {@code ...version[2.4.0].screenshots[en-US/APP_IPHONE_67]}.
     *
     * @param folder {@code screenshots} or {@code previews}, the kind's folder
     */
    public record Key(VersionKey version, String folder, String locale, String displayType) implements KindKey {
        @Override
        public Address address() {
            return version.address().child(folder, locale + "/" + displayType);
        }

        /** The version localization the set belongs to, {@code ...version[2.4.0].locale[en-US]}. */
        LocaleKey<VersionKey> localization() {
            return new LocaleKey<>(version, locale);
        }
    }

    private Key key(AppSpec app, String locale, String type) {
        return new Key(VersionHandler.key(app), kind.folder(), locale, type);
    }

    @Override
    public List<DesiredObject<MediaSetHandler.Key>> desired(AppSpec app) {
        if (!VersionHandler.hasVersion(app)) {
            return List.of();
        }
        List<DesiredObject<MediaSetHandler.Key>> out = new ArrayList<>();
        boolean prune = app.media().prunes(kind);
        for (MediaSet set : app.media().sets(kind)) {
            if (set.files().isEmpty()) {
                continue; // an empty folder declares nothing; with pruning the live set goes as a whole
            }
            // The origin is the set folder relative to the store: apply finds the files there.
            out.add(desiredObject(key(app, set.locale(), set.type()), Handlers.storePath(app) + "." + kind.folder()
                    + "." + set.locale() + "." + set.type(), MediaSetCalls.desiredSlots(set, kind, prune),
                    Mark.startOf(set.folder())));
        }
        return out;
    }

    /** The sets of the localizations with declared sets (of every one, with pruning); nothing declared, no read. */
    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        boolean prune = spec.media().prunes(kind);
        Set<String> locales = spec.media().sets(kind).stream().map(MediaSet::locale).collect(Collectors.toSet());
        if (VersionHandler.hasVersion(spec) && (prune || !locales.isEmpty())) {
            reads.getAll(localizations(app).stream().filter(l -> prune || locales.contains(LiveApp.text(l, "locale")))
                    .map(l -> ListMediaSets.of(media, l.id())).toList());
        }
    }

    /** Every set of every localization of the version being prepared: import writes them all. */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.getAll(localizations(app).stream().map(l -> ListMediaSets.of(media, l.id())).toList());
    }

    /**
     * One object per live set with at least one processed asset: its files, {@code NN-<fileName>} → where to
     * download them (see {@link MediaExport}); the store layout turns them into files of the set folder. Assets
     * that are not usable (upload never finished, processing FAILED) have no file to download and are left out.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (LiveMediaSet set : LiveMediaSet.all(app, media)) {
            Map<String, JsonNode> files = new LinkedHashMap<>();
            for (Resource asset : set.assets()) {
                Optional<String> url = MediaFileValue.of(asset, media).usable()
                        ? MediaExport.url(asset, media) : Optional.empty();
                url.ifPresent(u -> files.put(MediaExport.fileName(files.size(), LiveApp.text(asset, "fileName"), kind),
                        MediaExport.remote(u, asset)));
            }
            if (!files.isEmpty()) {
                out.add(new ExportedObject("apps." + label + "." + kind.folder() + "." + set.locale() + "." + set.type(media), files,
                        Set.of()));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<MediaSetHandler.Key>> live(LiveApp app, AppSpec spec) {
        if (!VersionHandler.hasVersion(spec)) {
            return List.of();
        }
        String blocked = app.currentVersion().map(VersionHandler::blockedReason).orElse(null);
        List<LiveObject<MediaSetHandler.Key>> out = new ArrayList<>();
        for (LiveMediaSet set : LiveMediaSet.all(app, media)) {
            out.add(liveObject(key(spec, set.locale(), set.type(media)), set.set().id(),
                    MediaSetCalls.liveSlots(set.assets(), media, kind), blocked));
        }
        return out;
    }

    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return MediaFileValue.sameFile(desired, live);
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<MediaSetHandler.Key> desired, LiveApp app) {
        return VersionHandler.childCreateRefusal(app);
    }

    @Override
    public List<ApiCall> create(DesiredObject<MediaSetHandler.Key> desired, LiveApp app) {
        String locale = desired.key().locale();
        // A localization created by the same apply is referred to by its address; apply orders this after it.
        String localizationId = localizations(app).stream()
                .filter(l -> locale.equals(LiveApp.text(l, "locale"))).map(Resource::id).findFirst()
                .orElse(IdReference.token(desired.key().localization().address()));
        List<ApiCall> calls = new ArrayList<>(List.of(CreateMediaSet.of(media, localizationId,
                desired.key().displayType())));
        calls.addAll(MediaSetCalls.reservations(desired, media, IdReference.token(desired.address())));
        return calls;
    }

    @Override
    public List<ApiCall> update(DesiredObject<MediaSetHandler.Key> desired, LiveObject<MediaSetHandler.Key> live, Map<String, JsonNode> changed, LiveApp app) {
        List<Resource> assets = LiveMediaSet.all(app, media).stream().filter(s -> s.set().id().equals(live.id()))
                .findFirst().map(LiveMediaSet::assets).orElse(List.of());
        return MediaSetCalls.update(desired, media, kind, live.id(), assets);
    }

    @Override
    public List<ApiCall> delete(LiveObject<MediaSetHandler.Key> live, LiveApp app) {
        return List.of(DeleteMediaSet.of(media, live.id()));
    }

    /** The localizations of the version being prepared, as its base read included them. */
    private static List<Resource> localizations(LiveApp app) {
        return app.currentVersion().flatMap(v -> app.related(v, "appStoreVersionLocalizations")).orElse(List.of());
    }
}
