package dev.ascctl.bench;

import com.sun.net.httpserver.HttpServer;
import dev.ascctl.e2e.HostileServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code make bench}, hostile servers (issue 21): each case of {@link HostileServers} runs `ascctl plan` (deadline
 * 3 s) in a {@link ChildJvm} of its own against the misbehaving server, which runs here, beside an "other host" that
 * must see no request (so no token). Targets: exit 1, the expected message, no control character echoed, ended by
 * itself within the deadline (wall time includes the child's JVM start-up), under 256 MB. Prints a table; asserts
 * nothing (HostileServerIT checks the same cases).
 */
public final class HostileServerBench {
    private HostileServerBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("child")) {
            ChildJvm.report(HostileServers.plan(args[1]));
            return;
        }
        run();
    }

    static void run() throws Exception {
        Path root = Files.createTempDirectory("ascctl-bench-hostile-server");
        AtomicInteger otherRequests = new AtomicInteger();
        HttpServer other = HostileServers.start(x -> x.sendResponseHeaders(200, -1), otherRequests);
        try {
            List<HostileServers.Case> cases = HostileServers.all(HostileServers.hostPort(other));
            System.out.printf(Locale.ROOT, "%nascctl bench: %d hostile servers, each `plan --deadline %s` in its own"
                    + " JVM (-Xmx256m)%n%n%-44s %5s %8s %8s %8s %11s%n", cases.size(), HostileServers.DEADLINE,
                    "case", "exit", "wall ms", "peak MB", "message", "other host");
            long worstMillis = 0;
            long worstKb = 0;
            int wrong = 0;
            for (HostileServers.Case c : cases) {
                int before = otherRequests.get();
                AtomicInteger requests = new AtomicInteger();
                HttpServer server = HostileServers.start(c.handler(), requests);
                ChildJvm.Run run;
                try {
                    run = ChildJvm.run(HostileServerBench.class, root.resolve(c.name().replace(' ', '-') + ".out"),
                            "child", HostileServers.hostPort(server));
                } finally {
                    server.stop(0);
                }
                int offHost = otherRequests.get() - before;
                String text = run.output();
                boolean message = text.contains(c.expected()) && !text.contains("\u001b") && !text.contains("\u0007");
                wrong += message && offHost == 0 && run.exit().equals("1") && requests.get() > 0 ? 0 : 1;
                worstMillis = Math.max(worstMillis, run.millis());
                worstKb = Math.max(worstKb, run.peakKb());
                System.out.printf(Locale.ROOT, "%-44s %5s %8d %8s %8s %11d%n", c.name(), run.exit(), run.millis(),
                        run.peakMb(), message ? "yes" : "NO", offHost);
            }
            System.out.printf(Locale.ROOT, "%nworst: %d ms (deadline %s + JVM start-up), %s MB (target < 256 MB);"
                    + " other host requests: %d (target 0); cases not as expected: %d%n", worstMillis,
                    HostileServers.DEADLINE, worstKb <= 0 ? "n/a" : String.valueOf(worstKb / 1024),
                    otherRequests.get(), wrong);
        } finally {
            other.stop(0);
        }
    }
}
