package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.store.HostileStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code make bench}, hostile stores (issue 21): each case of the corpus validated by {@code ascctl validate} in
 * a {@link ChildJvm} of its own. Targets: exit 1, the expected message, under 10 s and 256 MB each. Prints a
 * table; asserts nothing (HostileStoresTest and HostileStoresCliIT check the messages).
 */
public final class HostileStoreBench {
    private HostileStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("child")) {
            child(Path.of(args[1]));
            return;
        }
        run();
    }

    static void run() throws Exception {
        Path root = Files.createTempDirectory("ascctl-bench-hostile");
        System.out.printf(Locale.ROOT, "%nascctl bench: %d hostile stores, each `validate` in its own JVM (-Xmx256m)"
                + "%n%n%-36s %5s %8s %8s  %s%n", HostileStores.all().size(), "case", "exit", "wall ms", "peak MB",
                "message as expected");
        long worstMillis = 0;
        long worstKb = 0;
        int wrong = 0;
        for (HostileStores.Case c : HostileStores.all()) {
            Path store = HostileStores.write(c, Files.createDirectories(root.resolve(c.name())));
            ChildJvm.Run run = ChildJvm.run(HostileStoreBench.class, root.resolve(c.name() + ".out"), "child",
                    store.toString());
            String text = run.output();
            boolean expected = text.contains(store + "/" + c.location()) && text.contains(c.fragment())
                    && !text.contains(HostileStores.CANARY) && run.exit().equals("1");
            wrong += expected ? 0 : 1;
            worstMillis = Math.max(worstMillis, run.millis());
            worstKb = Math.max(worstKb, run.peakKb());
            System.out.printf(Locale.ROOT, "%-36s %5s %8d %8s  %s%n", c.name(), run.exit(), run.millis(),
                    run.peakMb(), expected ? "yes" : "NO");
        }
        System.out.printf(Locale.ROOT, "%nworst: %d ms, %s MB (targets < 10000 ms, < 256 MB); cases not as expected:"
                + " %d%n", worstMillis, worstKb <= 0 ? "n/a" : String.valueOf(worstKb / 1024), wrong);
    }

    /** In the child: validate as a user would, then report the exit code and the peak resident memory. */
    private static void child(Path store) throws IOException {
        ChildJvm.report(new CliRunner().env("ASC_DEMO_PASSWORD", "demo-secret")
                .env("ASC_PRIVATE_KEY", HostileStores.CANARY).run("validate", "--store", store.toString()));
    }
}
