package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.BetaAppLocalizations;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The TestFlight text of one locale (betaAppLocalization), {@code app[x].betaLocale[en-US]}.
 * <pre>
 * localizations:
 *   en-US: {description: Notes Pro beta, feedbackEmail: beta@example.com}
 * </pre>
 * Deleted only with {@code policy.prune.locales}.
 */
public final class BetaAppLocalizationHandler extends BetaAppHandler<BetaKeys.AppLocale> implements Creatable<BetaKeys.AppLocale>, Updatable<BetaKeys.AppLocale>, Deletable<BetaKeys.AppLocale> {
    private static final KindSpec SPEC = new KindSpec("betaAppLocalization", 23,
            "locales");
    private static final List<String> ATTRIBUTES = List.of("description", "feedbackEmail", "marketingUrl",
            "privacyPolicyUrl", "tvOsPrivacyPolicy");

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    private static BetaKeys.AppLocale key(String bundleId, String locale) {
        return new BetaKeys.AppLocale(bundleId, locale);
    }

    @Override
    public List<DesiredObject<BetaKeys.AppLocale>> desired(AppSpec app) {
        List<DesiredObject<BetaKeys.AppLocale>> out = new ArrayList<>();
        app.testFlight().localizations().forEach((locale, attributes) ->
                out.add(new DesiredObject<>(key(app.bundleId(), locale), SPEC.name(),
                        BetaLive.storePath(app) + ".localizations." + locale, attributes.values(),
                        attributes.sensitive(), attributes.marks().values().stream().findFirst()
                                .orElse(app.mark()))));
        return out;
    }

    /** Every live beta localization under {@code localizations}, with the attributes Apple has set. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource loc : BetaLive.appRelated(app, "betaAppLocalizations")) {
            String locale = LiveApp.text(loc, "locale");
            out.add(new ExportedObject(BetaLive.exportPath(label) + ".localizations." + locale, BetaLive.setAttributes(loc, ATTRIBUTES),
                    Set.of()));
        }
        return out;
    }

    @Override
    public List<LiveObject<BetaKeys.AppLocale>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<BetaKeys.AppLocale>> out = new ArrayList<>();
        for (Resource loc : BetaLive.appRelated(app, "betaAppLocalizations")) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            for (String a : ATTRIBUTES) {
                JsonNode v = loc.attributes().get(a);
                attributes.put(a, v == null ? NullNode.getInstance() : v);
            }
            out.add(new LiveObject<>(key(app.bundleId(), LiveApp.text(loc, "locale")), SPEC.name(), loc.id(),
                    attributes, null));
        }
        return out;
    }

    @Override
    public List<ApiCall> create(DesiredObject<BetaKeys.AppLocale> desired, LiveApp app) {
        var attributes = BetaGroupHandler.object(desired.attributes());
        attributes.put("locale", desired.key().locale());
        return List.of(BetaAppLocalizations.create(app.app().id(), attributes));
    }

    @Override
    public List<ApiCall> update(DesiredObject<BetaKeys.AppLocale> desired, LiveObject<BetaKeys.AppLocale> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(BetaAppLocalizations.update(live.id(), BetaGroupHandler.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<BetaKeys.AppLocale> live, LiveApp app) {
        return List.of(BetaAppLocalizations.delete(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<BetaKeys.AppLocale> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck("/v1/apps/" + app.app().id() + "/betaAppLocalizations", "locale",
                desired.key().locale()));
    }
}
