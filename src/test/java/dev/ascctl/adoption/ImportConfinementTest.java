package dev.ascctl.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** Import writes only inside --out: no live name leads out, no link inside --out is written through. */
class ImportConfinementTest {
    @TempDir
    Path dir;

    @Test
    void aLiveLocaleCodeThatIsAPathIsRefused() {
        for (String code : List.of("/tmp/x/pwned", "..", "de-DE/../../x", "en-US\u001b]0;t\u0007")) {
            assertThatThrownBy(() -> StoreLayout.of("apps.notes.locales." + code))
                    .as(code).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("where a file or folder name is expected").hasMessageNotContaining("\u001b");
        }
        assertThat(StoreLayout.of("apps.notes.locales.zh-Hans").file())
                .isEqualTo(Path.of("apps/notes/locales/zh-Hans.yaml"));
    }

    @Test
    void aPathOutsideOutIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        StoreContent content = new StoreContent()
                .put(Path.of("apps/notes/app.yaml"), List.of(), Map.of("bundleId", JsonNodeFactory.instance.stringNode("x")))
                .put(Path.of("apps/../../pwned.yaml"), List.of(), Map.of("name", JsonNodeFactory.instance.stringNode("x")));

        assertThatThrownBy(() -> new StoreWriter(out).write(content)).hasMessageContaining("outside")
                .hasMessageContaining("nothing was written");
        assertThat(dir.resolve("pwned.yaml")).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkInsideOutIsNotWrittenThrough() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(out.resolve("apps"));
        Files.createSymbolicLink(out.resolve("apps/notes"), elsewhere);
        StoreContent content = new StoreContent().put(Path.of("apps/notes/app.yaml"), List.of(),
                Map.of("bundleId", JsonNodeFactory.instance.stringNode("x")));

        assertThatThrownBy(() -> new StoreWriter(out).write(content)).hasMessageContaining("is a symbolic link");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }
}
