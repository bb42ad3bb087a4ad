package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end suite runs twice, the second time in variant mode, which reaches a sandbox only through
 * {@link SandboxFixture#sandboxOptions()}: an end-to-end test starting its sandbox from
 * {@code SandboxOptions.defaults()} would silently run plain both times.
 */
class EndToEndSandboxOptionsTest {
    private static final Path E2E = Path.of(System.getProperty("asc.project.dir", "."))
            .resolve("src/test/java/dev/ascctl/e2e");

    @Test
    void everyEndToEndSandboxStartsFromTheFixtureOptions() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.list(E2E)) {
            offenders = files.filter(f -> f.getFileName().toString().endsWith("IT.java"))
                    .filter(f -> read(f).contains("SandboxOptions.defaults()"))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(offenders).as("start the sandbox from SandboxFixture.sandboxOptions()").isEmpty();
    }

    /** A class that starts sandboxes but is no {@link SandboxModes} class would silently skip variant mode. */
    @Test
    void everyEndToEndClassWithASandboxRunsInEveryMode() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.list(E2E)) {
            offenders = files.filter(f -> f.getFileName().toString().endsWith("IT.java"))
                    .filter(f -> read(f).contains("Sandbox.start(") || read(f).contains("SandboxFixture"))
                    .filter(f -> !read(f).matches("(?sm).*^@(SandboxStore|SandboxModes)\\b.*"))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(offenders).as("annotate the class @SandboxStore, or @SandboxModes when it starts its own sandboxes")
                .isEmpty();
    }

    @Test
    void theRunsModesAreAListOfPlainAndSeeds() {
        assertThat(SandboxMode.parseList("plain, variants:7")).containsExactly(SandboxMode.PLAIN, SandboxMode.variants(7));
        assertThat(SandboxMode.parseList(null)).containsExactly(SandboxMode.PLAIN);
        assertThat(SandboxMode.parseList(" ")).containsExactly(SandboxMode.PLAIN);
        assertThat(SandboxMode.variants(7).apply(SandboxFixture.sandboxOptions((String) null)).variantsSeed()).isEqualTo(7L);
        assertThatThrownBy(() -> SandboxMode.parseList("variant:7")).hasMessageContaining("plain or variants:SEED");
    }

    @Test
    void aSeedTurnsVariantModeOnAndNoneLeavesTheSandboxPlain() {
        assertThat(SandboxFixture.sandboxOptions((String) null)).isEqualTo(SandboxOptions.defaults().withPort(0));
        assertThat(SandboxFixture.sandboxOptions("")).isEqualTo(SandboxOptions.defaults().withPort(0));
        assertThat(SandboxFixture.sandboxOptions(" 7").variantsSeed()).isEqualTo(7L);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
