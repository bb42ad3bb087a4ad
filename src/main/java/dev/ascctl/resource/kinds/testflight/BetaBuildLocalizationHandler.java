package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.BetaBuildLocalizations;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.BetaBuildSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * "What to Test" of a build in one locale (betaBuildLocalization), {@code app[x].betaBuild[245].locale[en-US]}.
 * <pre>
 * builds:
 *   - build: "245"
 *     localizations: {en-US: {whatsNew: Try the new sync.}}
 * </pre>
 * Only the builds testflight.yaml names are read and compared; a locale missing from a named build is deleted only
 * with {@code policy.prune.locales}.
 */
public final class BetaBuildLocalizationHandler implements Creatable<LocaleKey<BetaKeys.Build>>, Updatable<LocaleKey<BetaKeys.Build>>, Deletable<LocaleKey<BetaKeys.Build>> {
    private static final KindSpec SPEC = new KindSpec("betaBuildLocalization", 26,
            "locales");
    private static final String WHATS_NEW = "whatsNew";

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    private static LocaleKey<BetaKeys.Build> key(String bundleId, String build, String locale) {
        return new LocaleKey<>(new BetaKeys.Build(bundleId, build), locale);
    }

    @Override
    public List<DesiredObject<LocaleKey<BetaKeys.Build>>> desired(AppSpec app) {
        List<DesiredObject<LocaleKey<BetaKeys.Build>>> out = new ArrayList<>();
        for (BetaBuildSpec build : app.testFlight().builds()) {
            build.localizations().forEach((locale, attributes) -> out.add(new DesiredObject<>(
                    key(app.bundleId(), build.build(), locale), SPEC.name(),
                    BetaLive.storePath(app) + ".builds." + build.build() + ".localizations." + locale,
                    attributes.values(), attributes.sensitive(),
                    attributes.marks().values().stream().findFirst().orElse(build.mark()))));
        }
        return out;
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return BetaBuildsLive.reads(app, spec);
    }

    @Override
    public List<LiveObject<LocaleKey<BetaKeys.Build>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<LocaleKey<BetaKeys.Build>>> out = new ArrayList<>();
        for (BetaBuildSpec entry : spec.testFlight().builds()) {
            BetaBuildsLive.resolve(app, entry.build()).ifPresent(build -> {
                for (Resource loc : BetaBuildsLive.related(app, build, "betaBuildLocalizations")) {
                    JsonNode v = loc.attributes().get(WHATS_NEW);
                    out.add(new LiveObject<>(key(app.bundleId(), entry.build(), LiveApp.text(loc, "locale")),
                            SPEC.name(), loc.id(), Map.of(WHATS_NEW, v == null ? NullNode.getInstance() : v), null));
                }
            });
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<BetaKeys.Build>> desired, LiveApp app) {
        String key = desired.key().parent().build();
        return BetaBuildsLive.resolve(app, key).isPresent() ? Optional.empty()
                : BetaBuildsLive.problem(app, key);
    }

    @Override
    public List<ApiCall> create(DesiredObject<LocaleKey<BetaKeys.Build>> desired, LiveApp app) {
        var attributes = BetaGroupHandler.object(desired.attributes());
        attributes.put("locale", desired.key().locale());
        return List.of(BetaBuildLocalizations.create(BetaBuildsLive.resolve(app, desired.key().parent().build()).orElseThrow().id(),
                attributes));
    }

    @Override
    public List<ApiCall> update(DesiredObject<LocaleKey<BetaKeys.Build>> desired, LiveObject<LocaleKey<BetaKeys.Build>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(BetaBuildLocalizations.update(live.id(), BetaGroupHandler.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<LocaleKey<BetaKeys.Build>> live, LiveApp app) {
        return List.of(BetaBuildLocalizations.delete(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<LocaleKey<BetaKeys.Build>> desired, LiveApp app) {
        return BetaBuildsLive.resolve(app, desired.key().parent().build()).map(b -> new AdoptionCheck(
                "/v1/builds/" + b.id() + "/betaBuildLocalizations", "locale", desired.key().locale()));
    }

    /**
     * Exported: What to Test of every unexpired build that has any, as the {@code localizations} of the build's
     * item in the top-level {@code builds} list ({@code builds[build=245]}), keyed by build number (never
     * {@code latest}, which would name another build after the next upload).
     */
    @Override
    public List<ApiQuery> exportReads(LiveApp app) {
        return List.of(dev.ascctl.asc.endpoint.testflight.BetaBuilds.query(app.app().id(), app.platform()));
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource build : BetaBuildsLive.builds(app)) {
            String number = LiveApp.text(build, "version");
            for (Resource loc : BetaBuildsLive.related(app, build, "betaBuildLocalizations")) {
                String locale = LiveApp.text(loc, "locale");
                JsonNode v = loc.attributes().get(WHATS_NEW);
                out.add(new ExportedObject(BetaLive.exportPath(label) + ".builds[build=" + number + "].localizations." + locale,
                        Map.of(WHATS_NEW, v == null ? NullNode.getInstance() : v), Set.of()));
            }
        }
        return out;
    }

    static JsonNode text(String s) {
        return JsonNodeFactory.instance.stringNode(s);
    }
}
