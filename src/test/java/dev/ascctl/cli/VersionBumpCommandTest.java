package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascctl version bump}: offline, one scalar edited, the result still valid. */
class VersionBumpCommandTest {
    final CliRunner cli = new CliRunner();

    private static Path app(Path store, String label, String versionString) throws Exception {
        Path dir = store.resolve("apps/" + label);
        Files.createDirectories(dir.resolve("locales"));
        Files.writeString(dir.resolve("locales/en-US.yaml"), "description: Notes.\n");
        return Files.writeString(dir.resolve("app.yaml"), """
                bundleId: com.example.%s
                primaryLocale: en-US
                version:
                  versionString: "%s"   # the release being prepared
                """.formatted(label, versionString));
    }

    @Test
    void bumpsTheOnlyAppAndTheStoreStaysValid(@TempDir Path store) throws Exception {
        Path appYaml = app(store, "notes", "2.4.1");

        var bump = cli.run("version", "bump", "minor", "--store", store.toString());

        assertThat(bump.exitCode()).as(bump.toString()).isZero();
        assertThat(bump.out()).contains("app.yaml:4:18: version.versionString 2.4.1 -> 2.5.0");
        assertThat(Files.readString(appYaml)).contains("versionString: \"2.5.0\"   # the release being prepared");
        assertThat(cli.run("validate", "--store", store.toString()).exitCode()).isZero();
    }

    @Test
    void aStoreWithSeveralAppsNeedsApp(@TempDir Path store) throws Exception {
        Path notes = app(store, "notes", "1.0.0");
        Path todo = app(store, "todo", "3.1.0");

        var ambiguous = cli.run("version", "bump", "patch", "--store", store.toString());
        assertThat(ambiguous.exitCode()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("2 apps (notes, todo)", "--app");

        var bump = cli.run("version", "bump", "major", "--store", store.toString(), "--app", "todo");
        assertThat(bump.exitCode()).as(bump.toString()).isZero();
        assertThat(Files.readString(todo)).contains("\"4.0.0\"");
        assertThat(Files.readString(notes)).contains("\"1.0.0\"");

        var unknown = cli.run("version", "bump", "major", "--store", store.toString(), "--app", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no app 'nope'", "notes, todo");
    }

    @Test
    void aBadVersionOrPartIsAnErrorWithItsPosition(@TempDir Path store) throws Exception {
        Path appYaml = app(store, "notes", "v2");
        var bad = cli.run("version", "bump", "patch", "--store", store.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("app.yaml:4:18", "not a version");
        assertThat(Files.readString(appYaml)).contains("\"v2\"");

        var part = cli.run("version", "bump", "huge", "--store", store.toString());
        assertThat(part.exitCode()).isEqualTo(1);
        assertThat(part.err()).contains("use major, minor or patch");
    }
}
