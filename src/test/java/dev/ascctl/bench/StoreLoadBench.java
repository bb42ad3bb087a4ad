package dev.ascctl.bench;

import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.AscLocales;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.LoadResult;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.StoreLoader;
import dev.ascctl.store.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench}, store part: how long loading and validating a store takes, with no requests. These
 * figures used to be asserted in the unit suite (LoadPerformanceTest, BrokenStoresTest), where a loaded
 * machine made them fail at random; here they are printed and compared across commits.
 */
public final class StoreLoadBench {
    static final int APPS = 3;
    static final int RUNS = 5;

    private StoreLoadBench() {
    }

    public static void main(String[] args) throws IOException {
        run();
    }

    static void run() throws IOException {
        Path root = Files.createTempDirectory("ascctl-bench-load");
        Path store = generateStore(root.resolve("store"));
        long cold = timeLoad(store);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            timeLoad(store);
        }
        long[] warm = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            warm[i] = timeLoad(store);
        }
        Arrays.sort(warm);
        long oversized = timeOversizedRefusal(root.resolve("oversized"));
        System.out.printf(Locale.ROOT, "%nascctl bench: store load, %d apps x %d locales, no requests%n%n",
                APPS, AscLocales.all().size());
        System.out.printf(Locale.ROOT, "%-40s %10s%n", "run", "wall ms");
        System.out.printf(Locale.ROOT, "%-40s %10d%n", "load (first in this JVM)", cold);
        System.out.printf(Locale.ROOT, "%-40s %10d%n", "load (warm, median of " + RUNS + ")", warm[RUNS / 2]);
        System.out.printf(Locale.ROOT, "%-40s %10d%n", "refuse a 20 MB app.yaml (read no further)", oversized);
        System.out.printf(Locale.ROOT, "%nwarm load target < 1000 ms on an idle machine%n");
    }

    /** Loads the store and checks it loaded whole, so a broken store cannot pass for a fast one. */
    private static long timeLoad(Path store) {
        long start = System.nanoTime();
        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                AllKinds.registry().storeRules());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!result.problems().isEmpty() || result.store().apps().size() != APPS) {
            throw new IllegalStateException("bench store did not load cleanly: " + result.problems());
        }
        return millis;
    }

    private static long timeOversizedRefusal(Path store) throws IOException {
        Path app = TestStores.writeOversizedAppYaml(store);
        long start = System.nanoTime();
        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                AllKinds.registry().storeRules());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.problems().size() != 1) {
            throw new IllegalStateException("the 20 MB file was not refused alone: " + result.problems());
        }
        return millis;
    }

    /** The store LoadPerformanceTest loads: every locale Apple knows, a 100-line description each. */
    static Path generateStore(Path root) throws IOException {
        String text = "name: Notes Pro\nsubtitle: Think in lists\ndescription: |\n"
                + "  A line of description text.\n".repeat(100)
                + "keywords: [notes, lists, journal, todo]\npromotionalText: Now with widgets.\n"
                + "supportUrl: https://example.com/s\n";
        for (int i = 0; i < APPS; i++) {
            Path app = root.resolve("apps/app" + i);
            Files.createDirectories(app.resolve("locales"));
            Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.app" + i + "\nprimaryLocale: en-US\n"
                    + "version: {versionString: \"1.0\", releaseType: MANUAL}\nreview: {contactEmail: a@example.com}\n");
            for (String locale : AscLocales.all()) {
                Files.writeString(app.resolve("locales/" + locale + ".yaml"), text);
            }
        }
        return root;
    }
}
