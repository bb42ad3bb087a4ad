package dev.ascctl.apply;

import dev.ascctl.plan.ResourceChange;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * For {@code make bench} (ApplyBench): the applier's own CPU for a plan, apart from the network: who waits for whom
 * ({@link ChangeDependencies}) and the waves, the work that grew with the square of the changes before issue 12.
 */
public final class ApplierCpu {
    private ApplierCpu() {
    }

    /** This thread's CPU time, in milliseconds, to order the changes into waves; and how many waves. */
    public static long[] ordering(List<ResourceChange> changes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        int waves = ChangeDependencies.of(changes).waves().size();
        return new long[] {(threads.getCurrentThreadCpuTime() - before) / 1_000_000, waves};
    }
}
