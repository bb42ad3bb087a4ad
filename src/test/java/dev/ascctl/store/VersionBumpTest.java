package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.store.VersionBump.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionBumpTest {
    @TempDir
    Path temp;

    @Test
    void raisesOnePartAndResetsTheOnesAfterItKeepingTheNumberOfParts() {
        assertThat(VersionBump.next("2.4.1", Part.MAJOR)).isEqualTo("3.0.0");
        assertThat(VersionBump.next("2.4.1", Part.MINOR)).isEqualTo("2.5.0");
        assertThat(VersionBump.next("2.4.1", Part.PATCH)).isEqualTo("2.4.2");
        assertThat(VersionBump.next("2.4", Part.MAJOR)).isEqualTo("3.0");
        assertThat(VersionBump.next("2.9", Part.MINOR)).isEqualTo("2.10");
        assertThat(VersionBump.next("2.4", Part.PATCH)).isEqualTo("2.4.1");
        assertThat(VersionBump.next("7", Part.MINOR)).isEqualTo("7.1");
        assertThatThrownBy(() -> VersionBump.next("2.4.0-beta", Part.PATCH)).hasMessageContaining("not a version");
    }

    @Test
    void editsOnlyTheOneScalarKeepingCommentsQuotesAndLayout() throws Exception {
        String before = """
                # yaml-language-server: $schema=../../schema/app.schema.json
                bundleId: com.example.notes   # the app
                primaryLocale: en-US

                version:
                  # bumped by the release manager
                  versionString: "2.4.1"   # keep this comment
                  releaseType: AFTER_APPROVAL
                review: {contactEmail: "ada@example.com"}
                """;
        Path file = temp.resolve("app.yaml");
        Files.writeString(file, before);

        VersionBump.Bumped bumped = VersionBump.bump(file, Part.MINOR);

        assertThat(bumped.from()).isEqualTo("2.4.1");
        assertThat(bumped.to()).isEqualTo("2.5.0");
        assertThat(bumped.at().line()).isEqualTo(7);
        assertThat(bumped.at().column()).isEqualTo(18);
        assertThat(Files.readString(file)).isEqualTo(before.replace("\"2.4.1\"", "\"2.5.0\""));
    }

    @Test
    void keepsSingleQuotesAndQuotesAPlainValueThatWouldReadAsANumber() throws Exception {
        Path file = temp.resolve("app.yaml");
        Files.writeString(file, "version: {versionString: '1.9.9', copyright: x}\n");
        VersionBump.bump(file, Part.PATCH);
        assertThat(Files.readString(file)).isEqualTo("version: {versionString: '1.9.10', copyright: x}\n");

        Files.writeString(file, "version:\n  versionString: 1.2.3\n");
        VersionBump.bump(file, Part.MAJOR);
        assertThat(Files.readString(file)).isEqualTo("version:\n  versionString: 2.0.0\n");

        Files.writeString(file, "version:\n  versionString: \"2\"\n");
        VersionBump.bump(file, Part.MINOR);
        assertThat(Files.readString(file)).isEqualTo("version:\n  versionString: \"2.1\"\n");
    }

    @Test
    void handlesTextBeforeTheValueThatIsNotAscii() throws Exception {
        Path file = temp.resolve("app.yaml");
        Files.writeString(file, "# Notizen für 🎉 Teams\nversion:\n  versionString: \"1.0.0\"\n");
        VersionBump.bump(file, Part.MAJOR);
        assertThat(Files.readString(file)).isEqualTo("# Notizen für 🎉 Teams\nversion:\n  versionString: \"2.0.0\"\n");
    }

    @Test
    void refusesWithAPositionAndLeavesTheFileAlone() throws Exception {
        Path file = temp.resolve("app.yaml");
        String bad = "bundleId: com.example.notes\nversion:\n  versionString: \"2.4.0-beta\"\n";
        Files.writeString(file, bad);
        assertThatThrownBy(() -> VersionBump.bump(file, Part.PATCH)).isInstanceOf(VersionBump.Refused.class)
                .satisfies(e -> assertThat(((VersionBump.Refused) e).problem().toString())
                        .contains("app.yaml:3:18", "not a version"));
        assertThat(Files.readString(file)).isEqualTo(bad);

        Files.writeString(file, "bundleId: com.example.notes\n");
        assertThatThrownBy(() -> VersionBump.bump(file, Part.PATCH)).hasMessageContaining("no version block");
        Files.writeString(file, "version:\n  copyright: x\n");
        assertThatThrownBy(() -> VersionBump.bump(file, Part.PATCH)).hasMessageContaining("app.yaml:2:3",
                "no versionString");
        Files.writeString(file, "version:\n  versionString: \"1.0\"\n  versionString: \"2.0\"\n");
        assertThatThrownBy(() -> VersionBump.bump(file, Part.PATCH)).hasMessageContaining("app.yaml:3");
    }
}
