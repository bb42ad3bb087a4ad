package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pacing against the sandbox's hourly budget: 16 reads in flight, 40 requests left this hour. */
class RequestPacingTest {
    static final int LIMIT = 40;

    private static AscClient client(Sandbox sandbox, Duration pacing) {
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        return new AscClient(credentials, ClientOptions.defaults().withParallelism(16).withPacing(pacing)
                .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)).withMaxRetries(2));
    }

    private static List<Callable<Document>> reads(AscClient client, int count) {
        return IntStream.range(0, count).<Callable<Document>>mapToObj(i -> () -> client.get(ApiQuery.of("/v1/apps")))
                .toList();
    }

    private static long answered(Sandbox sandbox, int status) {
        return sandbox.requestLog().list().stream().filter(e -> e.status() == status).count();
    }

    @Test
    void pacedClientSpendsTheBudgetExactlyAndIsNeverAnswered429() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(LIMIT))) {
            AscClient client = client(sandbox, Duration.ofMillis(2));
            assertThatThrownBy(() -> client.parallel(reads(client, 60))).isInstanceOf(RateBudgetSpentException.class);
            assertThat(answered(sandbox, 200)).isEqualTo(LIMIT);
            assertThat(answered(sandbox, 429)).isZero();
            assertThat(client.stats().rateLimited()).isZero();
            assertThat(client.stats().lastRateLimit()).contains(new RateLimit(LIMIT, 0));
        }
    }

    @Test
    void unpacedClientRunsInto429sAndCountsThem() throws Exception {
        // 50 ms a request keeps 16 requests in flight together, so some are sent before the answer saying the hour is
        // spent arrives; without it, on an idle machine the answers could come back one by one and the client stop
        // at "0 left" before sending more (seen once: no 429 at all).
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(LIMIT).withLatencyMs(50))) {
            AscClient client = client(sandbox, null);
            assertThatThrownBy(() -> client.parallel(reads(client, 60))).isInstanceOf(AscException.class);
            // The first 429 ends the reads (and cancels those not started), wherever the budget stood.
            assertThat(answered(sandbox, 200)).isLessThanOrEqualTo(LIMIT);
            // The requests in flight when the budget ran out were all sent, and refused.
            assertThat(answered(sandbox, 429)).isPositive();
            // Counted as read: a request whose 429 arrived after the first failure cancelled the rest is not.
            assertThat(client.stats().rateLimited()).isPositive().isLessThanOrEqualTo(answered(sandbox, 429));
        }
    }

    @Test
    void lowBudgetSpacesRequestsOneAtATime() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(30))) {
            AscClient client = client(sandbox, Duration.ofMillis(50));
            client.get(ApiQuery.of("/v1/apps")); // the first header: 29 of 30 left, low, so paced from here
            long started = System.nanoTime();
            client.parallel(reads(client, 10));
            // 3600 s / 30 is 120 s a request, capped at 50 ms: ten requests, one at a time, nine gaps of 50 ms at least.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
            List<RecordedExchange> log = sandbox.requestLog().list();
            assertThat(log).hasSize(11).allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
        }
    }
}
