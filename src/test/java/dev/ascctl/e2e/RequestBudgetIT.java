package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.cli.CliRunner;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's must-show against a sandbox started as with {@code ascctl sandbox --rate-limit 60}: an apply whose estimate
 * is over what is left is refused with no write; with --allow-partial it stops between changes and the next run (once
 * the hour has passed) finishes it; and with pacing on no request is ever answered 429.
 */
@SandboxModes
class RequestBudgetIT {
    static final int LIMIT = 60;
    Sandbox sandbox;
    Path folder;
    Path store;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withApps("com.example.notes")
                .withHourlyRequestLimit(LIMIT));
        folder = Files.createTempDirectory("ascctl-budget-");
        store = SandboxFixture.copyExampleMetadata(folder.resolve("store"));
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private CliRunner.Result run(String... args) {
        // Paced requests 10 ms apart at most: the pacing under test, without 60 s for each of Apple's refills.
        return new CliRunner().env("ASCCTL_BACKOFF_MS", SandboxFixture.TEST_BACKOFF_MS).env("ASCCTL_PACING_MS", "10")
                .sandbox(sandbox.baseUri().toString(), args);
    }

    private static int number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Spends requests of the sandbox key's hour, as another job on the same key would, until {@code left} remain. */
    private void spendUntil(int left) {
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        // Paced 10 ms apart at most, as the CLI runs here: with the default pacing this loop spread its requests a
        // second apart as the budget ran low (measured: 19.5 s of each mode's 19.7 s).
        AscClient other = new AscClient(credentials, ClientOptions.defaults().withParallelism(1)
                .withPacing(java.time.Duration.ofMillis(10)));
        while (other.stats().lastRateLimit().map(r -> r.remaining() > left).orElse(true)) {
            other.get(ApiQuery.of("/v1/apps").param("limit", "1"));
        }
    }

    private long writes() {
        return sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite).count();
    }

    @Test
    void overBudgetApplyIsRefusedThenAppliedInPartsAcrossHoursWithout429() {
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        int used = number(plan.out(), "requests: (\\d+) used by plan");
        assertThat(plan.out()).contains("; " + (LIMIT - used) + " of " + LIMIT + " left this hour.");
        // What the writes need (the plan's estimate also counts the stale check of a saved plan's apply).
        var sized = run("apply", "--store", store.toString(), "--auto-approve", "--budget", "0");
        assertThat(sized.exitCode()).as(sized.toString()).isEqualTo(1);
        int writesNeeded = number(sized.err(), "Apply needs about (\\d+) requests");
        assertThat(writesNeeded).as("the example store needs several writes").isGreaterThan(4);
        assertThat(writes()).isZero();

        // Another job on the key leaves too little for the apply's own plan reads and its writes.
        spendUntil(used + writesNeeded - 3);

        var refused = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("Apply needs about " + writesNeeded + " requests")
                .contains("only " + (writesNeeded - 3) + " of 60 are left this hour").contains("Nothing was written");
        assertThat(refused.out()).contains("Apply needs more requests than are left this hour");
        assertThat(writes()).isZero();

        var partial = run("apply", "--store", store.toString(), "--auto-approve", "--allow-partial");
        assertThat(partial.exitCode()).as(partial.toString()).isEqualTo(1);
        assertThat(partial.out()).contains("Apply stopped at the request budget:").contains("Left for the next run (")
                .doesNotContain("FAILED");
        assertThat(writes()).isPositive();
        int left = number(partial.out(), "Left for the next run \\((\\d+)\\)");
        assertThat(left).isPositive();

        // The next hour: the same apply starts where the last one stopped.
        sandbox.passHour();
        var rest = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(rest.exitCode()).as(rest.toString()).isZero();
        assertThat(rest.out()).contains("Apply complete! " + left + " applied");
        var clean = run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();

        assertThat(sandbox.requestLog().list()).extracting(RecordedExchange::status).doesNotContain(429);
    }

    @Test
    void budgetOptionReplacesWhatIsLeftAndPartialStopsAtIt() {
        var refused = run("apply", "--store", store.toString(), "--auto-approve", "--budget", "2");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).containsPattern("Apply needs about \\d+ requests").contains("--budget allows 2");
        assertThat(writes()).isZero();

        var partial = run("apply", "--store", store.toString(), "--auto-approve", "--budget", "2", "--allow-partial");
        assertThat(partial.exitCode()).as(partial.toString()).isEqualTo(1);
        assertThat(writes()).isBetween(1L, 2L);
        assertThat(partial.out()).contains("Stopped before ").contains("budget of 2 requests");
    }
}
