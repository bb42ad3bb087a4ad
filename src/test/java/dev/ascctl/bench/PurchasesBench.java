package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.e2e.PurchasesEndToEndIT;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.pricing.PriceTiers;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The full-purchases store with prices to set alone, without the rest of {@link Bench}. */
    public static void main(String[] args) throws Exception {
        pricesToSet();
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
            Bench.header();
            Bench.measure("plan (first, all to create)", cli, url, sandbox, lowerBound, "plan", "--store",
                    store.toString());
            Bench.measure("apply (converge)", cli, url, sandbox, -1, "apply", "--store", store.toString(),
                    "--auto-approve");
            Bench.measure("plan (no changes)", cli, url, sandbox, lowerBound, "plan", "--store", store.toString());
            Bench.measure("apply (no-op)", cli, url, sandbox, lowerBound, "apply", "--store", store.toString(),
                    "--auto-approve");
        }
        pricesToSet();
    }

    static final int PRICED_IAPS = 24;
    static final int PRICED_GROUPS = 2;
    static final int PRICED_PER_GROUP = 4;
    static final List<String> IAP_TERRITORIES = List.of("GBR", "DEU", "JPN");
    static final List<String> SUBSCRIPTION_TERRITORIES = List.of("USA", "GBR", "DEU", "FRA", "CAN");

    /**
     * The full-purchases store with prices to set (issue 12): 24 priced in-app purchases (USA + 3 territories by
     * hand, available in all 7 territories) and 2 groups x 4 subscriptions, each priced in 5 territories with a paid
     * introductory offer and a free promotional offer; applied, then every price moved up 5 tiers and planned, as
     * real processes of this build and the baseline. Before issue 12 the points were read per product and
     * territory (24 x 4 + 8 x 5 = 136 reads); now once per product (24 + 8).
     */
    static void pricesToSet() throws Exception {
        Path store = Files.createTempDirectory("ascctl-bench-prices").resolve("store");
        Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/app.yaml"), "bundleId: com.example.notes\nprimaryLocale: en-US\n");
        Files.writeString(store.resolve("apps/notes/locales/en-US.yaml"), "name: Notes\n");
        Path purchases = store.resolve("apps/notes/purchases.yaml");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.notes")
                .withLatencyMs(Bench.LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            Files.writeString(purchases, pricedYaml(20));
            CliRunner.Result applied = new CliRunner().sandbox(url, "apply", "--store", store.toString(),
                    "--auto-approve");
            if (applied.exitCode() != 0) {
                throw new IllegalStateException("the priced store did not apply: " + applied);
            }
            Files.writeString(purchases, pricedYaml(25));
            System.out.printf(Locale.ROOT, "%nascctl bench: the full-purchases store with prices to set (%d priced"
                    + " in-app purchases x %d territories, %d subscriptions x %d territories with offers),"
                    + " plan as a bin/ascctl process, latency %d ms%n%n", PRICED_IAPS, 1 + IAP_TERRITORIES.size(),
                    PRICED_GROUPS * PRICED_PER_GROUP, SUBSCRIPTION_TERRITORIES.size(), Bench.LATENCY_MS);
            System.out.printf(Locale.ROOT, "%-12s %9s %12s %10s%n", "build", "requests", "point reads", "wall ms");
            long[] requests = new long[2];
            int i = 0;
            for (StartupBench.Launcher launcher : RealProcess.launchers()) {
                sandbox.requestLog().clear();
                RealProcess.Result plan = RealProcess.sandbox(launcher, url, Map.of(), "plan", "--store",
                        store.toString());
                if (plan.exit() != 0) {
                    throw new IllegalStateException(launcher.name() + " plan failed: " + plan.output());
                }
                List<RecordedExchange> log = sandbox.requestLog().list();
                long points = log.stream().filter(e -> e.path().endsWith("/pricePoints")).count();
                requests[i++] = log.size();
                System.out.printf(Locale.ROOT, "%-12s %9d %12d %10d%n", launcher.name(), log.size(), points,
                        plan.wallMs());
            }
            if (i == 2) {
                System.out.printf(Locale.ROOT, "plan requests %d (from %d)%n", requests[0], requests[1]);
            }
        }
    }

    /** The priced store's purchases.yaml, every price at Apple's {@code tier} (offers a few tiers below). */
    static String pricedYaml(int tier) {
        StringBuilder y = new StringBuilder("inAppPurchases:\n");
        for (int i = 1; i <= PRICED_IAPS; i++) {
            int product = i;
            y.append("  - productId: com.example.notes.priced").append(i).append('\n')
                    .append("    inAppPurchaseType: NON_CONSUMABLE\n")
                    .append("    referenceName: Priced ").append(i).append('\n')
                    .append("    price: {territory: USA, price: \"").append(PriceTiers.price("USA", tier))
                    .append("\", territories: {");
            y.append(String.join(", ", IAP_TERRITORIES.stream()
                    .map(t -> t + ": \"" + PriceTiers.price(t, tier + product % 3) + "\"").toList()));
            y.append("}}\n")
                    .append("    availability: {territories: [").append(String.join(", ", PriceTiers.territories()))
                    .append("], availableInNewTerritories: true}\n")
                    .append("    localizations:\n      en-US: {name: Priced ").append(i)
                    .append(", description: A priced pack}\n");
        }
        y.append("subscriptionGroups:\n");
        for (int g = 1; g <= PRICED_GROUPS; g++) {
            y.append("  - referenceName: Priced ").append(g).append('\n')
                    .append("    localizations:\n      en-US: {name: Priced ").append(g).append("}\n")
                    .append("    subscriptions:\n");
            for (int s = 1; s <= PRICED_PER_GROUP; s++) {
                int level = s;
                y.append("      - productId: com.example.notes.priced").append(g).append('.').append(s).append('\n')
                        .append("        referenceName: Priced ").append(g).append('.').append(s).append('\n')
                        .append("        subscriptionPeriod: ONE_MONTH\n")
                        .append("        groupLevel: ").append(s).append('\n')
                        .append("        prices: {").append(String.join(", ", SUBSCRIPTION_TERRITORIES.stream()
                                .map(t -> t + ": \"" + PriceTiers.price(t, tier + level) + "\"").toList())).append("}\n")
                        .append("        introductoryOffers:\n          - {territory: USA, offerMode: PAY_UP_FRONT,"
                                + " duration: ONE_MONTH, numberOfPeriods: 1, price: \"")
                        .append(PriceTiers.price("USA", tier - 10)).append("\"}\n")
                        .append("        promotionalOffers:\n          - {offerCode: WINBACK").append(g).append(s)
                        .append(", name: Win back, offerMode: FREE_TRIAL, duration: ONE_MONTH, numberOfPeriods: 1}\n")
                        .append("        localizations:\n          en-US: {name: Priced ").append(s)
                        .append(", description: Level ").append(s).append("}\n");
            }
        }
        return y.toString();
    }
}
