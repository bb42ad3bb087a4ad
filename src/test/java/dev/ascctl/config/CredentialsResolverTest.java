package dev.ascctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsResolverTest {
    /** The repository's demo key: only the local simulator trusts it. */
    static final Path DEMO_KEY = Path.of("config/sandbox/AuthKey_SANDBOX001.p8");

    @TempDir
    Path project;
    String pem;

    @BeforeEach
    void setUp() throws Exception {
        pem = Files.readString(DEMO_KEY);
        Files.createDirectories(project.resolve("config/sandbox"));
        Files.copy(DEMO_KEY, project.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        Files.copy(Path.of("config/ascctl.yaml"), project.resolve("config/ascctl.yaml"));
    }

    @Test
    void secretFileFoldersAreReadRelativeToTheProjectFolder() throws Exception {
        Files.writeString(project.resolve("config/ascctl.yaml"), Files.readString(project.resolve("config/ascctl.yaml"))
                + "secretFileFolders: [ci/secrets, /run/secrets]\n");

        assertThat(new CredentialsResolver(project, Map.of()).secretFileFolders())
                .containsExactly(project.resolve("ci/secrets").toAbsolutePath().normalize(), Path.of("/run/secrets"));
    }

    @Test
    void sandboxProfileFromTheRepositoryResolvesWithPathRelativeToProjectDir() {
        Credentials c = new CredentialsResolver(project, Map.of()).resolve(CredentialOptions.profile("sandbox"));

        assertThat(c.keyId()).isEqualTo("SANDBOX001");
        assertThat(c.issuerId()).isEqualTo("69a6de70-0000-47e3-e053-5b8c7c11a4d1");
        assertThat(c.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8600"));
        assertThat(c.privateKeyPem().reveal()).isEqualTo(pem.strip());
    }

    @Test
    void aKeyFileOthersMayReadIsWarnedAboutWhenItGoesToApple() throws Exception {
        Path key = project.resolve("AuthKey_REAL.p8");
        Files.writeString(key, pem);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CredentialsResolver resolver = new CredentialsResolver(project, Map.of("ASC_KEY_ID", "K", "ASC_ISSUER_ID", "I"));

        resolver.resolve(new CredentialOptions(null, null, key, null, null, null));

        assertThat(resolver.warnings()).singleElement().asString().contains(key.toString())
                .contains("rw-r--r--").contains("chmod 600");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        CredentialsResolver again = new CredentialsResolver(project, Map.of("ASC_KEY_ID", "K", "ASC_ISSUER_ID", "I"));
        again.resolve(new CredentialOptions(null, null, key, null, null, null));
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void aReadableCredentialsFileHoldingAKeyIsWarnedAboutButTheSandboxDemoKeyIsNot() throws Exception {
        Path secrets = project.resolve("config/credentials.local.yaml");
        Files.writeString(secrets, "profiles:\n  real:\n    keyId: K\n    issuerId: I\n    privateKey: |\n"
                + pem.lines().map(l -> "      " + l + "\n").reduce("", String::concat));
        Files.setPosixFilePermissions(secrets, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        CredentialsResolver resolver = new CredentialsResolver(project, Map.of());

        resolver.resolve(CredentialOptions.profile("real"));
        assertThat(resolver.warnings()).singleElement().asString().contains("credentials.local.yaml");

        CredentialsResolver sandbox = new CredentialsResolver(project, Map.of());
        sandbox.resolve(CredentialOptions.profile("sandbox"));
        assertThat(sandbox.warnings()).isEmpty(); // a key sent only to this computer unlocks nothing at Apple
    }

    @Test
    void aMissingKeyNamesTheRealOption() {
        assertThatThrownBy(() -> new CredentialsResolver(project, Map.of("ASC_KEY_ID", "K", "ASC_ISSUER_ID", "I"))
                .resolve(CredentialOptions.none())).hasMessageContaining("--private-key-path FILE");
    }

    @Test
    void environmentWinsOverProfileFieldByFieldAndOptionsWinOverEnvironment() {
        Map<String, String> env = Map.of("ASC_KEY_ID", "ENVKEY", "ASC_ENDPOINT", "https://env.example.com");
        CredentialOptions options = new CredentialOptions(null, "opt-issuer", null, null, null, "sandbox");

        Credentials c = new CredentialsResolver(project, env).resolve(options);

        assertThat(c.keyId()).isEqualTo("ENVKEY");
        assertThat(c.issuerId()).isEqualTo("opt-issuer");
        assertThat(c.endpoint()).isEqualTo(URI.create("https://env.example.com"));
        assertThat(c.privateKeyPem().reveal()).contains("BEGIN PRIVATE KEY"); // from the profile
    }

    @Test
    void environmentKeyMayBePemBase64OfPemOrBase64OfDer() {
        String der = Base64.getEncoder().encodeToString(Base64.getMimeDecoder().decode(
                pem.replaceAll("-----[A-Z ]+-----", "")));
        String base64Pem = Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
        for (String value : new String[] {pem, base64Pem, der, pem.replace("\n", "\\n")}) {
            Map<String, String> env = Map.of("ASC_KEY_ID", "K", "ASC_ISSUER_ID", "I", "ASC_PRIVATE_KEY", value);
            Credentials c = new CredentialsResolver(project, env).resolve(CredentialOptions.none());
            assertThat(c.privateKeyPem().reveal().replaceAll("\\s", ""))
                    .isEqualTo(pem.replaceAll("\\s", ""));
            assertThat(c.endpoint()).isEqualTo(Credentials.DEFAULT_ENDPOINT);
        }
    }

    @Test
    void fastlaneApiKeyJsonIsReadAfterTheEnvironment() throws Exception {
        Path json = project.resolve("key.json");
        Files.writeString(json, "{\"key_id\":\"FLKEY\",\"issuer_id\":\"fl-issuer\",\"key\":"
                + new tools.jackson.databind.json.JsonMapper().writeValueAsString(pem)
                + ",\"duration\":1200,\"in_house\":false}");
        CredentialOptions options = new CredentialOptions(null, null, null, null, json, null);

        Credentials c = new CredentialsResolver(project, Map.of("ASC_ISSUER_ID", "env-issuer")).resolve(options);

        assertThat(c.keyId()).isEqualTo("FLKEY");
        assertThat(c.issuerId()).isEqualTo("env-issuer");
        assertThat(c.privateKeyPem().reveal()).isEqualTo(pem.strip());
    }

    @Test
    void localCredentialsFileSuppliesSecretsAndContactDefaults() throws Exception {
        Files.writeString(project.resolve("config/credentials.local.yaml"), """
                profiles:
                  prod:
                    keyId: PROD1
                    issuerId: prod-issuer
                    privateKeyPath: config/sandbox/AuthKey_SANDBOX001.p8
                contactDefaults:
                  company: Example Inc.
                  contactEmail: ada@example.com
                  copyright: "2026 Example Inc."
                """);
        CredentialsResolver resolver = new CredentialsResolver(project, Map.of());

        Credentials c = resolver.resolve(CredentialOptions.profile("prod"));
        ContactDefaults contact = resolver.contactDefaults();

        assertThat(c.keyId()).isEqualTo("PROD1");
        assertThat(c.endpoint()).isEqualTo(Credentials.DEFAULT_ENDPOINT);
        assertThat(contact.company()).isEqualTo("Example Inc.");
        assertThat(contact.contactEmail()).isEqualTo("ada@example.com");
        assertThat(contact.copyright()).isEqualTo("2026 Example Inc.");
        assertThat(contact.contactPhone()).isNull();
    }

    @Test
    void contactDefaultsAreEmptyWithoutTheLocalFile() {
        assertThat(new CredentialsResolver(project, Map.of()).contactDefaults()).isEqualTo(ContactDefaults.none());
    }

    @Test
    void missingPiecesNameEverySourceTheyMayComeFrom() {
        CredentialsResolver resolver = new CredentialsResolver(project, Map.of("ASC_KEY_ID", "K"));

        assertThatThrownBy(() -> resolver.resolve(CredentialOptions.none()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("issuer id")
                .hasMessageContaining("--issuer-id")
                .hasMessageContaining("ASC_ISSUER_ID")
                .hasMessageContaining("--api-key-json")
                .hasMessageContaining("config/ascctl.yaml");
    }

    @Test
    void unknownProfileListsTheKnownOnes() {
        assertThatThrownBy(() -> new CredentialsResolver(project, Map.of()).resolve(CredentialOptions.profile("prod")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'prod'")
                .hasMessageContaining("sandbox");
    }

    @Test
    void errorsAboutBadKeysOrBadYamlNeverQuoteTheKey() throws Exception {
        Files.writeString(project.resolve("config/credentials.local.yaml"),
                "profiles:\n  prod:\n    privateKey: \"SECRETKEYMATERIAL\n  : [\n");
        Map<String, String> env = Map.of("ASC_KEY_ID", "K", "ASC_ISSUER_ID", "I", "ASC_PRIVATE_KEY", "not base64 SECRETX!");

        assertThatThrownBy(() -> new CredentialsResolver(project, env).resolve(CredentialOptions.none()))
                .hasMessageContaining("ASC_PRIVATE_KEY")
                .hasMessageNotContaining("SECRETX");
        assertThatThrownBy(() -> new CredentialsResolver(project, Map.of()).resolve(CredentialOptions.profile("prod")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("credentials.local.yaml")
                .hasMessageNotContaining("SECRETKEYMATERIAL");
    }

    @Test
    void credentialsNeverPrintTheKey() {
        Credentials c = new CredentialsResolver(project, Map.of()).resolve(CredentialOptions.profile("sandbox"));

        assertThat(c.toString()).contains("SANDBOX001").contains(Sensitive.MASK).doesNotContain("PRIVATE KEY");
    }
}
