package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/broken-stores/} is a small store with one defect;
 * its {@code expected.txt} holds {@code relative/path:LINE:COLUMN message-fragment}.
 */
class BrokenStoresTest {

    static final Path BROKEN = Path.of("src/test/resources/broken-stores");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(BROKEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeast45Cases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(45);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheOneDefectAtItsLocation(String name) throws IOException {
        Path store = BROKEN.resolve(name);
        String expected = Files.readString(store.resolve("expected.txt")).strip();
        int space = expected.indexOf(' ');
        String location = space < 0 ? expected : expected.substring(0, space);
        String fragment = space < 0 ? "" : expected.substring(space + 1);

        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                AllKinds.registry().storeRules());

        assertThat(result.store()).isNull();
        assertThat(result.problems()).as("problems of %s", name).hasSize(1);
        Problem problem = result.problems().get(0);
        String relative = store.relativize(problem.mark().file()) + ":" + problem.mark().line() + ":" + problem.mark().column();
        assertThat(relative).as("location of: %s", problem).startsWith(location);
        assertThat(problem.message()).as("message at %s", relative).contains(fragment);
    }

    @Test
    @Timeout(5)
    void aTwentyMegabyteFileIsRefusedQuicklyAtItsStart(@TempDir Path store) throws IOException {
        Path app = TestStores.writeOversizedAppYaml(store);

        // How long the refusal takes is measured by make bench (StoreLoadBench), not asserted here.
        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                AllKinds.registry().storeRules());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.mark()).isEqualTo(Mark.startOf(app));
            assertThat(p.message()).startsWith("file is too large (20.0 MB)");
        });
    }

    @Test
    void reportsAllProblemsOfAllFilesAtOnceSorted(@TempDir Path store) throws IOException {
        Files.createDirectories(store.resolve("apps/x/locales"));
        Files.writeString(store.resolve("apps/x/app.yaml"), "bundleId: com.example.x\nprimaryLocale: en-US\nplatform: ios\n");
        Files.writeString(store.resolve("apps/x/locales/en-US.yaml"), "subtitel: A\nname: " + "n".repeat(31) + "\n");
        Files.writeString(store.resolve("store.yaml"), "polcy: {}\n");

        List<String> problems = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                AllKinds.registry().storeRules())
                .problems().stream().map(p -> store.relativize(p.mark().file()) + ":" + p.mark().line() + ":" + p.mark().column())
                .toList();

        assertThat(problems).containsExactly(
                "apps/x/app.yaml:3:11", "apps/x/locales/en-US.yaml:1:1", "apps/x/locales/en-US.yaml:2:7", "store.yaml:1:1");
    }
}
