package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppStoreVersionLocalization;
import dev.ascctl.asc.endpoint.DeleteAppStoreVersionLocalization;
import dev.ascctl.asc.endpoint.UpdateAppStoreVersionLocalization;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Values;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The version-level text of one locale (appStoreVersionLocalization): description, keywords, promotional text,
 * what's new, marketing and support URLs.
 * <pre>
 * # locales/de-DE.yaml
 * description: |
 *   Notizen Pro ordnet deine Gedanken.
 * keywords: [notizen, listen, tagebuch]
 * </pre>
 */
public final class VersionLocalizationHandler implements Creatable<LocaleKey<VersionKey>>, Updatable<LocaleKey<VersionKey>>, Deletable<LocaleKey<VersionKey>> {
    private static final KindSpec SPEC = new KindSpec("appStoreVersionLocalization", 4,
            "locales");
    static final List<String> ATTRIBUTES = List.of("description", "keywords", "promotionalText", "whatsNew",
            "marketingUrl", "supportUrl");

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    @Override
    public List<DesiredObject<LocaleKey<VersionKey>>> desired(AppSpec app) {
        if (!VersionHandler.hasVersion(app)) {
            return List.of();
        }
        List<DesiredObject<LocaleKey<VersionKey>>> out = new ArrayList<>();
        VersionKey version = VersionHandler.key(app);
        for (LocaleSpec locale : app.locales().values()) {
            out.add(new DesiredObject<>(new LocaleKey<>(version, locale.locale()), SPEC.name(),
                    Handlers.storePath(app) + ".locales." + locale.locale(), locale.version().values(),
                    locale.version().sensitive(), new dev.ascctl.store.Mark(locale.file(), 1, 1)));
        }
        return out;
    }

    /** Keywords are written as a YAML list, which reads better in review and joins back to Apple's string. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        var version = app.currentVersion();
        if (version.isEmpty()) {
            return List.of();
        }
        List<ExportedObject> out = new ArrayList<>();
        for (Resource loc : app.related(version.get(), "appStoreVersionLocalizations").orElse(List.of())) {
            String locale = LiveApp.text(loc, "locale");
            Map<String, JsonNode> attributes = new LinkedHashMap<>(Handlers.pickSet(loc, ATTRIBUTES));
            JsonNode keywords = attributes.get("keywords");
            if (keywords != null && keywords.isString()) {
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                normalizeKeywords(keywords.asString()).forEach(list::add);
                attributes.put("keywords", list);
            }
            out.add(new ExportedObject("apps." + label + ".locales." + locale, attributes, Set.of()));
        }
        return out;
    }

    @Override
    public List<LiveObject<LocaleKey<VersionKey>>> live(LiveApp app, AppSpec spec) {
        if (!VersionHandler.hasVersion(spec)) {
            return List.of();
        }
        var version = app.currentVersion();
        if (version.isEmpty()) {
            return List.of();
        }
        String blocked = VersionHandler.blockedReason(version.get());
        VersionKey versionKey = VersionHandler.key(spec);
        List<LiveObject<LocaleKey<VersionKey>>> out = new ArrayList<>();
        for (Resource loc : app.related(version.get(), "appStoreVersionLocalizations").orElse(List.of())) {
            out.add(new LiveObject<>(new LocaleKey<>(versionKey, LiveApp.text(loc, "locale")), SPEC.name(), loc.id(),
                    Handlers.pick(loc, ATTRIBUTES), blocked));
        }
        return out;
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        // Apple refuses whatsNew on an app's first version (409); users asked for it to be handled, not to fail.
        if (attribute.equals("whatsNew")) {
            var version = app.currentVersion();
            if (version.isPresent() && app.isFirstVersion(version.get())) {
                return Optional.of("Apple refuses whatsNew on an app's first version; it will be sent with the next version");
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        return VersionHandler.childCreateRefusal(app);
    }

    @Override
    public List<ApiCall> create(DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        String versionId = app.currentVersion().orElseThrow().id();
        return List.of(CreateAppStoreVersionLocalization.of(versionId, Handlers.withLocale(desired.key().locale(), desired.attributes())));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        return app.currentVersion().map(v -> new AdoptionCheck(
                "/v1/appStoreVersions/" + v.id() + "/appStoreVersionLocalizations", "locale", desired.key().locale()));
    }

    @Override
    public List<ApiCall> update(DesiredObject<LocaleKey<VersionKey>> desired, LiveObject<LocaleKey<VersionKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateAppStoreVersionLocalization.of(live.id(), Handlers.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<LocaleKey<VersionKey>> live, LiveApp app) {
        return List.of(DeleteAppStoreVersionLocalization.of(live.id()));
    }

    @Override
    public Optional<String> deleteRefusal(LiveObject<LocaleKey<VersionKey>> live, AppSpec spec) {
        return live.key().locale().equals(spec.primaryLocale())
                ? Optional.of("it is the app's primary locale, which Apple never lets you delete")
                : Optional.empty();
    }

    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        if (attribute.equals("keywords") && desired != null && live != null && desired.isString() && live.isString()) {
            return normalizeKeywords(desired.asString()).equals(normalizeKeywords(live.asString()));
        }
        return Values.same(desired, live);
    }

    // Apple stores keywords as typed; "a, b" and "a,b" are the same list to a user.
    private static List<String> normalizeKeywords(String keywords) {
        return Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }
}
