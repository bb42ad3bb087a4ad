package dev.ascctl.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ends the JDK HttpClient's selector threads when a command is done, just before the JVM exits. On Java 17,
 * {@code System.exit} waits up to 300 ms for every thread that is in native code, and a client's selector thread
 * always is (it waits in epoll for up to 3 s); Java 17 has no {@code HttpClient.close()}. An interrupted selector
 * thread closes its connections and ends, so a command that made requests exits at once instead of 0.3 s later.
 * Matching the JDK's thread name is the only handle there is; should it change, exit is just slower again.
 */
final class HttpSelectorThreads {
    static final Pattern NAME = Pattern.compile("HttpClient-\\d+-SelectorManager");

    private HttpSelectorThreads() {
    }

    /** Interrupts every selector thread and waits for each to end, at most {@code wait} in all; returns how many. */
    static int stop(Duration wait) {
        List<Thread> selectors = new ArrayList<>();
        for (Thread thread : liveThreads()) {
            if (NAME.matcher(thread.getName()).matches()) {
                thread.interrupt();
                selectors.add(thread);
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        for (Thread selector : selectors) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                selector.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return selectors.size();
    }

    static List<Thread> liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        return List.copyOf(Arrays.asList(threads).subList(0, count));
    }
}
