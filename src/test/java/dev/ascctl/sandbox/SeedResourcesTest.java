package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed's generic {@code resources:} of an app: any served type that belongs to an app, with no seeder code of its own. */
class SeedResourcesTest {

    @Test
    void seededResourcesAreListedUnderTheirApp(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                apps:
                  - bundleId: com.example.notes
                    resources:
                      accessibilityDeclarations:
                        - {deviceFamily: IPHONE, state: PUBLISHED, supportsVoiceover: true}
                        - {deviceFamily: IPAD, state: DRAFT}
                """);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(seed))) {
            String appId = sandbox.state().find("apps", a -> true).orElseThrow().id();
            var list = new SandboxClient(sandbox).get("/v1/apps/" + appId + "/accessibilityDeclarations");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains("\"deviceFamily\":\"IPHONE\"").contains("\"state\":\"PUBLISHED\"")
                    .contains("\"supportsVoiceover\":true").contains("\"deviceFamily\":\"IPAD\"");
        }
    }

    @Test
    void anUnknownTypeOrAttributeIsRefused(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, "apps:\n  - bundleId: com.example.notes\n    resources: {nothings: [{a: 1}]}\n");
        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withSeedFile(seed)).close())
                .hasMessageContaining("'nothings' is not a resource type the sandbox serves");
        Files.writeString(seed, "apps:\n  - bundleId: com.example.notes\n"
                + "    resources: {accessibilityDeclarations: [{deviceFamily: IPHONE, colour: red}]}\n");
        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withSeedFile(seed)).close())
                .hasMessageContaining("'colour' is not an attribute of accessibilityDeclarations");
    }
}
