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
    void namesEveryMissingAppWithTheManualStep() {
        assertThatThrownBy(() -> new LiveReader(client, AllKinds.registry()).read(List.of(spec("com.example.a"), spec("com.example.x"),
                spec("com.example.y"))))
                .isInstanceOf(MissingAppsException.class)
                .hasMessageContaining("com.example.x, com.example.y")
                .hasMessageContaining("App Store Connect → Apps → + → New App");
        assertThat(sandbox.requestLog().count()).isEqualTo(1);
    }
}
