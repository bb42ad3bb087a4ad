package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Customer reviews at scale, in {@code make bench}: an app with 5,000 reviews. Target (issue 14): listing them all
 * costs 25 requests of reviews (200 a page), plus the app lookup and Apple's summaries.
 */
final class ReviewsBench {
    static final int REVIEWS = 5_000;

    private ReviewsBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ascctl-reviews-bench");
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                apps:
                  - bundleId: com.example.loved
                    customerReviews: {count: %d, answered: 0.3, days: 365}
                """.formatted(REVIEWS));
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(seed)
                .withLatencyMs(Bench.LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            CliRunner cli = new CliRunner().workDir(dir);
            String url = sandbox.baseUri().toString();
            System.out.printf(Locale.ROOT, "%nCustomer reviews: 1 app, %d reviews, latency %d ms%n%n", REVIEWS,
                    Bench.LATENCY_MS);
            System.out.printf(Locale.ROOT, "%-40s %9s %15s %10s %10s%n", "run", "requests", "review requests",
                    "wall ms", "target");
            measure("reviews list (all 5,000)", cli, url, sandbox, "25 review req", "reviews", "list", "--app",
                    "com.example.loved", "--format", "csv");
            measure("reviews list --unanswered --rating 1,2", cli, url, sandbox, "", "reviews", "list", "--app",
                    "com.example.loved", "--unanswered", "--rating", "1,2", "--format", "csv");
            measure("reviews list --since 7d", cli, url, sandbox, "1 review req", "reviews", "list", "--app",
                    "com.example.loved", "--since", "7d", "--format", "csv");
        }
    }

    static void measure(String name, CliRunner cli, String url, Sandbox sandbox, String target, String... args) {
        sandbox.requestLog().clear();
        long start = System.nanoTime();
        CliRunner.Result result = cli.sandbox(url, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.exitCode() != 0) {
            throw new IllegalStateException(name + " failed: " + result);
        }
        List<RecordedExchange> log = sandbox.requestLog().list();
        long reviewReads = log.stream().filter(e -> e.path().endsWith("/customerReviews")).count();
        System.out.printf(Locale.ROOT, "%-40s %9d %15d %10d %10s%n", name, log.size(), reviewReads, millis, target);
    }
}
