package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code ${file:}} may read: the store's repository, and the folders config/ascctl.yaml lists. */
class SecretFileFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aFileElsewhereInTheStoresRepositoryResolves() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path store = Files.createDirectories(dir.resolve("repo/metadata"));
        HostileStores.write(dir.resolve("repo"), "ci/demo-password.txt", "pw-in-repo\n");

        SecretResolver resolver = new SecretResolver(store, Map.of());

        assertThat(resolver.resolve("${file:../ci/demo-password.txt}")).isEqualTo("pw-in-repo");
        assertThatThrownBy(() -> resolver.resolve("${file:../../outside.txt}"))
                .hasMessageContaining("leads outside the repository");
    }

    @Test
    void aListedFolderAllowsAbsolutePathsInsideItOnly() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Path mount = Files.createDirectories(dir.resolve("ci-secrets"));
        HostileStores.write(mount, "demo.txt", "pw-from-mount\n");
        HostileStores.write(dir, "other/key.txt", "not-allowed\n");
        Files.createSymbolicLink(mount.resolve("escape.txt"), dir.resolve("other/key.txt"));

        SecretResolver resolver = new SecretResolver(store, Map.of(), List.of(mount));

        assertThat(resolver.resolve("${file:" + mount.resolve("demo.txt") + "}")).isEqualTo("pw-from-mount");
        assertThatThrownBy(() -> resolver.resolve("${file:" + dir.resolve("other/key.txt") + "}"))
                .hasMessageContaining("is an absolute path").hasMessageNotContaining("not-allowed");
        assertThatThrownBy(() -> resolver.resolve("${file:" + mount.resolve("escape.txt") + "}"))
                .hasMessageContaining("symbolic link leading outside").hasMessageNotContaining("not-allowed");
    }

    @Test
    void ascctlsOwnCredentialVariablesAreNeverRead() {
        SecretResolver resolver = new SecretResolver(dir, Map.of("ASC_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----",
                "ASC_KEY_ID", "KEY123", "ASC_DEMO_PASSWORD", "demo"));

        for (String name : List.of("ASC_PRIVATE_KEY", "ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY_PATH")) {
            assertThatThrownBy(() -> resolver.resolve("${env:" + name + "}"))
                    .hasMessageContaining("ascctl's own credential variable").hasMessageNotContaining("BEGIN");
        }
        assertThat(resolver.resolve("${env:ASC_DEMO_PASSWORD}")).isEqualTo("demo");
    }

    @Test
    void theSchemaMarksTheDemoPasswordsSensitive() {
        assertThat(SensitiveFields.names()).containsExactly("demoAccountPassword");
    }
}
