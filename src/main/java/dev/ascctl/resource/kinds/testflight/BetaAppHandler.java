package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.store.AppSpec;

/**
 * A TestFlight kind that lives on the app's beta side (groups, testers, beta localizations, beta review detail):
 * all of them read the same few requests ({@link BetaLive}), which the live reader then makes only once.
 */
abstract class BetaAppHandler<K extends KindKey> extends Kind<K> implements StraightReads, StraightReads.ForExport {
    BetaAppHandler(KindSpec spec) {
        super(spec);
    }

    @Override
    public final void read(LiveApp app, AppSpec spec, Reads reads) {
        reads.getAll(BetaLive.reads(app, spec));
    }

    @Override
    public final void readForExport(LiveApp app, Reads reads) {
        reads.getAll(BetaLive.exportReads(app));
    }
}
