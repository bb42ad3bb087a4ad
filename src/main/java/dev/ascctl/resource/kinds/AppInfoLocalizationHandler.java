package dev.ascctl.resource.kinds;

import static dev.ascctl.resource.AttributeSpec.of;

import dev.ascctl.resource.BaseInclude.BaseRead;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppInfoLocalization;
import dev.ascctl.asc.endpoint.DeleteAppInfoLocalization;
import dev.ascctl.asc.endpoint.UpdateAppInfoLocalization;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;
import java.util.Optional;

/**
 * The app-level text of one locale (appInfoLocalization) in locales/&lt;locale&gt;.yaml: name, subtitle, privacy
 * (limits: App Store Connect Help, "App information"; the spec declares no maxLength).
 * When the apply creates the store's version while the app information is live, Apple makes an editable copy of it
 * ({@link NewVersionCopies}): the text is compared with the copied localizations and written to them, and a new
 * locale is created under the copy, in the same apply.
 */
public final class AppInfoLocalizationHandler extends LocaleFileText<AppInfoLocalizationHandler.Info,
        AppInfoLocalizationHandler.Key> {

    /**
     * The app information of an app, with the version the store asks for (null when it names none), which decides
     * whether Apple makes an editable app info during the apply. Its address is the app's.
     */
    public record Info(AppKey app, VersionKey version) implements KindKey {
        @Override
        public Address address() {
            return app.address();
        }
    }

    /** {@code app[x].locale[de-DE].info} */
    public record Key(Info parent, String locale) implements LocalizationKind.Key<Info> {
        @Override
        public Address address() {
            return parent.address().child("locale", locale).child("info");
        }
    }

    public AppInfoLocalizationHandler() {
        super(new KindSpec("appInfoLocalization", 2, "locales"), new Api("/v1/appInfos", "appInfoLocalizations",
                List.of(of("name").limit(30), of("subtitle").limit(30), of("privacyPolicyUrl"), of("privacyChoicesUrl"),
                        of("privacyPolicyText")),
                CreateAppInfoLocalization::of, UpdateAppInfoLocalization::of, DeleteAppInfoLocalization::of)
                .textAt(TextLimits.Place.LOCALE_APP_INFO),
                Key::new, LocaleSpec::appInfo, BaseRead.APP_INFOS);
    }

    @Override
    Optional<Info> parentKey(AppSpec app) {
        return Optional.of(new Info(new AppKey(app.bundleId()),
                VersionHandler.hasVersion(app) ? VersionHandler.key(app) : null));
    }

    @Override
    Optional<Resource> parent(LiveApp app) {
        return app.editableAppInfo();
    }

    /** The editable app info Apple makes when the apply creates the version while the app info is live. */
    @Override
    protected Optional<Copy> copyOf(Info parent, LiveApp app) {
        Optional<VersionKey> created = parent.version() == null ? Optional.empty()
                : NewVersionCopies.created(parent.version(), app);
        return NewVersionCopies.copiedAppInfo(created, app).map(live -> {
            var lookup = NewVersionCopies.editableAppInfo(created.get(), app);
            return new Copy(lookup.token(), List.of(lookup), List.of(created.get().address()),
                    "the editable app information of version " + created.get().versionString(), java.util.Set.of(),
                    localizations(app, live));
        });
    }

    @Override
    String blockedReason(Resource info) {
        return LiveApp.isEditableAppInfo(info) ? null
                : "the app information is " + LiveApp.text(info, "state") + " and takes no edits";
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<Key> desired, LiveApp app) {
        var name = desired.attributes().get("name");
        return parentRefusal(desired.key().parent(), app, "the app has no app information that takes edits")
                .or(() -> name == null || name.isNull()
                        ? Optional.of("Apple requires a name to add a locale; set 'name' in this locale's file")
                        : Optional.empty());
    }
}
