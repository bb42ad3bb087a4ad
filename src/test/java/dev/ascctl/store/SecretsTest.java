package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    static final String SECRET = "s3cr3t-Pa55word!";

    @TempDir
    Path root;

    @Test
    void resolvesEnvAndFileReferences() throws Exception {
        Files.createDirectories(root.resolve("secrets"));
        Files.writeString(root.resolve("secrets/demo.txt"), SECRET + "\n");
        SecretResolver resolver = new SecretResolver(root, Map.of("ASC_DEMO_PASSWORD", SECRET));

        assertThat(resolver.resolve("${env:ASC_DEMO_PASSWORD}")).isEqualTo(SECRET);
        assertThat(resolver.resolve("${file:secrets/demo.txt}")).isEqualTo(SECRET);
        assertThat(resolver.isReference("${env:X}")).isTrue();
        assertThat(resolver.isReference("${vault:X}")).isFalse();
        assertThat(resolver.isReference("prefix ${env:X}")).isFalse();
        assertThatThrownBy(() -> resolver.resolve("${env:NOPE}")).hasMessageContaining("${env:NOPE}");
    }

    @Test
    void aLoadedStoreKeepsTheReferenceAndMarksItSensitive() {
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP
                        + "review:\n  demoAccountRequired: true\n  demoAccountName: r@example.com\n"
                        + "  demoAccountPassword: ${env:ASC_DEMO_PASSWORD}\n",
                "apps/x/locales/en-US.yaml", "name: X\n"));

        LoadResult result = StoreLoader.load(root, ContactDefaultsInput.none(),
                new SecretResolver(root, Map.of("ASC_DEMO_PASSWORD", SECRET)),
                AllKinds.registry().storeRules());

        Attributes review = result.store().apps().get(0).review();
        assertThat(review.text("demoAccountPassword")).contains("${env:ASC_DEMO_PASSWORD}");
        assertThat(review.sensitive()).containsExactly("demoAccountPassword");
        assertThat(result.toString()).doesNotContain(SECRET).doesNotContain("${env:ASC_DEMO_PASSWORD}");
        assertThat(review.toString()).contains("demoAccountPassword=(sensitive value)");
    }

    @Test
    void aSecretValueNeverAppearsInAnyProblem() throws Exception {
        // The secret exists in the environment and in a file, and is also committed as a literal password.
        Files.writeString(root.resolve("empty.txt"), "");
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP
                        + "review:\n  demoAccountPassword: " + SECRET + "\n  notes: ${file:empty.txt}\n"
                        + "  demoAccountName: ${env:UNSET_NAME}\n  contactEmail: ${env:ASC_DEMO_PASSWORD}\n",
                "apps/x/locales/en-US.yaml", "name: X\n"));

        LoadResult result = StoreLoader.load(root, ContactDefaultsInput.none(),
                new SecretResolver(root, Map.of("ASC_DEMO_PASSWORD", SECRET)),
                AllKinds.registry().storeRules());

        assertThat(result.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("must be a secret reference"));
        assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(3);
        for (Problem p : result.problems()) {
            assertThat(p.toString()).doesNotContain(SECRET);
            assertThat(p.message()).doesNotContain(SECRET);
        }
        assertThat(result.toString()).doesNotContain(SECRET);
    }
}
