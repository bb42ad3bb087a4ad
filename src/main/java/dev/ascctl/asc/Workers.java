package dev.ascctl.asc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Threads for work done side by side (reads, upload parts, report downloads, processing waits). They are daemons, so
 * a task stuck on a slow answer never keeps a finished command from exiting.
 */
public final class Workers {
    private Workers() {
    }

    /** A pool of {@code size} (at least one) daemon threads named {@code name}. */
    public static ExecutorService pool(int size, String name) {
        return Executors.newFixedThreadPool(Math.max(1, size), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
