package dev.ascctl.resource.kinds;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Records the live fixtures of the kind tests ({@code src/test/resources/kinds/*.json}) from the sandbox: every GET
 * that {@code plan} and {@code import} send for one app, with the sandbox's answer, keyed as the client asks
 * ({@link dev.ascctl.asc.ApiQuery#toPathAndQuery}). Run it again when the sandbox or the reads change:
 * {@code make kind-fixtures} (a test skipped unless {@code -Dkinds.record=true}). The tests never start a sandbox; they replay these answers in memory
 * ({@link LiveFixture}).
 *
 * <ul>
 *   <li>{@code notes-before}: the demo's seed (examples/sandbox/notes-seed.yaml), nothing applied: the store's
 *       whole difference is still to do.</li>
 *   <li>{@code notes-after}: the same after {@code apply} of examples/store: every kind as the store says.</li>
 *   <li>{@code weather}: the adoption seed (an app with every kind filled in, a live version and app info).</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "kinds.record", matches = "true")
class KindFixtureRecorder {
    static final Path OUT = Path.of("src/test/resources/kinds");

    @Test
    void recordsTheFixtures() throws Exception {
        record("notes-before", "examples/sandbox/notes-seed.yaml", "com.example.notes", false);
        record("notes-after", "examples/sandbox/notes-seed.yaml", "com.example.notes", true);
        record("weather", "examples/sandbox/adoption-seed.yaml", "com.example.weather", false);
    }

    private static void record(String name, String seed, String bundleId, boolean applyFirst) throws IOException {
        Path folder = Files.createTempDirectory("ascctl-kind-fixture-");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(Path.of(seed)))) {
            String url = sandbox.baseUri().toString();
            CliRunner cli = new CliRunner().env("ASCCTL_BACKOFF_MS", "20")
                    .env("ASC_DEMO_PASSWORD", "fixture-password").env("ASC_BETA_DEMO_PASSWORD", "fixture-password");
            Path imported = folder.resolve("store");
            // The notes fixtures plan the example store; the weather one plans what import wrote of it.
            Path store = bundleId.equals("com.example.notes") ? Path.of("examples/store") : imported;
            if (applyFirst) {
                expectOk(cli.sandbox(url, "apply", "--store", store.toString(), "--auto-approve"));
            }
            sandbox.requestLog().clear();
            expectOk(cli.sandbox(url, "import", "--bundle-id", bundleId, "--out", imported.toString()));
            CliRunner.Result plan = cli.sandbox(url, "plan", "--store", store.toString());
            if (plan.exitCode() != 0) {
                throw new IllegalStateException("plan failed: " + plan);
            }
            write(name, bundleId, sandbox);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void expectOk(CliRunner.Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException(result.toString());
        }
    }

    private static void write(String name, String bundleId, Sandbox sandbox) {
        Map<String, JsonNode> reads = new TreeMap<>();
        for (RecordedExchange e : sandbox.requestLog().withoutInjectedFaults()) {
            if (!e.method().equals("GET") || e.responseBody() == null || !e.path().startsWith("/v")) {
                continue;
            }
            String key = LiveFixture.normalise(e.path() + (e.rawQuery() == null ? "" : "?" + e.rawQuery()));
            JsonNode body = LiveFixture.JSON.readTree(e.responseBody());
            if (body.path("links").has("next")) {
                throw new IllegalStateException(key + " has more than one page: raise its limit or merge pages here");
            }
            if (e.status() == 404) {
                body = JsonNodeFactory.instance.objectNode().put("notFound", true);
            } else if (e.status() != 200) {
                continue;
            }
            reads.put(key, body);
        }
        // One read per line: a diff after re-recording shows which answers changed.
        StringBuilder text = new StringBuilder("{\"bundleId\": \"" + bundleId + "\",\n \"reads\": {\n");
        String separator = "";
        for (Map.Entry<String, JsonNode> read : reads.entrySet()) {
            text.append(separator).append("  ").append(LiveFixture.JSON.writeValueAsString(read.getKey()))
                    .append(": ").append(LiveFixture.JSON.writeValueAsString(read.getValue()));
            separator = ",\n";
        }
        text.append("\n}}\n");
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve(name + ".json"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(name + ": " + reads.size() + " reads");
    }
}
