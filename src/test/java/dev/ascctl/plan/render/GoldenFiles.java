package dev.ascctl.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with {@code src/test/resources/render/<name>}.
 *
 * <p>After an intended change of the output, rewrite the golden files and review them in the diff:
 * <pre>
 * mvn -q -o test -Dtest='dev.ascctl.plan.render.**' -Dgolden.update=true
 * </pre>
 */
final class GoldenFiles {
    private static final Path DIR = Path.of("src", "test", "resources", "render");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (rewrite with -Dgolden.update=true)", file).exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
