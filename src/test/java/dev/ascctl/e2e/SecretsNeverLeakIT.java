package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ascctl.cli.CliRunner;
import dev.ascctl.plan.PlanFiles;
import dev.ascctl.store.TestImages;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * No private key, JWT or demo password appears in any output, debug log, error or plan file (DESIGN 1.7), while
 * the password really reaches App Store Connect. And each leak of issue 21 is closed: the token to another host by
 * links.next (item 1) or over plain http (item 3), secret references out of the repository (item 2) or injected into
 * a saved plan (item 4), files linked out of the store uploaded (item 5). Import writing outside --out (item 6) is
 * ImportConfinementTest's.
 */
@SandboxStore
class SecretsNeverLeakIT {
    static final String PASSWORD = "Demo-Pa55word-7f3k";
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;
    String pem;

    @BeforeEach
    void start(SandboxFixture fixture) throws Exception {
        this.fixture = fixture;
        store = fixture.store();
        pem = Files.readString(CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        Path appYaml = store.resolve("apps/notes/app.yaml");
        if (!Files.exists(appYaml)) {
            return; // a test with its own store (the model key's)
        }
        Files.writeString(appYaml, Files.readString(appYaml).replace("demoAccountRequired: false",
                "demoAccountRequired: true\n  demoAccountName: reviewer@example.com\n"
                        + "  demoAccountPassword: ${env:ASC_DEMO_PASSWORD}"));
    }

    /** Credentials from the environment with the key inline, so the PEM passes through our code. */
    private CliRunner cli() {
        return new CliRunner()
                .env("ASC_KEY_ID", "SANDBOX001")
                .env("ASC_ISSUER_ID", "69a6de70-0000-47e3-e053-5b8c7c11a4d1")
                .env("ASC_PRIVATE_KEY", pem)
                .env("ASC_ENDPOINT", fixture.url())
                .env("ASC_DEMO_PASSWORD", PASSWORD);
    }

    @Test
    void noSecretInAnyOutputLogOrPlanFile() throws Exception {
        List<String> outputs = new ArrayList<>();
        Path planFile = temp.resolve("review.plan");
        var plan = cli().run("--debug", "plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("demoAccountPassword = (sensitive value from ${env:ASC_DEMO_PASSWORD})");
        outputs.add(plan.all());
        outputs.add(Files.readString(planFile));
        for (String format : List.of("text", "markdown", "json")) {
            outputs.add(cli().run("--debug", "show", planFile.toString(), "--format", format).all());
        }
        var apply = cli().run("--debug", "apply", planFile.toString(), "--store", store.toString());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        outputs.add(apply.all());
        outputs.add(cli().run("--debug", "drift", "--store", store.toString(), "--format", "json").all());
        // A failure path: an unreachable endpoint, with stack traces on.
        outputs.add(cli().env("ASC_ENDPOINT", "http://127.0.0.1:1").run("--debug", "plan", "--store",
                store.toString()).all());

        String everything = String.join("\n", outputs);
        assertThat(everything).contains("[debug]");
        assertThat(everything).doesNotContain(PASSWORD);
        assertThat(everything).doesNotContain("PRIVATE KEY");
        for (String line : pem.lines().filter(l -> !l.startsWith("-----")).toList()) {
            assertThat(everything).doesNotContain(line);
        }
        // Every JWT starts with the base64url of '{"' (its JSON header).
        assertThat(everything).doesNotContain("eyJ");

        // The password did reach App Store Connect: the review detail holds it.
        var detail = fixture.sandbox.state().find("appStoreReviewDetails",
                a -> PASSWORD.equals(a.get("demoAccountPassword")));
        assertThat(detail).isPresent();
    }

    /**
     * The language model's key of {@code reviews draft} (issue 14): a {@code ${env:}} reference in config/ascctl.yaml,
     * sent in the model's Authorization header and nowhere else: not in any output or debug log of pull, draft, plan,
     * show, apply and drift, not in the store's files, not in the plan file; also when the model answers an error that
     * echoes the key, as OpenAI's "Incorrect API key provided" does.
     */
    @Test
    @SandboxStore(seed = "src/test/resources/sandbox/reviews-seed.yaml", store = SandboxStore.Store.EMPTY)
    void theModelsKeyNeverShowsInOutputLogsStoreOrPlanFiles() throws Exception {
        String key = "sk-test-model-key-9d2e7b";
        Path app = Files.createDirectories(store.resolve("apps/atlas"));
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.atlas\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Atlas\n");
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer model = HostileServers.start(x -> {
            String authorization = x.getRequestHeaders().getFirst("Authorization");
            sent.add(authorization);
            if (calls.get() == 1) {
                HostileServers.answer(x, 401, "{\"error\":{\"message\":\"Incorrect API key provided: "
                        + authorization + "\"}}");
            } else {
                HostileServers.answer(x, 200, "{\"choices\":[{\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"Danke, max! Der Absturz ist behoben.\"}}]}");
            }
        }, calls);
        try {
            Files.createDirectories(store.resolve("config"));
            Files.writeString(store.resolve("config/ascctl.yaml"), """
                    reviewDrafts:
                      provider: openai
                      endpoint: http://%s/v1
                      model: fake-model
                      apiKey: ${env:FAKE_MODEL_KEY}
                    """.formatted(HostileServers.hostPort(model)));
            List<CliRunner.Result> results = new ArrayList<>();
            CliRunner cli = cli().workDir(store).env("FAKE_MODEL_KEY", key);
            results.add(cli.run("--debug", "reviews", "pull", "--store", store.toString()));
            var refused = cli.run("--debug", "reviews", "draft", "--store", store.toString());
            assertThat(refused.out()).as(refused.toString()).contains("not drafted: atlas-1").contains("answered 401");
            results.add(refused);
            results.add(cli.run("--debug", "reviews", "draft", "--store", store.toString()));
            Path replies = store.resolve("apps/atlas/reviews/replies.yaml");
            assertThat(Files.readString(replies)).contains("Danke, max!");
            Files.writeString(replies, Files.readString(replies).replace("  draft: true\n", ""));
            Path planFile = temp.resolve("replies.plan");
            results.add(cli.run("--debug", "plan", "--store", store.toString(), "--out", planFile.toString()));
            for (String format : List.of("text", "markdown", "json")) {
                results.add(cli.run("--debug", "show", planFile.toString(), "--format", format));
            }
            results.add(cli.run("--debug", "apply", planFile.toString()));
            results.add(cli.run("--debug", "drift", "--store", store.toString()));
            results.add(cli.run("--debug", "reviews", "digest", "--store", store.toString(), "--out", "digest"));
            for (CliRunner.Result r : results) {
                assertThat(r.exitCode()).as(r.toString()).isIn(0, 2);
                assertThat(r.all()).doesNotContain(key);
            }
            assertThat(String.join("\n", results.stream().map(CliRunner.Result::all).toList())).contains("[debug]");
            assertThat(fixture.sandbox.state().referencing("customerReviewResponses", "review", "atlas-1"))
                    .as("the approved draft was published").hasSize(1);
            assertThat(Files.readString(planFile)).doesNotContain(key);
            try (var files = Files.walk(store)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                            .doesNotContain(key);
                }
            }
            assertThat(sent).as("the key reached the model, in its header").hasSize(2)
                    .allMatch(("Bearer " + key)::equals);
        } finally {
            model.stop(0);
        }
    }

    /**
     * The leaks of issue 21 item 2, each tried on the store: the private key by ${env:}, a file outside the
     * repository by an absolute path, by .. and by a link, and any reference in published text. Each ends in
     * exit 1 before the first request, and nothing of the key or the file appears anywhere.
     */
    @Test
    void secretReferencesCannotReachTheKeyOrFilesOutsideTheRepository() throws Exception {
        Path outside = Files.writeString(temp.resolve("shadow.txt"), "root:CANARY-shadow-hash:19000:0:99999:7:::\n");
        Files.createDirectories(store.resolve("secrets"));
        Files.createSymbolicLink(store.resolve("secrets/link.txt"), outside);
        Path appYaml = store.resolve("apps/notes/app.yaml");
        Path enUs = store.resolve("apps/notes/locales/en-US.yaml");
        String app = Files.readString(appYaml);
        String locale = Files.readString(enUs);
        List<String> passwords = List.of("${env:ASC_PRIVATE_KEY}", "${file:" + outside + "}",
                "${file:../" + temp.relativize(outside) + "}", "${file:secrets/link.txt}");
        List<String> outputs = new ArrayList<>();
        for (String reference : passwords) {
            Files.writeString(appYaml, app.replace("${env:ASC_DEMO_PASSWORD}", reference));
            outputs.add(assertRefusedBeforeAnyRequest(reference));
        }
        Files.writeString(appYaml, app);
        Files.writeString(enUs, locale.replace("whatsNew: |", "whatsNew: ${env:ASC_PRIVATE_KEY}\nx-was-whatsNew: |"));
        outputs.add(assertRefusedBeforeAnyRequest("whatsNew"));

        String everything = String.join("\n", outputs);
        assertThat(everything).doesNotContain("CANARY-shadow-hash").doesNotContain("PRIVATE KEY");
        for (String line : pem.lines().filter(l -> !l.startsWith("-----")).toList()) {
            assertThat(everything).doesNotContain(line);
        }
    }

    private String assertRefusedBeforeAnyRequest(String what) {
        fixture.sandbox.requestLog().clear();
        var plan = cli().run("--debug", "plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(what + ": " + plan).isEqualTo(1);
        assertThat(plan.err()).as(what).containsAnyOf("ascctl's own credential variable", "is an absolute path",
                "leads outside the repository", "symbolic link leading outside", "allowed only in demoAccountPassword");
        assertThat(fixture.sandbox.requestLog().count()).as(what + ": requests").isZero();
        return plan.all();
    }

    /** Item 4: a reference to a file outside the repository put into a saved plan, even resealed, is never read. */
    @Test
    void aReferenceInjectedIntoASavedPlanIsRefusedEvenInThePasswordAndResealed() throws Exception {
        Path canary = Files.writeString(temp.resolve("shadow.txt"), "CANARY-injected-into-plan\n");
        Path planFile = temp.resolve("review.plan");
        assertThat(cli().run("plan", "--store", store.toString(), "--out", planFile.toString()).exitCode()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode tree = (ObjectNode) json.readTree(Files.readString(planFile)
                .replace("${env:ASC_DEMO_PASSWORD}", "${file:" + canary.toAbsolutePath() + "}"));
        tree.remove("checksum");
        Files.writeString(planFile, PlanFiles.reseal(json.writeValueAsString(tree)));
        fixture.sandbox.requestLog().clear();

        var apply = cli().run("--debug", "apply", planFile.toString(), "--store", store.toString());

        assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
        assertThat(apply.err()).contains("is an absolute path");
        assertThat(apply.all()).doesNotContain("CANARY-injected-into-plan");
        assertThat(fixture.sandbox.requestLog().writes()).isEmpty();
    }

    /** Item 5: a screenshot and an in-app purchase's review screenshot linked to files outside are never sent. */
    @Test
    void filesLinkedOutsideTheStoreAreNeverUploaded() throws Exception {
        Path outsideShot = TestImages.writePng(temp.resolve("private/shot.png"), 1290, 2796, 99);
        Path screenshots = Files.createDirectories(store.resolve("apps/notes/screenshots/en-US/APP_IPHONE_67"));
        Files.createSymbolicLink(screenshots.resolve("01.png"), outsideShot);
        assertLinkRefused("screenshot");
        Files.delete(screenshots.resolve("01.png"));

        Files.createDirectories(store.resolve("apps/notes/review"));
        Files.createSymbolicLink(store.resolve("apps/notes/review/pro.png"), outsideShot);
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Notes Pro
                    reviewScreenshot: review/pro.png
                """);
        assertLinkRefused("review screenshot");
    }

    private void assertLinkRefused(String what) {
        fixture.sandbox.requestLog().clear();
        var apply = cli().run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(what + ": " + apply).isEqualTo(1);
        assertThat(apply.err()).as(what).containsAnyOf("outside the store", "symbolic link");
        assertThat(fixture.sandbox.requestLog().count()).as(what + ": requests").isZero();
        assertThat(fixture.sandbox.state().all("appScreenshots")).isEmpty();
        assertThat(fixture.sandbox.state().all("inAppPurchaseAppStoreReviewScreenshots")).isEmpty();
    }

    /** Item 1: a links.next written to reach another host ("@host/..." joined as text) gets it no request. */
    @Test
    void theTokenNeverFollowsALinkToAnotherHost() throws Exception {
        AtomicInteger otherRequests = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        HttpServer other = HostileServers.start(x -> HostileServers.answer(x, 200, "{\"data\":[]}"), otherRequests);
        String otherHost = HostileServers.hostPort(other);
        HttpServer server = HostileServers.start(x -> HostileServers.answer(x, 200,
                "{\"data\":[],\"links\":{\"next\":\"@" + otherHost + "/v1/apps?cursor=x\"}}"), requests);
        try {
            var plan = HostileServers.plan(HostileServers.hostPort(server));
            assertThat(plan.exitCode()).isEqualTo(1);
            assertThat(plan.err()).contains("Refusing to follow links.next");
            assertThat(requests.get()).isPositive();
            assertThat(otherRequests.get()).as("requests (and so tokens) to the other host").isZero();
            assertThat(plan.all()).doesNotContain("eyJ");
        } finally {
            server.stop(0);
            other.stop(0);
        }
    }

    /** Item 3: plain http to an address of this machine that is not loopback is refused before any request. */
    @Test
    void theTokenNeverGoesOverPlainHttpToANonLoopbackAddress() throws Exception {
        Optional<InetAddress> address = nonLoopbackAddress();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(address.get(), 0), 0);
        server.createContext("/", x -> {
            requests.incrementAndGet();
            HostileServers.answer(x, 200, "{\"data\":[]}");
        });
        server.start();
        try {
            var plan = cli().env("ASC_ENDPOINT", "http://" + address.get().getHostAddress() + ":"
                    + server.getAddress().getPort()).run("--debug", "plan", "--store", store.toString());
            assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(1);
            assertThat(plan.err()).contains("Refusing to send the API token over plain http");
            assertThat(requests.get()).as("requests that reached the server").isZero();
            assertThat(plan.all()).doesNotContain("eyJ");
        } finally {
            server.stop(0);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Issue 18: a translation provider's key (DeepL here, sent as {@code DeepL-Auth-Key}) appears in no output, with
     * --debug, not even when the provider echoes it in an error, nor in the store's files or a plan file.
     */
    @Test
    void noTranslationProviderKeyInAnyOutputLogOrPlanFile() throws Exception {
        String key = "deepl-secret-key-42d9e1:fx";
        FakeTranslationApis apis = new FakeTranslationApis();
        var deepl = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort()
                        .extensions(apis));
        deepl.start();
        try {
            deepl.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v2/translate")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok()));
            Files.createDirectories(store.resolve("config"));
            Files.writeString(store.resolve("config/ascctl.yaml"), "providers:\n  deepl: {type: deepl, endpoint: "
                    + "\"http://127.0.0.1:" + deepl.port() + "\", apiKey: \"${env:DEEPL_KEY}\"}\n");
            List<String> outputs = new ArrayList<>();
            var translate = cli().workDir(store).env("DEEPL_KEY", key).run("--debug", "translate", "--store",
                    store.toString(), "--from", "en-US", "--to", "es-ES");
            assertThat(translate.exitCode()).as(translate.toString()).isZero();
            assertThat(deepl.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
                    .isEqualTo("DeepL-Auth-Key " + key);
            outputs.add(translate.all());
            Path planFile = temp.resolve("translated.plan");
            var plan = cli().workDir(store).env("DEEPL_KEY", key).run("--debug", "plan", "--store",
                    store.toString(), "--out", planFile.toString());
            assertThat(plan.out()).contains("locale[es-ES]");
            outputs.add(plan.all());
            outputs.add(Files.readString(planFile));
            // The provider refuses the key and echoes it back: the error names the status, never the key.
            apis.refuseEchoingTheKey = true;
            var refused = cli().workDir(store).env("DEEPL_KEY", key).run("--debug", "translate", "--store",
                    store.toString(), "--from", "en-US", "--to", "it");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("answered 403").contains("(sensitive value)");
            outputs.add(refused.all());

            assertThat(String.join("\n", outputs)).doesNotContain(key).doesNotContain("deepl-secret-key");
            try (var files = Files.walk(store)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                            .doesNotContain(key);
                }
            }
        } finally {
            deepl.stop();
        }
    }
}
