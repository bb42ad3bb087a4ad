package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppInfoLocalization;
import dev.ascctl.asc.endpoint.DeleteAppInfoLocalization;
import dev.ascctl.asc.endpoint.UpdateAppInfoLocalization;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The app-level text of one locale (appInfoLocalization): name, subtitle, privacy URLs.
 * <pre>
 * # locales/de-DE.yaml
 * name: Notizen Pro
 * subtitle: Denken in Listen
 * </pre>
 */
public final class AppInfoLocalizationHandler implements Creatable<AppInfoLocalizationHandler.Key>, Updatable<AppInfoLocalizationHandler.Key>, Deletable<AppInfoLocalizationHandler.Key> {
    private static final KindSpec SPEC = new KindSpec("appInfoLocalization", 2,
            "locales");
    static final List<String> ATTRIBUTES = List.of("name", "subtitle", "privacyPolicyUrl", "privacyChoicesUrl",
            "privacyPolicyText");

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    /** The app-level text of one locale: {@code app[x].locale[de-DE].info}. */
    public record Key(String bundleId, String locale) implements KindKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("locale", locale).child("info");
        }
    }

    @Override
    public List<DesiredObject<Key>> desired(AppSpec app) {
        List<DesiredObject<Key>> out = new ArrayList<>();
        for (LocaleSpec locale : app.locales().values()) {
            out.add(new DesiredObject<>(new Key(app.bundleId(), locale.locale()), SPEC.name(),
                    Handlers.storePath(app) + ".locales." + locale.locale(), locale.appInfo().values(),
                    locale.appInfo().sensitive(), new dev.ascctl.store.Mark(locale.file(), 1, 1)));
        }
        return out;
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        var info = app.editableAppInfo();
        if (info.isEmpty()) {
            return List.of();
        }
        List<ExportedObject> out = new ArrayList<>();
        for (Resource loc : app.related(info.get(), "appInfoLocalizations").orElse(List.of())) {
            String locale = LiveApp.text(loc, "locale");
            out.add(new ExportedObject("apps." + label + ".locales." + locale,
                    Handlers.pickSet(loc, ATTRIBUTES), Set.of()));
        }
        return out;
    }

    @Override
    public List<LiveObject<Key>> live(LiveApp app, AppSpec spec) {
        var info = app.editableAppInfo();
        if (info.isEmpty()) {
            return List.of();
        }
        String blocked = LiveApp.isEditableAppInfo(info.get()) ? null
                : "the app information is " + LiveApp.text(info.get(), "state") + " and takes no edits";
        List<LiveObject<Key>> out = new ArrayList<>();
        for (Resource loc : app.related(info.get(), "appInfoLocalizations").orElse(List.of())) {
            String locale = LiveApp.text(loc, "locale");
            out.add(new LiveObject<>(new Key(app.bundleId(), locale), SPEC.name(), loc.id(),
                    Handlers.pick(loc, ATTRIBUTES), blocked));
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<Key> desired, LiveApp app) {
        if (app.editableAppInfo().isEmpty()) {
            return Optional.of("the app has no app information that takes edits");
        }
        JsonNode name = desired.attributes().get("name");
        if (name == null || name.isNull()) {
            return Optional.of("Apple requires a name to add a locale; set 'name' in this locale's file");
        }
        return Optional.empty();
    }

    @Override
    public List<ApiCall> create(DesiredObject<Key> desired, LiveApp app) {
        String appInfoId = app.editableAppInfo().orElseThrow().id();
        return List.of(CreateAppInfoLocalization.of(appInfoId, Handlers.withLocale(desired.key().locale(), desired.attributes())));
    }

    @Override
    public List<ApiCall> update(DesiredObject<Key> desired, LiveObject<Key> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateAppInfoLocalization.of(live.id(), Handlers.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<Key> live, LiveApp app) {
        return List.of(DeleteAppInfoLocalization.of(live.id()));
    }

    @Override
    public Optional<String> deleteRefusal(LiveObject<Key> live, AppSpec spec) {
        return live.key().locale().equals(spec.primaryLocale())
                ? Optional.of("it is the app's primary locale, which Apple never lets you delete")
                : Optional.empty();
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<Key> desired, LiveApp app) {
        return app.editableAppInfo().map(info -> new AdoptionCheck(
                "/v1/appInfos/" + info.id() + "/appInfoLocalizations", "locale", desired.key().locale()));
    }
}
