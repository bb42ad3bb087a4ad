package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;

/**
 * The TestFlight text of one locale (betaAppLocalization), {@code app[x].betaLocale[en-US]}, in testflight.yaml:
 * {@code localizations: {en-US: {description: Notes Pro beta, feedbackEmail: beta@example.com}}}.
 * Deleted only with {@code policy.prune.locales}.
 */
public final class BetaAppLocalizationHandler extends LocalizationKind<AppKey, BetaKeys.AppLocale>
        implements StraightReads, StraightReads.ForExport {
    /**
     * The beta app description at most 4,000 characters, as What to Test: App Store Connect Help, TestFlight,
     * "Provide test information" names the field (required for external testing), and teams filling it in note
     * "Beta App Description (≤4000)"; the spec declares no maxLength. The App Store description it mirrors is 4,000 too
     * ("Platform version information").
     */
    private static final List<AttributeSpec> TEXT = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(AttributeSpec.of("description").limit(4000)),
            AttributeSpec.plain("feedbackEmail", "marketingUrl", "privacyPolicyUrl", "tvOsPrivacyPolicy").stream()).toList();

    public BetaAppLocalizationHandler() {
        super(new KindSpec("betaAppLocalization", 23, "locales"), Api.of("/v1/apps", "betaAppLocalizations", "app",
                TEXT).textAt(TextLimits.Place.BETA_APP_LOCALIZATION), BetaKeys.AppLocale::new);
    }

    @Override
    public List<DesiredObject<BetaKeys.AppLocale>> desired(AppSpec app) {
        return declared(new AppKey(app.bundleId()), BetaLive.storePath(app) + ".localizations.",
                app.testFlight().localizations(), app.mark()).toList();
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        reads.getAll(BetaLive.reads(app, spec));
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.getAll(BetaLive.exportReads(app));
    }

    @Override
    protected List<LiveParent<AppKey>> liveParents(LiveApp app, AppSpec spec) {
        return List.of(new LiveParent<>(new AppKey(app.bundleId()), null, BetaLive.appRelated(app, relationship())));
    }

    @Override
    protected List<ExportedParent> exportedParents(LiveApp app, String label) {
        return List.of(new ExportedParent(BetaLive.exportPath(label) + ".localizations.",
                BetaLive.appRelated(app, relationship())));
    }

    @Override
    protected String parentId(AppKey parent, LiveApp app) {
        return app.app().id();
    }
}
