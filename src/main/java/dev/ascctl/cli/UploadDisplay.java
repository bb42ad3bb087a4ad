package dev.ascctl.cli;

import dev.ascctl.apply.UploadEvent;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.plan.Plan;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows upload progress: a progress bar over the plan's bytes on a terminal, one plain line per file otherwise
 * (CI logs, pipes). Failures are always printed as lines, so they stay in the scroll-back.
 */
final class UploadDisplay implements Consumer<UploadEvent>, AutoCloseable {
    private final PrintWriter out;
    private final ProgressBar bar;

    private UploadDisplay(PrintWriter out, ProgressBar bar) {
        this.out = out;
        this.bar = bar;
    }

    /** A bar only when output goes to a terminal and the plan uploads something. */
    static UploadDisplay forPlan(Plan plan, PrintWriter out, boolean terminal) {
        long bytes = plan.changes().stream().flatMap(c -> c.calls().stream()).map(ApiCall::upload)
                .filter(Objects::nonNull).mapToLong(u -> u.size()).sum();
        if (!terminal || bytes == 0) {
            return new UploadDisplay(out, null);
        }
        boolean large = bytes >= 10_000_000;
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Uploading").setInitialMax(bytes)
                .setUnit(large ? " MB" : " kB", large ? 1_000_000 : 1_000).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).build();
        return new UploadDisplay(out, bar);
    }

    @Override
    public synchronized void accept(UploadEvent event) {
        if (bar != null && !event.failed()) {
            bar.stepBy(event.bytes());
            return;
        }
        out.println("  " + event.line());
        out.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
