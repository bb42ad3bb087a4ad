package dev.ascctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where profiles and credentials are found: the working folder, then ~/.config/ascctl, then the installation. */
class ConfigLookupTest {
    static final Path DEMO_KEY = Path.of("config/sandbox/AuthKey_SANDBOX001.p8");

    @TempDir
    Path temp;
    Path work;
    Path userHome;
    Path install;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectories(temp.resolve("team-repo"));
        userHome = Files.createDirectories(temp.resolve("home/ada"));
        install = Files.createDirectories(temp.resolve("opt/ascctl"));
        env = Map.of("HOME", userHome.toString());
        // The installation carries the sandbox profile and its demo key, with the key path relative to itself.
        Files.createDirectories(install.resolve("config/sandbox"));
        Files.copy(DEMO_KEY, install.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        Files.copy(Path.of("config/ascctl.yaml"), install.resolve("config/ascctl.yaml"));
    }

    private CredentialsResolver resolver() {
        return new CredentialsResolver(ConfigLocations.standard(work, env, install), env);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String profile(String name, String keyId, String endpoint, String keyPath) {
        return "profiles:\n  " + name + ":\n    keyId: " + keyId + "\n    issuerId: issuer-" + keyId
                + "\n    endpoint: " + endpoint + "\n    privateKeyPath: " + keyPath + "\n";
    }

    @Test
    void locationsAreTheWorkingFolderThenXdgConfigHomeThenTheInstallation() {
        List<ConfigLocation> locations = ConfigLocations.standard(work, env, install);

        assertThat(locations).extracting(ConfigLocation::profilesFile).containsExactly(
                work.resolve("config/ascctl.yaml"), userHome.resolve(".config/ascctl/ascctl.yaml"),
                install.resolve("config/ascctl.yaml"));
        assertThat(locations).extracting(ConfigLocation::secretsFile).containsExactly(
                work.resolve("config/credentials.local.yaml"),
                userHome.resolve(".config/ascctl/credentials.local.yaml"),
                install.resolve("config/credentials.local.yaml"));
        assertThat(locations).extracting(ConfigLocation::baseDir)
                .containsExactly(work, userHome.resolve(".config/ascctl"), install);
    }

    @Test
    void xdgConfigHomeWinsOverHomeUnlessItIsRelative() {
        Path xdg = temp.resolve("xdg");
        assertThat(ConfigLocations.standard(work, Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", xdg.toString()),
                null).get(1).profilesFile()).isEqualTo(xdg.resolve("ascctl/ascctl.yaml"));
        // The XDG spec: a relative value is invalid and ignored.
        assertThat(ConfigLocations.standard(work, Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "rel/dir"), null)
                .get(1).profilesFile()).isEqualTo(Path.of("/home/ada/.config/ascctl/ascctl.yaml"));
        // Neither: only the working folder (and the installation, when known).
        assertThat(ConfigLocations.standard(work, Map.of(), null)).hasSize(1);
        assertThat(ConfigLocations.standard(work, Map.of(), install)).hasSize(2);
    }

    @Test
    void runningInsideTheInstallationLooksThereOnce() {
        assertThat(ConfigLocations.standard(install, Map.of(), install)).hasSize(1);
    }

    @Test
    void theSandboxProfileComesFromTheInstallationWithItsKeyRelativeToTheInstallation() {
        Credentials c = resolver().resolve(CredentialOptions.profile("sandbox"));

        assertThat(c.keyId()).isEqualTo("SANDBOX001");
        assertThat(c.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8600"));
        assertThat(c.privateKeyPem().reveal()).contains("BEGIN PRIVATE KEY");
    }

    @Test
    void theWorkingFolderWinsOverTheUserFolderWhichWinsOverTheInstallation() throws IOException {
        write(work.resolve("config/ascctl.yaml"),
                profile("sandbox", "WORK", "http://127.0.0.1:1111", "keys/demo.p8"));
        Files.createDirectories(work.resolve("keys"));
        Files.copy(DEMO_KEY, work.resolve("keys/demo.p8"));
        write(userHome.resolve(".config/ascctl/ascctl.yaml"),
                profile("sandbox", "USER", "http://127.0.0.1:2222", "demo.p8"));
        Files.copy(DEMO_KEY, userHome.resolve(".config/ascctl/demo.p8"));

        assertThat(resolver().resolve(CredentialOptions.profile("sandbox")).keyId()).isEqualTo("WORK");

        Files.delete(work.resolve("config/ascctl.yaml"));
        Credentials user = resolver().resolve(CredentialOptions.profile("sandbox"));
        assertThat(user.keyId()).isEqualTo("USER");
        assertThat(user.endpoint()).isEqualTo(URI.create("http://127.0.0.1:2222"));
    }

    @Test
    void aKeyPathIsRelativeToTheFolderOfTheFileThatNamesIt() throws IOException {
        // ~/.config/ascctl/ascctl.yaml names "keys/AuthKey.p8": that is ~/.config/ascctl/keys/AuthKey.p8,
        // whatever the working folder.
        write(userHome.resolve(".config/ascctl/ascctl.yaml"),
                profile("prod", "PROD1", "https://api.appstoreconnect.apple.com", "keys/AuthKey.p8"));
        Files.createDirectories(userHome.resolve(".config/ascctl/keys"));
        Files.copy(DEMO_KEY, userHome.resolve(".config/ascctl/keys/AuthKey.p8"));

        assertThat(resolver().resolve(CredentialOptions.profile("prod")).privateKeyPem().reveal())
                .isEqualTo(Files.readString(DEMO_KEY).strip());
    }

    @Test
    void aProfileCommittedInTheRepositoryTakesItsKeyFromTheUsersCredentialsFile() throws IOException {
        // The team commits ids (no secrets); each person keeps the key once, in ~/.config/ascctl.
        write(work.resolve("config/ascctl.yaml"), "profiles:\n  prod:\n    keyId: TEAMKEY\n    issuerId: team\n");
        write(userHome.resolve(".config/ascctl/credentials.local.yaml"), "profiles:\n  prod:\n    privateKey: |\n"
                + Files.readString(DEMO_KEY).strip().lines().map(l -> "      " + l + "\n").reduce("", String::concat));

        Credentials c = resolver().resolve(CredentialOptions.profile("prod"));

        assertThat(c.keyId()).isEqualTo("TEAMKEY");
        assertThat(c.privateKeyPem().reveal()).contains("BEGIN PRIVATE KEY");
        assertThat(c.endpoint()).isEqualTo(Credentials.DEFAULT_ENDPOINT);
    }

    @Test
    void credentialsBesideTheFirstAscctlYamlWinOverItAndOverLaterLocations() throws IOException {
        write(work.resolve("config/ascctl.yaml"), profile("prod", "COMMITTED", "https://a.example.com", "none.p8"));
        write(work.resolve("config/credentials.local.yaml"), "profiles:\n  prod:\n    keyId: LOCAL\n"
                + "    privateKeyPath: " + install.resolve("config/sandbox/AuthKey_SANDBOX001.p8") + "\n");
        write(userHome.resolve(".config/ascctl/credentials.local.yaml"), "profiles:\n  prod:\n    keyId: USER\n");

        Credentials c = resolver().resolve(CredentialOptions.profile("prod"));

        assertThat(c.keyId()).isEqualTo("LOCAL");
        assertThat(c.issuerId()).isEqualTo("issuer-COMMITTED");
    }

    @Test
    void contactDefaultsComeWholeFromTheFirstCredentialsFileThatHasThem() throws IOException {
        write(userHome.resolve(".config/ascctl/credentials.local.yaml"),
                "contactDefaults:\n  company: User Inc.\n  contactEmail: ada@user.example\n");
        write(install.resolve("config/credentials.local.yaml"),
                "contactDefaults:\n  company: Install Inc.\n  contactPhone: \"+1 555 0100\"\n");
        assertThat(resolver().contactDefaults().company()).isEqualTo("User Inc.");
        assertThat(resolver().contactDefaults().contactPhone()).isNull();

        write(work.resolve("config/credentials.local.yaml"), "contactDefaults:\n  company: Team Inc.\n");
        assertThat(resolver().contactDefaults().company()).isEqualTo("Team Inc.");
    }

    @Test
    void anUnknownProfileNamesEveryFileSearched() {
        assertThatThrownBy(() -> resolver().resolve(CredentialOptions.profile("prod")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'prod'")
                .hasMessageContaining(work.resolve("config/ascctl.yaml").toString())
                .hasMessageContaining(userHome.resolve(".config/ascctl/credentials.local.yaml").toString())
                .hasMessageContaining(install.resolve("config/ascctl.yaml").toString())
                .hasMessageContaining("known profiles: sandbox");
    }
}
