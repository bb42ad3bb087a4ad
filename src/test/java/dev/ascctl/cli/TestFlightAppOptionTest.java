package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testflight testers|invite}: the app named by {@code --app BUNDLE_ID} from a folder with no store, or the
 * store's only app; stderr says which; a store of several apps without {@code --app} is refused before any request.
 */
class TestFlightAppOptionTest {
    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;
    Path noStore;
    final CliRunner cli = new CliRunner();

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.notes"));
        store = copy(CliRunner.REPO.resolve("examples/store"), temp.resolve("store"));
        noStore = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(store.resolve("apps/notes/testflight.yaml"), """
                groups: [{name: QA}]
                testers: [{email: jane@example.com, firstName: Jane, groups: [QA]}]
                """);
        var apply = cli.sandbox(sandbox.baseUri().toString(), "apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** The sandbox profile (config/ lives in the repository), run from {@code workDir}. */
    private CliRunner.Result run(Path workDir, String... args) {
        return new CliRunner().workDir(workDir).sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void appByBundleIdNeedsNoStore() {
        var invite = run(noStore, "testflight", "invite", "bob@example.com", "--group", "QA",
                "--app", "com.example.notes");
        assertThat(invite.exitCode()).as(invite.toString()).isZero();
        assertThat(invite.err()).isEqualTo("App: com.example.notes (from --app)\n");
        assertThat(invite.out()).contains("invited bob@example.com to QA");

        var testers = run(noStore, "testflight", "testers", "--app", "com.example.notes", "--format", "csv");
        assertThat(testers.exitCode()).as(testers.toString()).isZero();
        assertThat(testers.err()).isEqualTo("App: com.example.notes (from --app)\n");
        assertThat(testers.out()).contains("bob@example.com").contains("jane@example.com,Jane,,INVITED,QA");
    }

    @Test
    void theStoresOnlyAppIsNamedWithItsFolder() {
        var testers = run(noStore, "testflight", "testers", "--store", store.toString());
        assertThat(testers.exitCode()).as(testers.toString()).isZero();
        assertThat(testers.err()).isEqualTo("App: com.example.notes (apps/notes)\n");
        assertThat(testers.out()).contains("jane@example.com").contains("1 tester");
    }

    @Test
    void anUnknownBundleIdIsAnErrorNamingIt() {
        var testers = run(noStore, "testflight", "testers", "--app", "com.example.nope");
        assertThat(testers.exitCode()).isEqualTo(1);
        assertThat(testers.err()).contains("App: com.example.nope (from --app)")
                .contains("no app with bundle id com.example.nope");
    }

    @Test
    void severalAppsWithoutAppAreRefusedNamingTheChoicesBeforeAnyRequest() throws IOException {
        Path todo = copy(store.resolve("apps/notes"), store.resolve("apps/todo"));
        Files.writeString(todo.resolve("app.yaml"), Files.readString(todo.resolve("app.yaml"))
                .replace("bundleId: com.example.notes", "bundleId: com.example.todo"));
        Files.delete(todo.resolve("testflight.yaml"));
        sandbox.requestLog().clear();

        var testers = run(noStore, "testflight", "testers", "--store", store.toString());
        assertThat(testers.exitCode()).as(testers.toString()).isEqualTo(1);
        assertThat(testers.err()).contains("has 2 apps; name one with --app: com.example.notes (apps/notes),"
                + " com.example.todo (apps/todo)");
        var invite = run(noStore, "testflight", "invite", "x@example.com", "--group", "QA",
                "--store", store.toString());
        assertThat(invite.exitCode()).isEqualTo(1);
        assertThat(invite.err()).contains("name one with --app");
        assertThat(sandbox.requestLog().list()).isEmpty();

        var chosen = run(noStore, "testflight", "testers", "--store", store.toString(), "--app", "com.example.notes");
        assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
        assertThat(chosen.out()).contains("jane@example.com");
    }

    @Test
    void bundleIdStillWorksAsAnotherNameForApp() {
        var testers = run(noStore, "testflight", "testers", "--bundle-id", "com.example.notes");
        assertThat(testers.exitCode()).as(testers.toString()).isZero();
        assertThat(testers.err()).isEqualTo("App: com.example.notes (from --app)\n");
    }

    private static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
