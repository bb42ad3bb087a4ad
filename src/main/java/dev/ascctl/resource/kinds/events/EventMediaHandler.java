package dev.ascctl.resource.kinds.events;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AssetUpload;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.DeleteAsset;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.endpoint.media.ReserveAsset;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.media.MediaExport;
import dev.ascctl.resource.kinds.media.MediaFileValue;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.MediaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * An in-app event's card and details media in one locale ({@code app[b].event[Spring Sale].locale[en-US].card},
 * {@code .details}, {@code .cardVideo}, {@code .detailsVideo}), from {@code events/<name>/<locale>/card.png} and the
 * like, uploaded with the media engine's reservation, upload, commit and processing ({@code appEventScreenshots},
 * {@code appEventVideoClips}).
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Identity is the MD5.</b> Apple keeps no checksum of event media (its commit takes none and its resource
 *   has none), so the name it is uploaded under carries it: {@code card-<md5>.png}; Apple answers the name as
 *   uploaded, so an unchanged file is recognised and never uploaded again, whatever it is called in the store.</li>
 *   <li><b>Another file replaces the live one</b> (deleted, then the new one reserved and uploaded): Apple keeps one
 *   of each per locale and changes no asset in place. Event media have no order, so there is no reorder: the
 *   card and details are two slots, not a list.</li>
 *   <li>Only locales with a media folder are managed; a file removed from a managed folder is deleted only with
 *   {@code policy.prune.events}.</li>
 * </ul>
 */
public final class EventMediaHandler extends Kind<PartKey<LocaleKey<NamedKey<AppKey>>>>
        implements StraightReads, Creatable<PartKey<LocaleKey<NamedKey<AppKey>>>>,
        Deletable<PartKey<LocaleKey<NamedKey<AppKey>>>> {
    private static final KindSpec SPEC = new KindSpec("appEventMedia", 42, "events");
    static final String FILE = "file";
    /** {@code card-<md5>.png}: the MD5 the store's file had when it was uploaded. */
    private static final Pattern UPLOADED = Pattern.compile("^(?:card|details)-([0-9a-f]{32})\\.[A-Za-z0-9]+$");

    public EventMediaHandler() {
        super(SPEC, List.of(AttributeSpec.of(FILE).replacing()));
    }

    @Override
    public List<DesiredObject<PartKey<LocaleKey<NamedKey<AppKey>>>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<LocaleKey<NamedKey<AppKey>>>>> out = new ArrayList<>();
        for (EventSpec event : EventSpec.of(app)) {
            for (String locale : event.mediaLocales()) {
                for (EventSpec.Slot slot : EventSpec.Slot.values()) {
                    event.media(locale, slot).ifPresent(path -> {
                        MediaFile file = EventSpec.mediaFile(app, path);
                        String value = MediaFileValue.desired(file.relativePath().toString().replace('\\', '/'),
                                file.size(), file.md5()).toString();
                        out.add(new DesiredObject<>(key(app.bundleId(), event.referenceName(), locale, slot), SPEC.name(),
                                EventReads.storePath(app.label(), event.input().name()) + ".media." + locale + "."
                                        + slot.segment(), Map.of(FILE, StringNode.valueOf(value)), Set.of(),
                                dev.ascctl.store.Mark.startOf(path)));
                    });
                }
            }
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (!EventSpec.of(spec).isEmpty()) {
            EventReads.read(app, spec, reads);
        }
    }

    @Override
    public List<LiveObject<PartKey<LocaleKey<NamedKey<AppKey>>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<LocaleKey<NamedKey<AppKey>>>>> out = new ArrayList<>();
        for (EventSpec declared : EventSpec.of(spec)) {
            Optional<Resource> event = EventReads.event(app, declared.referenceName());
            if (event.isEmpty()) {
                continue;
            }
            List<String> managed = declared.mediaLocales();
            for (Resource localization : EventReads.localizations(app, event.get())) {
                String locale = LiveApp.text(localization, "locale");
                if (locale == null || !managed.contains(locale)) {
                    continue;
                }
                for (Resource asset : EventReads.media(app, event.get(), localization)) {
                    slotOf(asset).ifPresent(slot -> out.add(new LiveObject<>(key(spec.bundleId(),
                            declared.referenceName(), locale, slot), SPEC.name(), asset.id(),
                            Map.of(FILE, StringNode.valueOf(liveValue(asset, slot).toString())),
                            EventReads.blockedReason(event.get()))));
                }
            }
        }
        return out;
    }

    /** A live asset as the plan shows it, its MD5 taken from the name it was uploaded under. */
    private static MediaFileValue liveValue(Resource asset, EventSpec.Slot slot) {
        MediaFileValue read = MediaFileValue.of(asset, media(slot));
        Matcher m = UPLOADED.matcher(read.name());
        return new MediaFileValue(read.name(), read.size(), m.matches() ? m.group(1) : null, read.state());
    }

    /** An asset whose upload never finished or that Apple could not process. */
    private static boolean broken(MediaFileValue value) {
        return value.state() != null && Set.of("AWAITING_UPLOAD", "FAILED").contains(value.state());
    }

    private static Optional<EventSpec.Slot> slotOf(Resource asset) {
        boolean video = asset.type().equals(MediaType.APP_EVENT_VIDEO_CLIP.assetType());
        String assetType = LiveApp.text(asset, "appEventAssetType");
        for (EventSpec.Slot slot : EventSpec.Slot.values()) {
            if (slot.video == video && slot.assetType.equals(assetType)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    private static MediaType media(EventSpec.Slot slot) {
        return slot.video ? MediaType.APP_EVENT_VIDEO_CLIP : MediaType.APP_EVENT_SCREENSHOT;
    }

    /**
     * The same file when the MD5s are equal and the live one is usable. A live file uploaded by another tool or by
     * hand has no checksum in its name: it is kept while its size equals the store's file (what import downloaded),
     * so adopting a store uploads nothing; a changed file of the very same size is then not seen, until the next file
     * that ascctl uploads carries its checksum.
     */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        Optional<MediaFileValue> want = MediaFileValue.parse(desired);
        Optional<MediaFileValue> have = MediaFileValue.parse(live);
        if (want.isPresent() && have.isPresent() && have.get().md5() == null) {
            return have.get().size() == want.get().size() && !broken(have.get());
        }
        return MediaFileValue.sameFile(desired, live);
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<LocaleKey<NamedKey<AppKey>>>> desired, LiveApp app) {
        return EventReads.event(app, desired.key().parent().parent().name()).map(EventReads::blockedReason);
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<LocaleKey<NamedKey<AppKey>>>> desired, LiveApp app) {
        EventSpec.Slot slot = slot(desired.key().part());
        MediaFileValue file = MediaFileValue.parse(desired.attributes().get(FILE)).orElseThrow();
        String ext = file.name().substring(file.name().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String uploadedAs = slot.stem + "-" + file.md5() + "." + ext;
        MediaType media = media(slot);
        AssetUpload upload = new AssetUpload(file.name(), file.size(), file.md5(),
                desired.address().child("asset", file.md5()).value(), media.stateAttribute());
        return List.of(ReserveAsset.of(media, localizationId(desired.key().parent(), app), uploadedAs, null,
                Map.of("appEventAssetType", slot.assetType), upload));
    }

    /** The live localization's id, or the placeholder of the one this apply creates. */
    private static String localizationId(LocaleKey<NamedKey<AppKey>> key, LiveApp app) {
        return EventReads.event(app, key.parent().name()).flatMap(event -> EventReads.localizations(app, event).stream()
                .filter(l -> key.locale().equals(LiveApp.text(l, "locale"))).findFirst()).map(Resource::id)
                .orElse(IdReference.token(key.address()));
    }

    /** The first half of a replace, or a prune. */
    @Override
    public List<ApiCall> delete(LiveObject<PartKey<LocaleKey<NamedKey<AppKey>>>> live, LiveApp app) {
        return List.of(DeleteAsset.of(media(slot(live.key().part())), live.id()));
    }

    /** Every usable live image and video, downloaded into {@code events/<file name>/<locale>/card.png} and the like. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource event : EventReads.events(app)) {
            String name = EventReads.name(event);
            if (name == null) {
                continue;
            }
            for (Resource localization : EventReads.localizations(app, event)) {
                String locale = LiveApp.text(localization, "locale");
                if (locale == null) {
                    continue;
                }
                ObjectNode files = JsonNodeFactory.instance.objectNode();
                for (Resource asset : EventReads.media(app, event, localization)) {
                    Optional<EventSpec.Slot> slot = slotOf(asset);
                    MediaFileValue value = slot.map(s -> liveValue(asset, s)).orElse(null);
                    Optional<String> url = slot.flatMap(s -> MediaExport.url(asset, media(s)));
                    if (value == null || broken(value) || url.isEmpty()) {
                        continue;
                    }
                    String ext = value.name().substring(value.name().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                    ObjectNode remote = MediaExport.remote(url.get(), asset);
                    if (value.md5() != null) {
                        remote.put("sourceFileChecksum", value.md5());
                    }
                    files.set(slot.get().stem + "." + ext, remote);
                }
                if (!files.isEmpty()) {
                    Map<String, JsonNode> attributes = new java.util.LinkedHashMap<>();
                    files.properties().forEach(e -> attributes.put(e.getKey(), e.getValue()));
                    out.add(new ExportedObject(EventReads.storePath(label, EventReads.fileName(name)) + "." + locale,
                            attributes, Set.of()));
                }
            }
        }
        return out;
    }

    private static EventSpec.Slot slot(String segment) {
        for (EventSpec.Slot slot : EventSpec.Slot.values()) {
            if (slot.segment().equals(segment)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("not an event media slot: " + segment);
    }

    static PartKey<LocaleKey<NamedKey<AppKey>>> key(String bundleId, String referenceName, String locale,
                                                    EventSpec.Slot slot) {
        return new PartKey<>(new LocaleKey<>(EventReads.key(bundleId, referenceName), locale), slot.segment());
    }
}
