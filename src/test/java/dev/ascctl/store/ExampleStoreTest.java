package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExampleStoreTest {

    static final Path EXAMPLE = Path.of("examples/store");

    @Test
    void exampleStoreLoadsWithoutProblems() {
        LoadResult result = StoreLoader.load(EXAMPLE, ContactDefaultsInput.none(), new SecretResolver(EXAMPLE, Map.of()));

        assertThat(result.problems()).isEmpty();
        Store store = result.store();
        assertThat(store.apps()).singleElement().satisfies(app -> {
            assertThat(app.bundleId()).isEqualTo("com.example.notes");
            assertThat(app.platform()).isEqualTo("IOS");
            assertThat(app.locales()).containsOnlyKeys("de-DE", "en-US", "fr-FR", "ja");
            assertThat(app.locales().get("de-DE").version().text("keywords"))
                    .contains("notizen,listen,tagebuch,checkliste,aufgaben,notizbuch,schreiben");
            assertThat(app.version().text("copyright")).contains("2026 Example Inc.");
            assertThat(app.review().text("contactEmail")).contains("ada@example.com");
            assertThat(app.mark()).isEqualTo(new Mark(EXAMPLE.resolve("apps/notes/app.yaml"), 2, 11));
        });
        assertThat(store.policy().prunes("screenshots")).isTrue();
        assertThat(store.policy().prunes("locales")).isFalse();
        assertThat(store.policy().prunes("previews")).isFalse();
        assertThat(store.policy().ignore()).containsExactly("apps.*.locales.*.promotionalText");
    }

    @Test
    void everyExampleFileStartsWithASchemaLineThatResolves() throws IOException {
        Pattern schemaLine = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).hasSize(6);
        for (Path file : files) {
            Matcher m = schemaLine.matcher(Files.readAllLines(file).get(0));
            assertThat(m.find()).as("first line of %s", file).isTrue();
            Path schema = file.getParent().resolve(m.group(1)).normalize();
            assertThat(schema).as("schema of %s", file).isRegularFile();
            String expected = file.getFileName().toString().equals("store.yaml") ? "store.schema.json"
                    : file.getFileName().toString().equals("app.yaml") ? "app.schema.json" : "locale.schema.json";
            assertThat(schema.getFileName().toString()).isEqualTo(expected);
        }
    }
}
