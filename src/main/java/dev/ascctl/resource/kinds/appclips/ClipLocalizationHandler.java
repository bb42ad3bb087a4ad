package dev.ascctl.resource.kinds.appclips;

import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.Mark;
import dev.ascctl.store.SectionInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The App Clip card's text of a default experience in one locale,
 * {@code app[b].version[2.4.0].appClip[c].defaultExperience.locale[en-US]}: its {@code subtitle} (at most 56
 * characters, checked offline by the App Clip file's rules, {@link AppClips#problems}). A locale missing from the
 * file is deleted only with {@code policy.prune.appClipExperiences}; its header image goes with it.
 */
public final class ClipLocalizationHandler
        extends LocalizationKind<PartKey<NamedKey<VersionKey>>, LocaleKey<PartKey<NamedKey<VersionKey>>>> {
    static final String RELATIONSHIP = "appClipDefaultExperienceLocalizations";

    public ClipLocalizationHandler() {
        super(new KindSpec("appClipDefaultExperienceLocalization", 31, AppClips.PRUNE),
                Api.of("/v1/appClipDefaultExperiences", RELATIONSHIP, "appClipDefaultExperience",
                        AttributeSpec.plain("subtitle")), LocaleKey::new);
    }

    @Override
    public List<DesiredObject<LocaleKey<PartKey<NamedKey<VersionKey>>>>> desired(AppSpec app) {
        List<DesiredObject<LocaleKey<PartKey<NamedKey<VersionKey>>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(app)) {
            JsonNode localizations = clip.root().path("defaultExperience").path("localizations");
            if (!localizations.isObject()) {
                continue;
            }
            PartKey<NamedKey<VersionKey>> parent = AppClips.experience(AppClips.version(app, clip), clip.clipBundleId());
            for (String locale : localizations.propertyNames()) {
                String at = SectionInput.child("/defaultExperience/localizations", locale);
                Map<String, JsonNode> values = new LinkedHashMap<>();
                Map<String, Mark> marks = new LinkedHashMap<>();
                if (localizations.get(locale).has("subtitle")) {
                    values.put("subtitle", localizations.get(locale).get("subtitle"));
                    marks.put("subtitle", clip.input().mark(at + "/subtitle"));
                }
                out.add(declared(parent, locale, clip.storePath(app) + ".defaultExperience.localizations." + locale,
                        new Attributes(values, marks, Set.of()), clip.input().keyMark(at)));
            }
        }
        return out;
    }

    @Override
    protected List<LiveParent<PartKey<NamedKey<VersionKey>>>> liveParents(LiveApp app, AppSpec spec) {
        List<LiveParent<PartKey<NamedKey<VersionKey>>>> out = new ArrayList<>();
        for (AppClips.Declared clip : AppClips.declared(spec)) {
            if (!clip.root().path("defaultExperience").has("localizations")) {
                continue; // not managed: its live localizations are left alone
            }
            VersionKey version = AppClips.version(spec, clip);
            AppClips.liveClip(app, clip.clipBundleId()).flatMap(c -> AppClips.managedExperience(app, version, c))
                    .ifPresent(e -> out.add(new LiveParent<>(AppClips.experience(version, clip.clipBundleId()),
                            DefaultExperienceHandler.blockedReason(app, version), of(app, e))));
        }
        return out;
    }

    @Override
    protected List<ExportedParent> exportedParents(LiveApp app, String label) {
        List<ExportedParent> out = new ArrayList<>();
        for (Resource clip : AppClips.liveClips(app)) {
            DefaultExperienceHandler.exported(app, clip).ifPresent(e -> out.add(new ExportedParent(
                    AppClips.exportPath(label, LiveApp.text(clip, "bundleId")) + ".defaultExperience.localizations.",
                    of(app, e))));
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<PartKey<NamedKey<VersionKey>>>> desired,
                                          LiveApp app) {
        return DefaultExperienceHandler.refusal(desired.key().parent(), app);
    }

    @Override
    protected String parentId(PartKey<NamedKey<VersionKey>> parent, LiveApp app) {
        return DefaultExperienceHandler.idOf(parent, app);
    }

    /** The experience's localizations, from its own read (which includes their header images). */
    static List<Resource> of(LiveApp app, Resource experience) {
        return app.read(AppClips.localizationsOf(experience.id())).map(Document::data).orElse(List.of());
    }
}
