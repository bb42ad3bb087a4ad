package dev.ascctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which endpoint a saved plan is applied to: its own, unless the user now names another, which is refused. */
class SavedPlanEndpointTest {
    static final URI PLANNED = URI.create("http://127.0.0.1:4321");

    @TempDir
    Path project;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(project.resolve("config/sandbox"));
        Files.copy(Path.of("config/sandbox/AuthKey_SANDBOX001.p8"), project.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        Files.writeString(project.resolve("config/ascctl.yaml"), Files.readString(Path.of("config/ascctl.yaml"))
                + "  staging:\n    endpoint: https://staging.example.com\n    keyId: STAGING\n"
                + "    issuerId: staging-issuer\n    privateKeyPath: config/sandbox/AuthKey_SANDBOX001.p8\n"
                + "  sandbox-copy:\n    endpoint: http://127.0.0.1:4321/\n    keyId: COPY\n"
                + "    issuerId: copy-issuer\n    privateKeyPath: config/sandbox/AuthKey_SANDBOX001.p8\n");
    }

    private static CredentialOptions options(String endpoint, String profile) {
        return new CredentialOptions(null, null, null, endpoint == null ? null : URI.create(endpoint), null, profile);
    }

    private Credentials apply(Map<String, String> env, CredentialOptions options) {
        return new CredentialsResolver(project, env).resolveForSavedPlan(options, PLANNED, "sandbox");
    }

    @Test
    void nothingGivenAgainUsesThePlansProfileAndEndpoint() {
        Credentials c = apply(Map.of(), options(null, null));

        assertThat(c.keyId()).isEqualTo("SANDBOX001");
        // Over the profile's own http://127.0.0.1:8600: the plan was made with --endpoint.
        assertThat(c.endpoint()).isEqualTo(PLANNED);
    }

    @Test
    void theSameEndpointGivenAgainIsAccepted() {
        assertThat(apply(Map.of(), options("http://127.0.0.1:4321/", "sandbox")).endpoint()).isEqualTo(PLANNED);
        assertThat(apply(Map.of("ASC_ENDPOINT", "HTTP://127.0.0.1:4321"), options(null, null)).endpoint())
                .isEqualTo(PLANNED);
        // Another profile is fine when it points at the same API.
        assertThat(apply(Map.of(), options(null, "sandbox-copy")).keyId()).isEqualTo("COPY");
    }

    @Test
    void anotherEndpointOptionIsRefusedNamingBoth() {
        assertThatThrownBy(() -> apply(Map.of(), options("http://127.0.0.1:9999", null)))
                .isInstanceOf(EndpointMismatchException.class)
                .hasMessageContaining("made against http://127.0.0.1:4321")
                .hasMessageContaining("--endpoint points this apply at http://127.0.0.1:9999")
                .hasMessageContaining("Nothing was applied");
    }

    @Test
    void anotherEndpointInTheEnvironmentIsRefused() {
        assertThatThrownBy(() -> apply(Map.of("ASC_ENDPOINT", "https://api.appstoreconnect.apple.com"),
                options(null, null)))
                .isInstanceOf(EndpointMismatchException.class)
                .hasMessageContaining("ASC_ENDPOINT");
    }

    @Test
    void anotherProfileWithAnotherEndpointIsRefused() {
        assertThatThrownBy(() -> apply(Map.of(), options(null, "staging")))
                .isInstanceOf(EndpointMismatchException.class)
                .hasMessageContaining("--profile staging points this apply at https://staging.example.com");
    }

    @Test
    void aPlanMadeWithoutAProfileIsRefusedUnderAProfileForAnotherEndpoint() {
        var resolver = new CredentialsResolver(project, Map.of());
        assertThatThrownBy(() -> resolver.resolveForSavedPlan(options(null, "sandbox"),
                Credentials.DEFAULT_ENDPOINT, null))
                .isInstanceOf(EndpointMismatchException.class)
                .hasMessageContaining("made against https://api.appstoreconnect.apple.com");
    }

    @Test
    void endpointsCompareByApiNotBySpelling() {
        assertThat(CredentialsResolver.sameEndpoint(URI.create("https://API.example.com/"),
                URI.create("https://api.example.com:443"))).isTrue();
        assertThat(CredentialsResolver.sameEndpoint(URI.create("https://api.example.com"),
                URI.create("http://api.example.com"))).isFalse();
        assertThat(CredentialsResolver.sameEndpoint(URI.create("http://127.0.0.1:8600"),
                URI.create("http://127.0.0.1:8601"))).isFalse();
    }
}
