package dev.ascctl.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live reader against the sandbox: 1 + 2N requests for N apps, and missing apps named. */
class LiveReaderTest {
    Sandbox sandbox;
    AscClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.a", "com.example.b",
                "com.example.c"));
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        client = new AscClient(credentials, ClientOptions.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static AppSpec spec(String bundleId) {
        Path dir = Path.of("/store/apps/" + bundleId);
        var locales = new TreeMap<String, LocaleSpec>();
        locales.put("en-US", new LocaleSpec("en-US", dir.resolve("locales/en-US.yaml"), Attributes.empty(),
                Attributes.empty()));
        return new AppSpec(bundleId, dir, new Mark(dir.resolve("app.yaml"), 1, 1), bundleId, "IOS", "en-US",
                Attributes.empty(), Attributes.empty(), Attributes.empty(), Attributes.empty(), Attributes.empty(),
                locales);
    }

    @Test
    void anAppsTwoReadsAreInFlightAtOnce() throws Exception {
        try (Sandbox slow = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.a")
                .withLatencyMs(400))) {
            var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                    .resolve(new CredentialOptions(null, null, null, slow.baseUri(), null, "sandbox"));
            new LiveReader(new AscClient(credentials, ClientOptions.defaults().withParallelism(2)), AllKinds.registry())
                    .read(List.of(spec("com.example.a")));

            var log = slow.requestLog().list();
            var infos = log.stream().filter(e -> e.path().endsWith("/appInfos")).findFirst().orElseThrow();
            var versions = log.stream().filter(e -> e.path().endsWith("/appStoreVersions")).findFirst().orElseThrow();
            // One after the other they arrive at least the 400 ms latency apart.
            assertThat(java.time.Duration.between(infos.at(), versions.at()).abs()).isLessThan(
                    java.time.Duration.ofMillis(250));
        }
    }

    @Test
    void readsNAppsInOnePlusTwoNRequests() {
        var state = new LiveReader(client, AllKinds.registry()).read(List.of(spec("com.example.a"), spec("com.example.b"),
                spec("com.example.c")));

        assertThat(sandbox.requestLog().count()).isEqualTo(7);
        assertThat(state.requestsUsed()).isEqualTo(7);
        LiveApp a = state.app("com.example.a").orElseThrow();
        assertThat(a.editableAppInfo()).isPresent();
        var version = a.currentVersion().orElseThrow();
        assertThat(LiveApp.text(version, "versionString")).isEqualTo("1.0");
        assertThat(a.isFirstVersion(version)).isTrue();
        assertThat(a.related(version, "appStoreVersionLocalizations").orElseThrow()).hasSize(1);
        assertThat(a.related(a.editableAppInfo().get(), "appInfoLocalizations").orElseThrow()).hasSize(1);
    }

    @Test
    void theBaseReadsIncludeWhatTheKindsContributeAndNothingElse() {
        var reader = new LiveReader(client, AllKinds.registry());
        assertThat(reader.appInfosQuery("1").params().get("include").split(",")).containsExactlyInAnyOrder(
                "appInfoLocalizations", "ageRatingDeclaration", "primaryCategory", "primarySubcategoryOne",
                "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo");
        assertThat(reader.appInfosQuery("1").params()).containsEntry("limit[appInfoLocalizations]", "50");
        assertThat(reader.versionsQuery("1", "IOS").params().get("include").split(",")).containsExactlyInAnyOrder(
                "appStoreVersionLocalizations", "appStoreReviewDetail", "build", "appStoreVersionPhasedRelease");
        assertThat(reader.versionsQuery("1", "IOS").params()).containsEntry("limit[appStoreVersionLocalizations]", "50");

        var onlyLocales = new LiveReader(client, new ResourceKinds(List.of(
                new dev.ascctl.resource.kinds.AppInfoLocalizationHandler())));
        assertThat(onlyLocales.appInfosQuery("1").params()).containsEntry("include", "appInfoLocalizations");
        assertThat(onlyLocales.versionsQuery("1", "IOS").params()).doesNotContainKey("include");
    }

    @Test
    void namesEveryMissingAppWithTheManualStep() {
        assertThatThrownBy(() -> new LiveReader(client, AllKinds.registry()).read(List.of(spec("com.example.a"), spec("com.example.x"),
                spec("com.example.y"))))
                .isInstanceOf(MissingAppsException.class)
                .hasMessageContaining("com.example.x, com.example.y")
                .hasMessageContaining("App Store Connect → Apps → + → New App");
        assertThat(sandbox.requestLog().count()).isEqualTo(1);
    }

    /** A kind that only reads: {@code reads} says what it asks for given what the app has read so far. */
    record ReadingKind(BiFunction<LiveApp, AppSpec, List<ApiQuery>> asks) implements ResourceHandler<KindKey> {
        @Override
        public KindSpec spec() {
            return new KindSpec("chain", 99, null);
        }

        @Override
        public List<DesiredObject<KindKey>> desired(AppSpec app) {
            return List.of();
        }

        @Override
        public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
            return asks.apply(app, spec);
        }

        @Override
        public List<LiveObject<KindKey>> live(LiveApp app, AppSpec spec) {
            return List.of();
        }
    }

    static final List<String> APP_FIELDS = List.of("bundleId", "name", "sku", "primaryLocale", "contentRightsDeclaration",
            "isOrEverWasMadeForKids", "subscriptionStatusUrl");

    /** Level k reads the app whose id level k-1 returned, with k+1 fields: each query needs the answer before it. */
    static ApiQuery level(int k, String appId) {
        return ApiQuery.of("/v1/apps/" + appId).fields("apps", APP_FIELDS.subList(0, k + 1).toArray(String[]::new));
    }

    static List<ApiQuery> chain(LiveApp app, int depth) {
        List<ApiQuery> asked = new java.util.ArrayList<>();
        String id = app.app().id();
        for (int k = 0; k < depth; k++) {
            ApiQuery query = level(k, id);
            asked.add(query);
            var answer = app.read(query);
            if (answer.isEmpty()) {
                break;
            }
            id = answer.get().single().orElseThrow().id();
        }
        return asked;
    }

    @Test
    void aReadChainSevenLevelsDeepResolvesFullyWithEachQuerySentOnce() {
        var kinds = new ResourceKinds(List.of(new ReadingKind((app, spec) -> chain(app, 7)),
                new ReadingKind((app, spec) -> chain(app, 3)))); // a second kind asking part of the same chain

        var state = new LiveReader(client, kinds).read(List.of(spec("com.example.a")));

        LiveApp a = state.app("com.example.a").orElseThrow();
        for (int k = 0; k < 7; k++) {
            assertThat(a.read(level(k, a.app().id()))).as("level %d read", k).isPresent();
        }
        Map<String, Long> sent = sandbox.requestLog().list().stream()
                .filter(e -> e.path().equals("/v1/apps/" + a.app().id()))
                .collect(Collectors.groupingBy(e -> e.rawQuery(), Collectors.counting()));
        assertThat(sent).hasSize(7).allSatisfy((query, times) -> assertThat(times).as(query).isEqualTo(1L));
        assertThat(state.requestsUsed()).isEqualTo(3 + 7);
    }

    /** The same chain in straight code through the read context: each level waits for the one before. */
    record StraightChainKind(String name) implements ResourceHandler<KindKey>, dev.ascctl.resource.StraightReads {
        @Override
        public KindSpec spec() {
            return new KindSpec(name, 99, null);
        }

        @Override
        public List<DesiredObject<KindKey>> desired(AppSpec app) {
            return List.of();
        }

        @Override
        public void read(LiveApp app, AppSpec spec, dev.ascctl.resource.Reads reads) {
            String id = app.app().id();
            for (int k = 0; k < 7; k++) {
                id = reads.get(level(k, id)).single().orElseThrow().id();
            }
        }

        @Override
        public List<LiveObject<KindKey>> live(LiveApp app, AppSpec spec) {
            return List.of();
        }
    }

    @Test
    void aStraightReadChainSevenLevelsDeepSharedByThreeKindsSendsEachQueryOnce() {
        var kinds = new ResourceKinds(List.of(new StraightChainKind("one"), new StraightChainKind("two"),
                new ReadingKind((app, spec) -> chain(app, 7))));

        var state = new LiveReader(client, kinds).read(List.of(spec("com.example.a"), spec("com.example.b")));

        for (String bundleId : List.of("com.example.a", "com.example.b")) {
            LiveApp app = state.app(bundleId).orElseThrow();
            for (int k = 0; k < 7; k++) {
                assertThat(app.read(level(k, app.app().id()))).as("%s level %d", bundleId, k).isPresent();
            }
            Map<String, Long> sent = sandbox.requestLog().list().stream()
                    .filter(e -> e.path().equals("/v1/apps/" + app.app().id()))
                    .collect(Collectors.groupingBy(e -> e.rawQuery(), Collectors.counting()));
            assertThat(sent).hasSize(7).allSatisfy((query, times) -> assertThat(times).as(query).isEqualTo(1L));
        }
        assertThat(state.requestsUsed()).isEqualTo(1 + 2 * 2 + 2 * 7);
    }

    @Test
    void aKindWhoseReadsNeverEndFailsNamingItAndTheQuery() {
        var endless = new ReadingKind((app, spec) -> {
            int n = 1;
            while (app.read(ApiQuery.of("/v1/apps").filter("bundleId", "com.example.a").limit(n)).isPresent()) {
                n++;
            }
            return List.of(ApiQuery.of("/v1/apps").filter("bundleId", "com.example.a").limit(n));
        });

        assertThatThrownBy(() -> new LiveReader(client, new ResourceKinds(List.of(endless)))
                .read(List.of(spec("com.example.a"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chain asks for /v1/apps?")
                .hasMessageContaining("limit=" + (LiveReader.RUNAWAY_ROUNDS + 1));
    }
}
