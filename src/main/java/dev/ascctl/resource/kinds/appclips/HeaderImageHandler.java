package dev.ascctl.resource.kinds.appclips;

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
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.resource.kinds.media.MediaExport;
import dev.ascctl.resource.kinds.media.MediaFileValue;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.MediaFile;
import dev.ascctl.store.SectionInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The App Clip card image of a default experience in one locale,
 * {@code app[b].version[2.4.0].appClip[c].defaultExperience.locale[en-US].headerImage}, uploaded with the
 * reservation / upload / commit / processing flow of screenshots (the plan's upload step, run by apply's
 * AssetUploader) on {@code /v1/appClipHeaderImages}.
 * <ul>
 *   <li><b>Identity is the MD5</b> (Apple's {@code sourceFileChecksum}), never the name: an unchanged file is never
 *   uploaded again, a renamed one with the same bytes is no change; a live image whose upload never finished or
 *   whose processing failed is no match, so it is replaced.</li>
 *   <li><b>Another file replaces the live one</b> (a localization has one image, a to-one relationship): the live
 *   image is deleted, then the new one is reserved and uploaded; a failed upload leaves none (the uploader deletes
 *   its reservation) and the next plan uploads again.</li>
 *   <li>No read of its own: the localizations' read includes their images. Without {@code headerImage} the live
 *   image is left alone; there is no delete of its own (it goes with its localization).</li>
 *   <li>A localization this apply creates gets its image in the same apply ({@code {{id:...}}} of it).</li>
 * </ul>
 */
public final class HeaderImageHandler extends Kind<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>>
        implements Creatable<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>>,
        Deletable<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>> {
    private static final KindSpec SPEC = new KindSpec("appClipHeaderImage", 32, null);
    private static final MediaType MEDIA = MediaType.APP_CLIP_HEADER_IMAGE;
    static final String FILE = "file";
    /** The folder of the app where import writes the card images. */
    static final String EXPORT_FOLDER = AppClips.FOLDER;

    public HeaderImageHandler() {
        super(SPEC, List.of(AttributeSpec.of(FILE).replacing()));
    }

    @Override
    public List<DesiredObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(app)) {
            JsonNode localizations = clip.root().path("defaultExperience").path("localizations");
            if (!localizations.isObject()) {
                continue;
            }
            PartKey<NamedKey<VersionKey>> experience = AppClips.experience(AppClips.version(app, clip),
                    clip.clipBundleId());
            for (String locale : localizations.propertyNames()) {
                JsonNode written = localizations.get(locale).path("headerImage");
                if (!written.isString()) {
                    continue;
                }
                MediaFile file = AppClips.image(app, written.asString());
                String value = MediaFileValue.desired(file.relativePath().toString().replace('\\', '/'), file.size(),
                        file.md5()).toString();
                String at = SectionInput.child("/defaultExperience/localizations", locale) + "/headerImage";
                out.add(new DesiredObject<>(key(experience, locale), SPEC.name(), clip.storePath(app)
                        + ".defaultExperience.localizations." + locale + ".headerImage",
                        Map.of(FILE, StringNode.valueOf(value)), Set.of(), clip.input().mark(at)));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(spec)) {
            if (clip.defaultExperience().isEmpty()) {
                continue;
            }
            VersionKey version = AppClips.version(spec, clip);
            PartKey<NamedKey<VersionKey>> experience = AppClips.experience(version, clip.clipBundleId());
            Optional<Resource> live = AppClips.liveClip(app, clip.clipBundleId())
                    .flatMap(c -> AppClips.managedExperience(app, version, c));
            if (live.isEmpty()) {
                continue;
            }
            String blocked = DefaultExperienceHandler.blockedReason(app, version);
            for (Resource localization : ClipLocalizationHandler.of(app, live.get())) {
                image(app, live.get(), localization).ifPresent(image -> out.add(new LiveObject<>(
                        key(experience, LiveApp.text(localization, "locale")), SPEC.name(), image.id(),
                        Map.of(FILE, StringNode.valueOf(MediaFileValue.of(image, MEDIA).toString())), blocked)));
            }
        }
        return out;
    }

    /**
     * Every usable live image of the experience import writes: the localization's {@code headerImage} key
     * ({@code app-clips/<clip>-<locale>.<png|jpg>}) and the file, downloaded into the app folder {@code app-clips/}.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource clip : AppClips.liveClips(app)) {
            String bundleId = LiveApp.text(clip, "bundleId");
            Optional<Resource> experience = DefaultExperienceHandler.exported(app, clip);
            if (bundleId == null || experience.isEmpty()) {
                continue;
            }
            for (Resource localization : ClipLocalizationHandler.of(app, experience.get())) {
                String locale = LiveApp.text(localization, "locale");
                Optional<Resource> image = image(app, experience.get(), localization)
                        .filter(i -> MediaFileValue.of(i, MEDIA).usable());
                Optional<String> url = image.flatMap(i -> MediaExport.url(i, MEDIA));
                if (locale == null || url.isEmpty()) {
                    continue;
                }
                String name = bundleId + "-" + locale + (String.valueOf(LiveApp.text(image.get(), "fileName"))
                        .toLowerCase(Locale.ROOT).endsWith(".png") ? ".png" : ".jpg");
                out.add(new ExportedObject(AppClips.exportPath(label, bundleId) + ".defaultExperience.localizations."
                        + locale, Map.of("headerImage", StringNode.valueOf(EXPORT_FOLDER + "/" + name))));
                out.add(new ExportedObject("apps." + label + "." + EXPORT_FOLDER,
                        Map.of(name, MediaExport.remote(url.get(), image.get())), Set.of()));
            }
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>> desired,
                                          LiveApp app) {
        return DefaultExperienceHandler.refusal(desired.key().parent().parent(), app);
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>> desired,
                                LiveApp app) {
        LocaleKey<PartKey<NamedKey<VersionKey>>> localization = desired.key().parent();
        PartKey<NamedKey<VersionKey>> experience = localization.parent();
        VersionKey version = experience.parent().parent();
        String localizationId = AppClips.liveClip(app, experience.parent().name())
                .flatMap(c -> AppClips.managedExperience(app, version, c))
                .flatMap(e -> ClipLocalizationHandler.of(app, e).stream()
                        .filter(l -> localization.locale().equals(LiveApp.text(l, "locale"))).findFirst())
                .map(Resource::id).orElseGet(() -> IdReference.token(localization.address()));
        MediaFileValue file = MediaFileValue.parse(desired.attributes().get(FILE)).orElseThrow();
        String fileName = file.name().substring(file.name().lastIndexOf('/') + 1);
        AssetUpload upload = new AssetUpload(file.name(), file.size(), file.md5(),
                desired.address().child("asset", file.md5()).value(), MEDIA.stateAttribute());
        return List.of(ReserveAsset.of(MEDIA, localizationId, fileName, null, upload));
    }

    /** The first half of a replace (another file): delete the live image; {@link #create} uploads the new one. */
    @Override
    public List<ApiCall> delete(LiveObject<PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>>> live, LiveApp app) {
        return List.of(DeleteAsset.of(MEDIA, live.id()));
    }

    /** The same file when the MD5s are equal and the live one is usable (see {@link MediaFileValue}). */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return MediaFileValue.sameFile(desired, live);
    }

    /** The localization's image, from the {@code included} of the experience's localizations read. */
    private static Optional<Resource> image(LiveApp app, Resource experience, Resource localization) {
        return AppClips.included(app, AppClips.localizationsOf(experience.id()), localization, "appClipHeaderImage")
                .stream().findFirst();
    }

    private static PartKey<LocaleKey<PartKey<NamedKey<VersionKey>>>> key(PartKey<NamedKey<VersionKey>> experience,
                                                                         String locale) {
        return new PartKey<>(new LocaleKey<>(experience, locale), "headerImage");
    }
}
