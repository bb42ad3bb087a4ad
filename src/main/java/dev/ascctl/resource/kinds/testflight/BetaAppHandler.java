package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import java.util.List;

/**
 * A TestFlight kind that lives on the app's beta side (groups, testers, beta localizations, beta review detail):
 * all of them read the same few requests ({@link BetaLive}), which the live reader then makes only once.
 */
abstract class BetaAppHandler<K extends KindKey> extends Kind<K> {
    BetaAppHandler(KindSpec spec) {
        super(spec);
    }

    @Override
    public final List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return BetaLive.reads(app, spec);
    }

    @Override
    public final List<ApiQuery> exportReads(LiveApp app) {
        return BetaLive.exportReads(app);
    }
}
