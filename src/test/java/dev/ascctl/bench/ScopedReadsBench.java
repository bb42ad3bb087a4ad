package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code make bench}, issue 12 scope 3: the requests of a plan-on-PR, apply-on-merge flow in a 30-app store
 * whose one app has one change: {@code plan --out}, {@code apply PLANFILE} and {@code plan --target} of that app,
 * counted in the sandbox's request log (50 ms latency). With {@code ASCCTL_BASELINE_JAR} the same steps of that
 * build run as a child process against the same sandbox, each after its own edit, beside this build's.
 */
final class ScopedReadsBench {
    static final int APPS = 30;
    static final int LATENCY_MS = 50;
    /** The one app the change lies in. */
    static final int TOUCHED = 17;

    private ScopedReadsBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    /** One build's way of running a command, in-process or as a child process. */
    private interface Runner {
        void run(String url, List<String> args) throws Exception;
    }

    record Counts(long planRequests, long applyRequests, long applyWrites, long applyMs, long targetRequests) {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ascctl-bench-scoped");
        Path store = writeStore(dir.resolve("store"));
        String[] bundleIds = new String[APPS];
        for (int i = 0; i < APPS; i++) {
            bundleIds[i] = bundleId(i + 1);
        }
        List<String> names = new ArrayList<>(List.of("this build"));
        List<Runner> runners = new ArrayList<>();
        runners.add((url, args) -> {
            var result = new CliRunner().sandbox(url, args.toArray(String[]::new));
            if (result.exitCode() != 0) {
                throw new IllegalStateException(args + " failed: " + result);
            }
        });
        String baselineJar = System.getenv("ASCCTL_BASELINE_JAR");
        if (baselineJar != null && !baselineJar.isBlank()) {
            StartupBench.Launcher baseline = StartupBench.Launcher.ofJar("baseline", Path.of(baselineJar));
            names.add("baseline");
            runners.add((url, args) -> child(baseline, url, args, dir));
        }
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds)
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            runners.get(0).run(url, List.of("apply", "--store", store.toString(), "--auto-approve"));
            List<Counts> counts = new ArrayList<>();
            for (int b = 0; b < runners.size(); b++) {
                counts.add(measure(runners.get(b), url, sandbox, store, dir.resolve("one-" + b + ".plan"), b));
            }
            System.out.printf(Locale.ROOT, "%nascctl bench: scoped reads, %d apps x 2 locales, one change in app %d,"
                    + " sandbox latency %d ms%n", APPS, TOUCHED, LATENCY_MS);
            if (runners.size() == 1) {
                System.out.println("  (set ASCCTL_BASELINE_JAR to a jar of another commit to compare)");
            }
            System.out.printf(Locale.ROOT, "%-40s", "requests");
            names.forEach(n -> System.out.printf(Locale.ROOT, " %12s", n));
            System.out.printf(Locale.ROOT, " %8s%n", "target");
            row("plan --out (whole store)", counts, Counts::planRequests, "-");
            row("apply PLANFILE (1 change)", counts, Counts::applyRequests, "<= 4");
            row("  of which writes", counts, Counts::applyWrites, "1");
            row("  wall ms (baseline: + JVM start)", counts, Counts::applyMs, "-");
            row("plan --target app[...] (one app)", counts, Counts::targetRequests, "3");
            pricedApp(runners.get(0), url, sandbox, store);
        }
    }

    /**
     * Issue 13's must-show: a clean plan of one app costs at most 2 requests more once its app.yaml manages its price
     * and availability (this build only; older builds do not know the keys).
     */
    private static void pricedApp(Runner runner, String url, Sandbox sandbox, Path store) throws Exception {
        List<String> target = List.of("plan", "--store", store.toString(), "--target", "app[" + bundleId(TOUCHED) + "]");
        sandbox.requestLog().clear();
        runner.run(url, target);
        long without = sandbox.requestLog().count();
        Path appYaml = store.resolve("apps/app" + TOUCHED + "/app.yaml");
        String plain = Files.readString(appYaml);
        Files.writeString(appYaml, plain + "price: {baseTerritory: USA, price: \"4.99\", territories: {JPN: \"790\"}}\n"
                + "availability: {territories: all}\n");
        runner.run(url, List.of("apply", "--store", store.toString(), "--auto-approve"));
        sandbox.requestLog().clear();
        runner.run(url, target);
        long withPrice = sandbox.requestLog().count();
        String seven = "availability: {territories: [USA, GBR, DEU, FRA, JPN, CAN, AUS]";
        Files.writeString(appYaml, plain + "price: {baseTerritory: USA, price: \"4.99\", territories: {JPN: \"790\"}}\n"
                + seven + "}\n");
        // As a new app: no availability yet, so it lists the 7 territories its first POST names (the seeded one
        // lists all 233 codes, and a narrowed territory stays listed as not available, as on Apple).
        String appId = sandbox.state().find("apps", a -> bundleId(TOUCHED).equals(a.get("bundleId"))).orElseThrow().id();
        sandbox.state().remove("appAvailabilities", appId);
        runner.run(url, List.of("apply", "--store", store.toString(), "--auto-approve"));
        sandbox.requestLog().clear();
        runner.run(url, target);
        long withSeven = sandbox.requestLog().count();
        Files.writeString(appYaml, plain + "price: {baseTerritory: USA, price: \"4.99\", territories: {JPN: \"790\"}}\n"
                + seven + ", availableInNewTerritories: true}\n");
        sandbox.requestLog().clear();
        runner.run(url, target);
        long withFlag = sandbox.requestLog().count();
        System.out.printf(Locale.ROOT, "%nclean plan --target of one app (this build)%n");
        System.out.printf(Locale.ROOT, "%-40s %12d %8s%n", "  without price and availability", without, "-");
        // "all" is every code of Apple's TerritoryCode (233), so the sandbox lists them in two pages of 200; Apple
        // sells in 175 territories, one page, as the 7-territory row reads.
        System.out.printf(Locale.ROOT, "%-40s %12d %8s%n", "  + price, availability: all (233)", withPrice,
                "<= " + (without + 2));
        System.out.printf(Locale.ROOT, "%-40s %12d %8s%n", "  + price, availability: 7 territories", withSeven,
                "<= " + (without + 2));
        System.out.printf(Locale.ROOT, "%-40s %12d %8s%n", "    and availableInNewTerritories", withFlag,
                "<= " + (without + 2));
    }

    private static Counts measure(Runner runner, String url, Sandbox sandbox, Path store, Path planFile, int build)
            throws Exception {
        Path locale = store.resolve("apps/app" + TOUCHED + "/locales/de-DE.yaml");
        Files.writeString(locale, Files.readString(locale).replaceAll("Second line[^\n]*", "Second line, edit " + build));
        sandbox.requestLog().clear();
        runner.run(url, List.of("plan", "--store", store.toString(), "--out", planFile.toString()));
        long plan = sandbox.requestLog().count();
        sandbox.requestLog().clear();
        long start = System.nanoTime();
        // --store for c758bce, whose plan files do not record their store yet.
        runner.run(url, List.of("apply", planFile.toString(), "--store", store.toString()));
        long applyMs = (System.nanoTime() - start) / 1_000_000;
        List<RecordedExchange> apply = sandbox.requestLog().list();
        long writes = apply.stream().filter(RecordedExchange::isWrite).count();
        sandbox.requestLog().clear();
        runner.run(url, List.of("plan", "--store", store.toString(), "--target", "app[" + bundleId(TOUCHED) + "]"));
        long target = sandbox.requestLog().count();
        return new Counts(plan, apply.size(), writes, applyMs, target);
    }

    private static void child(StartupBench.Launcher launcher, String url, List<String> args, Path dir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher.command());
        command.addAll(List.of("--profile", "sandbox", "--endpoint", url));
        command.addAll(args);
        Path output = Files.createTempFile(dir, "child", ".out");
        Process process = new ProcessBuilder(command).directory(StartupBench.REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
        }
    }

    private static void row(String name, List<Counts> counts, java.util.function.ToLongFunction<Counts> value,
                            String target) {
        System.out.printf(Locale.ROOT, "%-40s", name);
        counts.forEach(c -> System.out.printf(Locale.ROOT, " %12d", value.applyAsLong(c)));
        System.out.printf(Locale.ROOT, " %8s%n", target);
    }

    static String bundleId(int n) {
        return "com.example.scoped" + n;
    }

    /** {@link #APPS} apps (folders app1..app30) with a version and two locales each. */
    static Path writeStore(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("store.yaml"), "policy:\n  prune: {locales: false}\n");
        for (int n = 1; n <= APPS; n++) {
            Path app = root.resolve("apps/app" + n);
            Files.createDirectories(app.resolve("locales"));
            Files.writeString(app.resolve("app.yaml"), """
                    bundleId: %s
                    platform: IOS
                    primaryLocale: en-US
                    version:
                      versionString: "1.0"
                    """.formatted(bundleId(n)));
            for (String locale : List.of("en-US", "de-DE")) {
                Files.writeString(app.resolve("locales/" + locale + ".yaml"), """
                        name: Scoped %d %s
                        description: |
                          App %d in %s.
                          Second line.
                        """.formatted(n, locale, n, locale));
            }
        }
        return root;
    }
}
