package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken store of the table (src/test/resources/broken-stores, each with its expected.txt) through the
 * real CLI against a live sandbox: the problem with file:line:column on stderr, exit 1, and zero requests.
 */
@SandboxStore(plainOnly = "its broken stores are refused before any request (it asserts none is sent): no answer to vary")
class BrokenStoresCliIT {
    static final Path TABLE = Path.of("src/test/resources/broken-stores");
    /** One sandbox for the whole table: no case sends a request, so none can change it for the next. */
    static SandboxFixture fixture;

    @BeforeAll
    static void start(SandboxFixture classFixture) {
        fixture = classFixture;
    }

    @BeforeEach
    void clearLog() {
        fixture.sandbox.requestLog().clear();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TABLE)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planRefusesWithLocationAndSendsNothing(String name) throws IOException {
        Path store = TABLE.resolve(name);
        String expected = Files.readString(store.resolve("expected.txt"), StandardCharsets.UTF_8).strip();
        String location = expected.split(" ", 2)[0];
        String fragment = expected.split(" ", 2)[1];

        var plan = fixture.run("plan", "--store", store.toString());

        assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(1);
        assertThat(plan.err()).as(plan.toString()).contains(store.resolve(location.substring(0,
                location.indexOf(':'))).toString() + location.substring(location.indexOf(':'))).contains(fragment);
        assertThat(fixture.sandbox.requestLog().count()).as("requests sent").isZero();
    }

    @Test
    void aTwentyMegabyteFileIsRefusedQuicklyWithNoRequest(@TempDir Path temp) throws IOException {
        Path store = SandboxFixture.copyExampleMetadata(temp.resolve("store"));
        Path appYaml = store.resolve("apps/notes/app.yaml");
        StringBuilder big = new StringBuilder(Files.readString(appYaml)).append("# ");
        big.append("x".repeat(20 * 1024 * 1024)).append('\n');
        Files.writeString(appYaml, big);

        var validate = fixture.run("validate", "--store", store.toString());
        var plan = fixture.run("plan", "--store", store.toString());

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(plan.err()).contains(appYaml + ":1:1");
        assertThat(fixture.sandbox.requestLog().count()).isZero();
    }

    @Test
    void validateReportsEveryProblemAtOnce(@TempDir Path temp) throws IOException {
        Path store = SandboxFixture.copyExampleMetadata(temp.resolve("store"));
        Path de = store.resolve("apps/notes/locales/de-DE.yaml");
        Files.writeString(de, Files.readString(de) + "subtitel: x\n");
        Path ja = store.resolve("apps/notes/locales/ja.yaml");
        Files.writeString(ja, Files.readString(ja) + "marketingUrl: not a url\n");

        var validate = new CliRunner().run("validate", "--store", store.toString());

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.err()).contains(de + ":").contains("subtitel").contains(ja + ":").contains("2 problems");
    }

    @Test
    void theExampleStoreIsValid() {
        var validate = new CliRunner().run("validate", "--store", SandboxFixture.EXAMPLE_STORE.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("The store is valid: 1 app, 4 locales.");
    }
}
