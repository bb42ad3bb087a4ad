package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;

/** What to Test of a build testflight.yaml names, per locale: {@code app[x].betaBuild[245].locale[en-US]}; unset imports as null, as import always wrote it. */
public final class BetaBuildLocalizationHandler extends LocalizationKind<BetaKeys.Build, LocaleKey<BetaKeys.Build>>
        implements StraightReads, StraightReads.ForExport {

    public BetaBuildLocalizationHandler() { // What to Test: 4,000 characters (TestFlight "Test Information" help; no spec maxLength)
        super(new KindSpec("betaBuildLocalization", 26, "locales"), Api.of("/v1/builds", "betaBuildLocalizations", "build",
                List.of(dev.ascctl.resource.AttributeSpec.of("whatsNew").limit(4000))).importingUnsetAsNull()
                .textAt(dev.ascctl.store.TextLimits.Place.BETA_BUILD_LOCALIZATION), LocaleKey::new);
    }

    @Override
    public List<DesiredObject<LocaleKey<BetaKeys.Build>>> desired(AppSpec app) {
        return app.testFlight().builds().stream().flatMap(b -> declared(new BetaKeys.Build(app.bundleId(), b.build()),
                BetaBuildsLive.storePath(app, b.build()) + ".localizations.", b.localizations(), b.mark())).toList();
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        reads.getAll(BetaBuildsLive.reads(app, spec));
    }

    @Override
    protected List<LiveParent<BetaKeys.Build>> liveParents(LiveApp app, AppSpec spec) {
        return spec.testFlight().builds().stream().flatMap(b -> BetaBuildsLive.related(app, b.build(), relationship())
                .map(l -> new LiveParent<>(new BetaKeys.Build(app.bundleId(), b.build()), null, l)).stream()).toList();
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.getAll(List.of(BetaBuildsLive.query(app)));
    }

    /** Every unexpired build's, by number: {@code latest} would name another build after the next upload. */
    @Override
    protected List<ExportedParent> exportedParents(LiveApp app, String label) {
        return BetaBuildsLive.builds(app).stream().map(b -> new ExportedParent(BetaLive.exportPath(label) + ".builds[build="
                + LiveApp.text(b, "version") + "].localizations.", BetaBuildsLive.related(app, b, relationship()))).toList();
    }

    @Override
    protected String parentId(BetaKeys.Build parent, LiveApp app) {
        return BetaBuildsLive.resolve(app, parent.build()).orElseThrow().id();
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<BetaKeys.Build>> desired, LiveApp app) {
        return BetaBuildsLive.missing(app, desired.key().parent().build());
    }
}
