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
            // A plan of 50 approved replies to the newest unanswered reviews: the published replies (one page per
            // 200) and one page of the newest unanswered, not the app's 5,000 reviews nor 50 reads by id.
            Path store = planStore(dir, cli, url);
            measure("plan (50 replies to publish)", cli, url, sandbox, "<<5,000 reviews", "plan", "--store",
                    store.toString());
            measure("apply (50 replies)", cli, url, sandbox, "50 POSTs", "apply", "--store", store.toString(),
                    "--auto-approve");
            measure("plan (after, no changes)", cli, url, sandbox, "", "plan", "--store", store.toString());
            // The nightly digest of a week against the week before: the app lookup and the pages back two weeks.
            measure("reviews digest --since 7d", cli, url, sandbox, "1 review req", "reviews", "digest", "--store",
                    store.toString(), "--out", dir.resolve("digest").toString());
            System.out.printf(Locale.ROOT, "reviews read by the first plan: %d of %d (those with a published reply,"
                    + " and the newest 200 unanswered, which hold the 50 answered now)%n", reviewsRead, REVIEWS);
        }
    }

    private static long reviewsRead;

    /** A store answering the 50 newest unanswered reviews. */
    private static Path planStore(Path dir, CliRunner cli, String url) throws java.io.IOException {
        CliRunner.Result unanswered = cli.sandbox(url, "reviews", "list", "--app", "com.example.loved", "--unanswered",
                "--format", "csv");
        List<String> ids = unanswered.out().lines().skip(1).limit(50).map(l -> l.substring(0, l.indexOf(','))).toList();
        Path app = Files.createDirectories(dir.resolve("store/apps/loved/locales")).getParent();
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.loved\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Loved\n");
        Files.createDirectories(app.resolve("reviews"));
        StringBuilder replies = new StringBuilder();
        ids.forEach(id -> replies.append(id).append(": {body: \"Thank you for your review!\"}\n"));
        Files.writeString(app.resolve("reviews/replies.yaml"), replies.toString());
        return app.getParent().getParent();
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
        long reviewReads = log.stream().filter(e -> e.path().contains("/customerReviews")).count();
        if (name.startsWith("plan (50")) {
            reviewsRead = log.stream().filter(e -> e.path().contains("/customerReviews"))
                    .mapToLong(e -> e.responseBody() == null ? 0 : e.responseBody().split("\"type\":\"customerReviews\"", -1).length - 1)
                    .sum();
        }
        System.out.printf(Locale.ROOT, "%-40s %9d %15d %10d %10s%n", name, log.size(), reviewReads, millis, target);
    }
}
