package dev.ascctl.workflow;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.live.LiveReader;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.resource.kinds.release.BuildHandler;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * {@code apply --wait-for-build DURATION}: before planning, waits while a build the store names is still PROCESSING
 * at Apple (typically 5 to 30 minutes after an upload), polling with doubling pauses up to one minute and printing a
 * progress line per check. Each check is one live read (1 + 2N requests plus the builds query), so a 30-minute wait
 * costs about 40 checks, well inside Apple's 3,600 requests per hour. It gives up with
 * {@link BuildWaitTimeoutException} after the duration; nothing is applied then.
 */
public final class BuildWait {
    /** The pause before the second check; doubled after each check, up to {@link #MAX_PAUSE}. */
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    public static final Duration MAX_PAUSE = Duration.ofMinutes(1);

    private final AscClient client;
    private final Store store;
    private final Consumer<String> progress;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final Duration firstPause;

    /** @param firstPause the first pause between checks (tests shorten it; {@link #FIRST_PAUSE} otherwise) */
    public BuildWait(AscClient client, Store store, Consumer<String> progress, Sleeper sleeper, LongSupplier nanoTime,
                     Duration firstPause) {
        this.client = client;
        this.store = store;
        this.progress = progress;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
        this.firstPause = firstPause;
    }

    /** Returns once no named build is PROCESSING; throws {@link BuildWaitTimeoutException} after {@code limit}. */
    public void until(Duration limit) {
        long start = nanoTime.getAsLong();
        Duration pause = firstPause;
        boolean waited = false;
        while (true) {
            List<String> processing = processing();
            Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
            if (processing.isEmpty()) {
                if (waited) {
                    progress.accept("Build processing finished after " + format(elapsed) + "; planning.");
                }
                return;
            }
            Duration left = limit.minus(elapsed);
            String status = "Waiting for " + String.join(", ", processing) + " (PROCESSING; " + format(elapsed)
                    + " of " + format(limit) + ")";
            if (left.isNegative() || left.isZero()) {
                progress.accept(status + "; giving up.");
                throw new BuildWaitTimeoutException("gave up after " + format(limit) + ": " + String.join(", ", processing)
                        + " still PROCESSING at Apple. Nothing was applied; run apply again later with a longer"
                        + " --wait-for-build, or check the build's e-mail from Apple for a processing problem.");
            }
            Duration next = pause.compareTo(left) < 0 ? pause : left;
            progress.accept(status + "; next check in " + format(next) + ".");
            try {
                sleeper.sleep(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildWaitTimeoutException("interrupted while waiting for " + String.join(", ", processing));
            }
            waited = true;
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : doubled;
        }
    }

    private List<String> processing() {
        LiveState live = new LiveReader(client, AllKinds.registry()).read(store.apps());
        List<String> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            LiveApp liveApp = live.app(app.bundleId()).orElseThrow();
            BuildHandler.processing(liveApp, app)
                    .ifPresent(b -> out.add("build " + LiveApp.text(b, "version") + " of " + app.bundleId()));
        }
        return out;
    }

    /** 90s → "1m30s", 500ms → "0.5s". */
    static String format(Duration d) {
        if (d.toMillis() < 10_000 && d.toMillis() % 1000 != 0) {
            return String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
        }
        long s = d.toSeconds();
        return (s >= 3600 ? s / 3600 + "h" : "") + (s % 3600 >= 60 ? (s % 3600) / 60 + "m" : "")
                + (s % 60 != 0 || s == 0 ? s % 60 + "s" : "");
    }
}
