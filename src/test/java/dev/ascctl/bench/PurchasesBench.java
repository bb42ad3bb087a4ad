package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.e2e.PurchasesEndToEndIT;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Requests to plan one app's purchases.yaml (20 in-app purchases, 2 groups × 3 subscriptions, 5 locales each)
 * against the lower bound Apple's spec allows, at the same sandbox latency as {@link Bench}.
 */
final class PurchasesBench {
    static final int IAPS = 20;
    static final int GROUPS = 2;
    static final int PER_GROUP = 3;

    private PurchasesBench() {
    }

    static void run() throws Exception {
        Path store = Files.createTempDirectory("ascctl-bench-purchases").resolve("store");
        Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/app.yaml"), "bundleId: com.example.notes\nprimaryLocale: en-US\n");
        Files.writeString(store.resolve("apps/notes/locales/en-US.yaml"), "name: Notes\n");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"),
                PurchasesEndToEndIT.purchasesYaml(IAPS, GROUPS, PER_GROUP));
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.notes")
                .withLatencyMs(Bench.LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            CliRunner cli = new CliRunner();
            System.out.printf(Locale.ROOT, "%nascctl bench: purchases.yaml, %d in-app purchases + %d groups x %d"
                    + " subscriptions, 5 locales each%n%n", IAPS, GROUPS, PER_GROUP);
            // Lower bound: the 1 + 2 base reads of the app; one read for every in-app purchase with its
            // localizations included (≤ 200 per page, ≤ 50 localizations each), one for every group with its
            // localizations, and one per group for its subscriptions with theirs (no path lists an app's
            // subscriptions, and include reaches one level only): 3 + 2 + G.
            int lowerBound = 3 + 2 + GROUPS;
            System.out.printf(Locale.ROOT, "%-28s %9s %7s %10s %12s%n", "run", "requests", "writes", "wall ms",
                    "lower bound");
            Bench.measure("plan (first, all to create)", cli, url, sandbox, lowerBound, "plan", "--store",
                    store.toString());
            Bench.measure("apply (converge)", cli, url, sandbox, -1, "apply", "--store", store.toString(),
                    "--auto-approve");
            Bench.measure("plan (no changes)", cli, url, sandbox, lowerBound, "plan", "--store", store.toString());
            Bench.measure("apply (no-op)", cli, url, sandbox, lowerBound, "apply", "--store", store.toString(),
                    "--auto-approve");
        }
    }
}
