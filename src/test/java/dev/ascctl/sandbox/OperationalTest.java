package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults, rate limit, latency, request log, seed and state files. */
class OperationalTest {

    @Test
    void injectedStatusCarriesAppleErrorAndRetryAfterThenClears() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.a"))) {
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.faults().inject("GET", "/v1/apps", 1, Fault.status(503, "SERVICE_UNAVAILABLE", 2));
            var failed = client.get("/v1/apps");
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.header("Retry-After")).isEqualTo("2");
            assertThat(failed.json().at("/errors/0/code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(client.get("/v1/apps").status()).isEqualTo(200);
            assertThat(sandbox.faults().pending()).isZero();
        }
    }

    @Test
    void resetMalformedAndDelayFaults() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.a"))) {
            SandboxClient client = new SandboxClient(sandbox);
            // java.net.http retries an idempotent GET once after a dropped connection, so reset twice.
            sandbox.faults().inject("*", "/v1/apps.*", 2, Fault.reset());
            assertThatThrownBy(() -> client.get("/v1/apps")).isInstanceOf(java.io.UncheckedIOException.class);
            assertThat(sandbox.requestLog().list()).extracting(RecordedExchange::status).containsExactly(0, 0);

            sandbox.faults().inject("GET", "/v1/apps", 1, Fault.malformedBody());
            var malformed = client.get("/v1/apps");
            assertThat(malformed.status()).isEqualTo(200);
            assertThatThrownBy(malformed::json).isInstanceOf(tools.jackson.core.JacksonException.class);

            sandbox.faults().inject("GET", "/v1/apps", 1, Fault.delay(Duration.ofMillis(1500)));
            assertThatThrownBy(() -> client.send(client.builder("/v1/apps").timeout(Duration.ofMillis(300)).GET()))
                    .hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);
        }
    }

    @Test
    void rateLimitHeaderCountsDownAnd429WhenSpent() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(2))) {
            SandboxClient client = new SandboxClient(sandbox);
            assertThat(client.get("/v1/apps").header("X-Rate-Limit")).isEqualTo("user-hour-lim:2;user-hour-rem:1;");
            assertThat(client.get("/v1/apps").header("X-Rate-Limit")).isEqualTo("user-hour-lim:2;user-hour-rem:0;");
            var limited = client.get("/v1/apps");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().at("/errors/0/code").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
        }
    }

    @Test
    void concurrentClientsOfOneKeyShareItsHourlyBudget() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(10))) {
            List<SandboxClient> clients = List.of(new SandboxClient(sandbox), new SandboxClient(sandbox));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<SandboxClient.Reply>> replies = new java.util.ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    SandboxClient client = clients.get(i % 2);
                    replies.add(pool.submit(() -> client.get("/v1/apps")));
                }
                List<SandboxClient.Reply> answered = new java.util.ArrayList<>();
                for (var reply : replies) {
                    answered.add(reply.get());
                }
                // Ten answered, each with its own count (9 left down to 0), and the other six refused.
                assertThat(answered).filteredOn(r -> r.status() == 200).extracting(r -> r.header("X-Rate-Limit"))
                        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 10)
                                .mapToObj(n -> "user-hour-lim:10;user-hour-rem:" + n + ";").toList());
                assertThat(answered).filteredOn(r -> r.status() == 429).hasSize(6)
                        .allSatisfy(r -> assertThat(r.header("X-Rate-Limit")).isEqualTo("user-hour-lim:10;user-hour-rem:0;"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void latencyIsAddedToEveryRequest() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(200))) {
            long start = System.nanoTime();
            new SandboxClient(sandbox).get("/v1/apps");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void requestLogKeepsRawPathQueryAndBodies() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.a"))) {
            SandboxClient client = new SandboxClient(sandbox);
            String appId = sandbox.state().find("apps", a -> true).orElseThrow().id();
            client.get("/v1/apps?filter%5BbundleId%5D=com.example.a");
            String body = "{\"data\":{\"type\":\"apps\",\"id\":\"" + appId + "\",\"attributes\":{\"primaryLocale\":\"de-DE\"}}}";
            client.patch("/v1/apps/" + appId, body);
            List<RecordedExchange> log = sandbox.requestLog().list();
            assertThat(log).hasSize(2);
            assertThat(log.get(0).rawQuery()).isEqualTo("filter%5BbundleId%5D=com.example.a");
            assertThat(log.get(0).responseBody()).contains("\"bundleId\":\"com.example.a\"");
            assertThat(log.get(1).method()).isEqualTo("PATCH");
            assertThat(log.get(1).requestBody()).isEqualTo(body);
            assertThat(log.get(1).status()).isEqualTo(200);
            assertThat(sandbox.requestLog().writes()).hasSize(1);
            sandbox.requestLog().clear();
            assertThat(sandbox.requestLog().count()).isZero();
        }
    }

    @Test
    void seedFileCreatesLiveAndEditableVersionsAndStateFileRoundTrips(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                apps:
                  - bundleId: com.example.notes
                    name: Notes Pro
                    appInfos:
                      - {state: READY_FOR_DISTRIBUTION, primaryCategory: PRODUCTIVITY}
                      - {state: PREPARE_FOR_SUBMISSION, primaryCategory: PRODUCTIVITY, locales: {en-US: {subtitle: Lists}, de-DE: {name: Notizen}}}
                    versions:
                      - {versionString: "1.0", state: READY_FOR_DISTRIBUTION, locales: {en-US: {description: Old}}}
                      - {versionString: "1.1", locales: {en-US: {whatsNew: Fixes}, de-DE: {}}}
                """);
        Path stateFile = dir.resolve("state.json");
        String appId;
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(seed).withStateFile(stateFile))) {
            SandboxClient client = new SandboxClient(sandbox);
            appId = sandbox.state().find("apps", a -> true).orElseThrow().id();
            var editable = client.get("/v1/apps/" + appId + "/appStoreVersions?filter[appVersionState]=PREPARE_FOR_SUBMISSION"
                    + "&include=appStoreVersionLocalizations").json();
            assertThat(editable.get("data")).hasSize(1);
            assertThat(editable.at("/data/0/attributes/versionString").asString()).isEqualTo("1.1");
            assertThat(editable.get("included")).hasSize(2);
            var live = client.get("/v1/apps/" + appId + "/appStoreVersions?filter[appVersionState]=READY_FOR_DISTRIBUTION").json();
            assertThat(live.at("/data/0/attributes/appStoreState").asString()).isEqualTo("READY_FOR_SALE");
            var infos = client.get("/v1/apps/" + appId + "/appInfos?include=primaryCategory").json();
            assertThat(infos.get("data")).hasSize(2);
            assertThat(infos.at("/included/0/id").asString()).isEqualTo("PRODUCTIVITY");
        }
        assertThat(stateFile).exists();
        try (Sandbox resumed = Sandbox.start(SandboxOptions.defaults().withStateFile(stateFile))) {
            assertThat(resumed.state().get("apps", appId).orElseThrow().attribute("name")).isEqualTo("Notes Pro");
            assertThat(resumed.state().all("appStoreVersionLocalizations")).hasSize(3);
        }
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> SandboxOptions.defaults().withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SandboxOptions.defaults().hourlyRequestLimit()).isEqualTo(3600);
    }
}
