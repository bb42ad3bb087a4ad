package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.BetaBuildLocalizations;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
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
public final class BetaBuildLocalizationHandler implements ResourceHandler {
    private static final KindSpec SPEC = new KindSpec("betaBuildLocalization", 26,
            Set.of(Capability.CREATE, Capability.UPDATE, Capability.DELETE), "locales");
    private static final String WHATS_NEW = "whatsNew";

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    private static Address address(String bundleId, String build, String locale) {
        return BetaBuildsLive.buildAddress(bundleId, build).child("locale", locale);
    }

    @Override
    public List<DesiredObject> desired(AppSpec app) {
        List<DesiredObject> out = new ArrayList<>();
        for (BetaBuildSpec build : app.testFlight().builds()) {
            build.localizations().forEach((locale, attributes) -> out.add(new DesiredObject(
                    address(app.bundleId(), build.build(), locale), SPEC.name(),
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
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        List<LiveObject> out = new ArrayList<>();
        for (BetaBuildSpec entry : spec.testFlight().builds()) {
            BetaBuildsLive.resolve(app, entry.build()).ifPresent(build -> {
                for (Resource loc : BetaBuildsLive.related(app, build, "betaBuildLocalizations")) {
                    JsonNode v = loc.attributes().get(WHATS_NEW);
                    out.add(new LiveObject(address(app.bundleId(), entry.build(), LiveApp.text(loc, "locale")),
                            SPEC.name(), loc.id(), Map.of(WHATS_NEW, v == null ? NullNode.getInstance() : v), null));
                }
            });
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject desired, LiveApp app) {
        String key = buildOf(desired);
        return BetaBuildsLive.resolve(app, key).isPresent() ? Optional.empty()
                : BetaBuildsLive.problem(app, key);
    }

    @Override
    public List<ApiCall> create(DesiredObject desired, LiveApp app) {
        var attributes = BetaGroupHandler.object(desired.attributes());
        attributes.put("locale", localeOf(desired));
        return List.of(BetaBuildLocalizations.create(BetaBuildsLive.resolve(app, buildOf(desired)).orElseThrow().id(),
                attributes));
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(BetaBuildLocalizations.update(live.id(), BetaGroupHandler.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject live, LiveApp app) {
        return List.of(BetaBuildLocalizations.delete(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject desired, LiveApp app) {
        return BetaBuildsLive.resolve(app, buildOf(desired)).map(b -> new AdoptionCheck(
                "/v1/builds/" + b.id() + "/betaBuildLocalizations", "locale", localeOf(desired)));
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
    public List<DesiredObject> export(LiveApp app, String label) {
        List<DesiredObject> out = new ArrayList<>();
        for (Resource build : BetaBuildsLive.builds(app)) {
            String number = LiveApp.text(build, "version");
            for (Resource loc : BetaBuildsLive.related(app, build, "betaBuildLocalizations")) {
                String locale = LiveApp.text(loc, "locale");
                JsonNode v = loc.attributes().get(WHATS_NEW);
                out.add(new DesiredObject(address(app.bundleId(), number, locale), SPEC.name(),
                        BetaLive.exportPath(label) + ".builds[build=" + number + "].localizations." + locale,
                        Map.of(WHATS_NEW, v == null ? NullNode.getInstance() : v), Set.of(), null));
            }
        }
        return out;
    }

    static String buildOf(DesiredObject desired) {
        String a = desired.address().value();
        int start = a.indexOf(".betaBuild[") + ".betaBuild[".length();
        return a.substring(start, a.indexOf(']', start));
    }

    private static String localeOf(DesiredObject desired) {
        String a = desired.address().value();
        return a.substring(a.indexOf(".locale[") + ".locale[".length(), a.length() - 1);
    }

    static JsonNode text(String s) {
        return JsonNodeFactory.instance.stringNode(s);
    }
}
