package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.store.HostileStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code make bench}, hostile stores (issue 21): each case of the corpus validated by {@code ascctl validate} in
 * a child JVM of its own, so its wall time (start-up included) and its peak resident memory ({@code VmHWM}, read
 * by the child from /proc at its end, Linux only) are the case's alone. Targets: exit 1, the expected message,
 * under 10 s and 256 MB each. Prints a table; asserts nothing (HostileStoresTest and HostileStoresCliIT check
 * the messages).
 */
public final class HostileStoreBench {
    /** A child that has not ended by then is a hang: the row says so. */
    static final long TIMEOUT_SECONDS = 60;

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "%nascctl bench: %d hostile stores, each `validate` in its own JVM (-Xmx256m)"
                + "%n%n%-36s %5s %8s %8s  %s%n", HostileStores.all().size(), "case", "exit", "wall ms", "peak MB",
                "message as expected");
        long worstMillis = 0;
        long worstKb = 0;
        int wrong = 0;
        for (HostileStores.Case c : HostileStores.all()) {
            Path store = HostileStores.write(c, Files.createDirectories(root.resolve(c.name())));
            Path output = root.resolve(c.name() + ".out");
            long start = System.nanoTime();
            Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    HostileStoreBench.class.getName(), "child", store.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!ended) {
                child.destroyForcibly().waitFor();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            String exit = ended ? field(text, "exit") : "hang";
            long kb = ended ? Long.parseLong(field(text, "peakKb")) : -1;
            boolean expected = text.contains(store + "/" + c.location()) && text.contains(c.fragment())
                    && !text.contains(HostileStores.CANARY) && exit.equals("1");
            wrong += expected ? 0 : 1;
            worstMillis = Math.max(worstMillis, millis);
            worstKb = Math.max(worstKb, kb);
            System.out.printf(Locale.ROOT, "%-36s %5s %8d %8s  %s%n", c.name(), exit, millis,
                    kb < 0 ? "n/a" : String.valueOf(kb / 1024), expected ? "yes" : "NO");
        }
        System.out.printf(Locale.ROOT, "%nworst: %d ms, %s MB (targets < 10000 ms, < 256 MB); cases not as expected:"
                + " %d%n", worstMillis, worstKb <= 0 ? "n/a" : String.valueOf(worstKb / 1024), wrong);
    }

    /** In the child: validate as a user would, then report the exit code and the peak resident memory. */
    private static void child(Path store) throws IOException {
        var result = new CliRunner().env("ASC_DEMO_PASSWORD", "demo-secret").env("ASC_PRIVATE_KEY", HostileStores.CANARY)
                .run("validate", "--store", store.toString());
        System.out.print(result.all());
        long kb = -1;
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        System.out.println("\nexit=" + result.exitCode());
        System.out.println("peakKb=" + kb);
    }

    private static String field(String text, String name) {
        List<String> values = new ArrayList<>();
        text.lines().filter(l -> l.startsWith(name + "=")).forEach(l -> values.add(l.substring(name.length() + 1)));
        return values.isEmpty() ? "-1" : values.get(values.size() - 1);
    }
}
