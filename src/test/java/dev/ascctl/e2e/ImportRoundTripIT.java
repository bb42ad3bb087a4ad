package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.StoreLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round-trip guarantee of {@code ascctl import}: for an app seeded with every resource kind ascctl manages,
 * import writes a store, and plan right after it shows no changes; the demo password is never written.
 */
@SandboxStore(seed = ImportRoundTripIT.SEED_FILE, store = SandboxStore.Store.EMPTY)
class ImportRoundTripIT {
    static final String SEED_FILE = "examples/sandbox/adoption-seed.yaml";
    static final Path SEED = Path.of(SEED_FILE);
    static final String PASSWORD = "tr0ub4dor&3";   // the seeded live demo password
    static final String BETA_PASSWORD = "b3ta-s3cret!";   // the seeded live beta review demo password
    static final java.util.Map<String, String> SECRETS = java.util.Map.of("ASC_DEMO_PASSWORD", PASSWORD,
            "ASC_BETA_DEMO_PASSWORD", BETA_PASSWORD);
    /**
     * Kinds that are actions, not state, so an import never writes them: {@code submitForReview} would submit the
     * next version too (see SubmissionHandler), and a build's {@code submitForReview} the next build put on its
     * entry (see BetaReviewSubmissionHandler; the seeded build 410 was submitted). Plan declares nothing for them
     * either way.
     */
    static final java.util.Set<String> ACTIONS = java.util.Set.of("reviewSubmission", "betaAppReviewSubmission");
    /** Kinds a store declares only by leaving something out: a territory taken off sale (AvailableTerritoryHandler). */
    static final java.util.Set<String> ABSENCES = java.util.Set.of("availableTerritory",
            "subscriptionTerritoriesOffSale");
    /**
     * Kinds that are a legal statement a person makes, so an import never writes them from what Apple holds:
     * export compliance (ExportComplianceHandler answers builds that have no answer yet) and the encryption declaration
     * filed with it (EncryptionDeclarationHandler).
     */
    static final java.util.Set<String> STATEMENTS = java.util.Set.of("exportCompliance", "encryptionDeclaration");
    @TempDir
    Path temp;
    Sandbox sandbox;

    @BeforeEach
    void start(SandboxFixture fixture) {
        sandbox = fixture.sandbox();
    }

    private CliRunner.Result run(CliRunner cli, String... args) {
        return cli.sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void importThenPlanShowsNoChangesForEveryResourceKind() throws Exception {
        Path store = temp.resolve("store");
        var imported = run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", store.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("wrote apps/weather/app.yaml", "wrote apps/weather/locales/de-DE.yaml",
                "wrote apps/weather/locales/en-US.yaml");
        assertThat(imported.err()).contains("${env:ASC_DEMO_PASSWORD}").contains("set the environment variable ASC_DEMO_PASSWORD")
                .contains("${env:ASC_BETA_DEMO_PASSWORD}").contains("set the environment variable ASC_BETA_DEMO_PASSWORD");
        assertThat(imported.out()).contains("wrote apps/weather/testflight.yaml", "wrote apps/weather/purchases.yaml");

        // Every kind of this release declares something in the imported store: a kind that cannot export, or a
        // seed that misses a kind, fails here rather than passing with nothing to compare.
        var loaded = StoreLoader.load(store, ContactDefaultsInput.none(),
                new SecretResolver(store, SECRETS),
                AllKinds.registry().storeRules());
        assertThat(loaded.problems()).isEmpty();
        var app = loaded.store().apps().get(0);
        for (ResourceHandler handler : AllKinds.registry().handlers()) {
            if (ABSENCES.contains(handler.spec().name())) {
                assertThat(handler.desired(app)).as(handler.spec().name() + " is never declared").isEmpty();
                continue;
            }
            if (STATEMENTS.contains(handler.spec().name())) {
                assertThat(handler.desired(app)).as(handler.spec().name() + " is a person's statement, never imported")
                        .isEmpty();
                continue;
            }
            if (ACTIONS.contains(handler.spec().name())) {
                assertThat(handler.desired(app)).as(handler.spec().name() + " is an action, never imported").isEmpty();
                continue;
            }
            assertThat(handler.desired(app)).as("imported store declares " + handler.spec().name()).isNotEmpty();
        }

        sandbox.requestLog().clear();
        var plan = run(new CliRunner().env("ASC_DEMO_PASSWORD", PASSWORD).env("ASC_BETA_DEMO_PASSWORD", BETA_PASSWORD), "plan", "--store", store.toString(),
                "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("No changes.");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    /**
     * Screenshots and the preview come back as the very files that were uploaded (the sandbox serves the original
     * bytes), named {@code NN-<fileName>} in Apple's order, so the media kinds plan no change.
     */
    @Test
    void importDownloadsScreenshotsAndPreviewsInOrderWithApplesChecksums() throws Exception {
        Path store = temp.resolve("store");
        var imported = run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", store.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        Path media = SEED.getParent().resolve("media");
        Path app = store.resolve("apps/weather");
        java.util.Map<String, String> expected = java.util.Map.of(
                "screenshots/en-US/APP_IPHONE_67/01-weather-forecast.png", "weather-forecast.png",
                "screenshots/en-US/APP_IPHONE_67/02-weather-radar.png", "weather-radar.png",
                "screenshots/de-DE/APP_IPHONE_67/01-wetter-vorhersage.png", "wetter-vorhersage.png",
                "previews/en-US/IPHONE_67/01-weather-tour.mp4", "weather-tour.mp4",
                // The running product page test's treatment, in its own folder, in Apple's order.
                "experiments/Radar first/Radar/screenshots/en-US/APP_IPHONE_67/01-weather-radar.png", "weather-radar.png",
                "experiments/Radar first/Radar/screenshots/en-US/APP_IPHONE_67/02-weather-forecast.png",
                "weather-forecast.png",
                "experiments/Radar first/Radar/previews/en-US/IPHONE_67/01-weather-tour.mp4", "weather-tour.mp4");
        expected = new java.util.HashMap<>(expected);
        expected.putAll(java.util.Map.of(
                // The seed's custom product page: its folder holds its media as the app's own (issue 17).
                "product-pages/rain-radar/screenshots/en-US/APP_IPHONE_67/01-weather-radar.png", "weather-radar.png",
                "product-pages/rain-radar/screenshots/en-US/APP_IPHONE_67/02-weather-forecast.png", "weather-forecast.png",
                "product-pages/rain-radar/screenshots/de-DE/APP_IPHONE_67/01-wetter-vorhersage.png", "wetter-vorhersage.png",
                "product-pages/rain-radar/previews/en-US/IPHONE_67/01-weather-tour.mp4", "weather-tour.mp4"));
        for (var file : expected.entrySet()) {
            assertThat(app.resolve(file.getKey())).as(file.getKey()).hasSameBinaryContentAs(media.resolve(file.getValue()));
            assertThat(imported.out()).contains("wrote apps/weather/" + file.getKey());
        }
        try (Stream<Path> files = Files.walk(app).filter(f -> f.toString().matches(".*/(screenshots|previews)/.*"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(expected.size()); // no .part left over
        }
        assertThat(imported.err()).doesNotContain("differ from the originals");

        sandbox.requestLog().clear();
        var plan = run(new CliRunner().env("ASC_DEMO_PASSWORD", PASSWORD).env("ASC_BETA_DEMO_PASSWORD", BETA_PASSWORD),
                "plan", "--store", store.toString(),
                "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("No changes.");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    /** The sandbox's asset host serves the original rendition only, without a token, like a CDN. */
    @Test
    void theSandboxServesTheUploadedBytesAtTheOriginalRenditionOnly() throws Exception {
        // Any API request: the sandbox processes the seeded uploads before it answers.
        run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", temp.resolve("s").toString());
        var shot = sandbox.state().all("appScreenshots").stream()
                .filter(a -> "weather-radar.png".equals(a.attribute("fileName"))).findFirst().orElseThrow();
        String template = String.valueOf(((java.util.Map<?, ?>) shot.attribute("imageAsset")).get("templateUrl"));
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<byte[]>> get = url -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var original = get.apply(template.replace("{w}", "1290").replace("{h}", "2796").replace("{f}", "png"));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(Files.readAllBytes(SEED.getParent().resolve("media/weather-radar.png")));
        assertThat(get.apply(template.replace("{w}", "600").replace("{h}", "1300").replace("{f}", "png")).statusCode())
                .isEqualTo(404);
        assertThat(get.apply(template.replace("{w}", "1290").replace("{h}", "2796").replace("{f}", "jpg")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDemoPasswordIsNeverWrittenOrPrinted() throws Exception {
        Path store = temp.resolve("store");
        var imported = run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", store.toString());
        assertThat(imported.all()).doesNotContain(PASSWORD).doesNotContain(BETA_PASSWORD);
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // Latin-1 reads any bytes (the media files too) and keeps the ASCII passwords findable.
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(PASSWORD).doesNotContain(BETA_PASSWORD);
            }
        }
        assertThat(Files.readString(store.resolve("apps/weather/app.yaml")))
                .contains("demoAccountPassword: ${env:ASC_DEMO_PASSWORD}")
                .startsWith("# yaml-language-server: $schema=../../schema/app.schema.json");
        assertThat(Files.readString(store.resolve("apps/weather/testflight.yaml")))
                .contains("demoAccountPassword: ${env:ASC_BETA_DEMO_PASSWORD}")
                .startsWith("# yaml-language-server: $schema=../../schema/testflight.schema.json");
    }

    /** The schema copies import writes are the committed ones: Apple's enums filled in, the kinds' app.yaml keys. */
    @Test
    void theSchemasImportWritesAreTheCommittedOnes() throws Exception {
        Path store = temp.resolve("store");
        assertThat(run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", store.toString())
                .exitCode()).isZero();
        try (Stream<Path> schemas = Files.list(store.resolve("schema"))) {
            List<Path> written = schemas.toList();
            assertThat(written).extracting(p -> p.getFileName().toString()).contains("app.schema.json",
                    "locale.schema.json", "purchases.schema.json");
            for (Path schema : written) {
                assertThat(Files.readString(schema)).as(schema.toString())
                        .isEqualTo(Files.readString(Path.of("schema").resolve(schema.getFileName())));
            }
        }
    }

    @Test
    void importNeverOverwritesAndNamesTheFile() {
        Path store = temp.resolve("store");
        assertThat(run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", store.toString())
                .exitCode()).isZero();
        var again = run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", store.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("never overwrites").contains("app.yaml");
    }

    @Test
    void aMissingAppIsAnErrorAndABadLabelSendsNothing() {
        var missing = run(new CliRunner(), "import", "--bundle-id", "com.example.nothere", "--out", temp.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("com.example.nothere");
        sandbox.requestLog().clear();
        var badLabel = run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--label", "a.b",
                "--out", temp.toString());
        assertThat(badLabel.exitCode()).isEqualTo(1);
        assertThat(badLabel.err()).contains("label 'a.b'");
        assertThat(sandbox.requestLog().count()).isZero();
    }

    @Test
    void everyImportRequestConformsToApplesSpec() {
        run(new CliRunner(), "import", "--bundle-id", "com.example.weather", "--out", temp.resolve("s").toString());
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
    }
}
