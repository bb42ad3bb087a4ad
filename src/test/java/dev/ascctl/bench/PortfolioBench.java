package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench}, issue 19: a portfolio of 100 apps x 10 locales on one key. The plan's requests against the
 * floor Apple's spec allows (1 + 2N) and its peak memory (bin/ascctl as a child process, when target/ascctl.jar is
 * built); then the same store planned as 4 CI jobs ({@code --shard I/N}), each job's requests and its own summary
 * line, and their sum beside the unsharded plan's.
 *
 * <p><b>Why the shards' sum is the unsharded count plus one per extra job, and cannot be equal</b> (Apple's spec
 * 4.4.1, checked): each job starts from bundle ids, and the only reads that take one are
 * {@code GET /v1/apps?filter[bundleId]=...} and {@code GET /v1/bundleIds?filter[identifier]=...&include=app} (the
 * latter answers the same app, one level further away); {@code /v1/appInfos} and {@code /v1/appStoreVersions} have no
 * GET collection, and every other read needs the app's id. So each job with at least one app makes a listing. Folding
 * it into a per-app read fails on the spec's include rules: the listing's {@code include} names only the app's own
 * relationships ({@code appInfos}, {@code appStoreVersions}, ...), never a path to their localizations
 * ({@code appInfoLocalizations}, {@code appStoreVersionLocalizations} are includes of the per-app reads only), so the
 * two per-app reads are still needed; and included {@code appStoreVersions} are cut at {@code limit[appStoreVersions]}
 * &le; 50 with no {@code appVersionState} filter on them, so an app with more than 50 versions could lose its
 * editable one. A job of n apps therefore needs 1 + 2n requests, the jobs together N_jobs + 2N against the
 * unsharded 1 + 2N; equality would need a job to cost 2n, which would make the unsharded plan 2N (cheaper than the
 * floor, impossible by the same argument). The bench asserts the exact relation, sum = unsharded + (jobs with apps
 * - 1), so a regression in either direction fails it. Handing the ids from one job to the others would be a state
 * file, which ascctl does not keep (DESIGN principle 1).
 */
final class PortfolioBench {
    static final int APPS = 100;
    static final int SHARDS = 4;
    static final int LATENCY_MS = 20;
    static final List<String> LOCALES = List.of("de-DE", "en-GB", "en-US", "es-ES", "fr-FR", "it", "ja", "ko",
            "pt-BR", "zh-Hans");

    private PortfolioBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path store = writeStore(Files.createTempDirectory("ascctl-bench-portfolio").resolve("store"));
        String[] bundleIds = new String[APPS];
        for (int i = 0; i < APPS; i++) {
            bundleIds[i] = bundleId(i);
        }
        System.out.printf(Locale.ROOT, "%nPortfolio (issue 19): %d apps x %d locales on one key, sandbox latency %d ms%n",
                APPS, LOCALES.size(), LATENCY_MS);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds)
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            CliRunner cli = new CliRunner();
            long all = plan(cli, url, sandbox, "plan (all apps)", "plan", "--store", store.toString());
            System.out.printf(Locale.ROOT, "  lower bound 1 + 2N = %d; plan / lower bound %.2f%n", 1 + 2 * APPS,
                    (double) all / (1 + 2 * APPS));
            peakMemory(url, store);
            long sum = 0;
            int jobsWithApps = 0;
            for (int shard = 1; shard <= SHARDS; shard++) {
                long requests = plan(cli, url, sandbox, "plan --shard " + shard + "/" + SHARDS, "plan", "--store",
                        store.toString(), "--shard", shard + "/" + SHARDS);
                sum += requests;
                jobsWithApps += requests > 0 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "  sum of the %d shards: %d requests; unsharded %d; difference %d = one"
                    + " apps listing per job with apps beyond the first (%d); the per-app reads add up exactly (2N ="
                    + " %d both ways)%n", SHARDS, sum, all, sum - all, jobsWithApps - 1, 2 * APPS);
            if (sum - all != jobsWithApps - 1) {
                throw new IllegalStateException("the shards' sum " + sum + " is not the unsharded " + all + " plus one"
                        + " listing per extra job (" + (jobsWithApps - 1) + ")");
            }
        }
    }

    /** Runs a plan in-process, prints the sandbox's count and the job's own summary line; returns the count. */
    private static long plan(CliRunner cli, String url, Sandbox sandbox, String name, String... args) {
        sandbox.requestLog().clear();
        long start = System.nanoTime();
        var result = cli.sandbox(url, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.exitCode() != 0) {
            throw new IllegalStateException(name + " failed: " + result);
        }
        long requests = sandbox.requestLog().list().size();
        String summary = result.err().lines().filter(l -> l.startsWith("ascctl plan, ")).findFirst().orElse("");
        System.out.printf(Locale.ROOT, "  %-22s %5d requests %7d ms  %s%n", name, requests, millis, summary);
        return requests;
    }

    /** The unsharded plan as a user runs it (bin/ascctl, the launcher's heap), for its peak resident memory. */
    private static void peakMemory(String url, Path store) {
        try {
            RealProcess.Result run = RealProcess.sandbox(RealProcess.launchers().get(0), url, Map.of(), "plan",
                    "--store", store.toString());
            System.out.printf(Locale.ROOT, "  plan as a process: exit %d, %d ms, peak RSS %s MB%n", run.exit(),
                    run.wallMs(), run.peakRssMb() < 0 ? "n/a" : String.valueOf(run.peakRssMb()));
        } catch (IOException e) {
            System.out.println("  plan as a process: n/a (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String bundleId(int i) {
        return "com.example.portfolio" + (i + 1);
    }

    private static Path writeStore(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("store.yaml"), "policy:\n  prune: {locales: false}\n");
        for (int i = 0; i < APPS; i++) {
            Path app = root.resolve("apps/app" + (i + 1));
            Files.createDirectories(app.resolve("locales"));
            Files.writeString(app.resolve("app.yaml"), """
                    bundleId: %s
                    platform: IOS
                    primaryLocale: en-US
                    version:
                      versionString: "1.0"
                    """.formatted(bundleId(i)));
            for (String locale : LOCALES) {
                Files.writeString(app.resolve("locales/" + locale + ".yaml"), """
                        name: Portfolio %d %s
                        description: An app of a studio with a hundred of them (%s).
                        keywords: [portfolio, %s]
                        """.formatted(i + 1, locale, locale, locale.toLowerCase(Locale.ROOT)));
            }
        }
        return root;
    }
}
