package dev.ascctl.cli;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the start-up class-data archive ({@code scripts/cds.sh}): runs the commands a user starts
 * with, once each, in one JVM started with {@code -XX:ArchiveClassesAtExit}, so the JVM archives the classes they
 * load and later runs map them instead of loading them from the jar. Uses a tiny generated store and an
 * in-process sandbox, so it needs nothing but the jar and the installation's sandbox profile. Exits 1, printing
 * the failing command's output, when a command does not succeed: an archive of a failed run would miss classes.
 */
public final class StartupTraining {
    static final String BUNDLE_ID = "com.example.training";

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        String home = System.getProperty("ascctl.home");
        Class.forName(Main.class.getName()); // the real entry point, archived with the rest
        Path dir = Files.createTempDirectory("ascctl-training");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(BUNDLE_ID))) {
            Path store = writeStore(dir.resolve("store"));
            String url = sandbox.baseUri().toString();
            for (List<String> command : List.of(
                    List.of("--help"),
                    List.of("validate", "--store", store.toString()),
                    List.of("--profile", "sandbox", "--endpoint", url, "plan", "--store", store.toString()))) {
                run(dir, home == null ? null : Path.of(home), command);
            }
        } finally {
            deleteTree(dir);
        }
        HttpSelectorThreads.stop(Duration.ofMillis(200)); // as Main does before exit
    }

    private static void run(Path workDir, Path home, List<String> command) {
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(Map.of(), workDir, home, new BufferedReader(new StringReader("")),
                new PrintWriter(out, true), new PrintWriter(out, true), false);
        int code = Cli.run(context, command.toArray(String[]::new));
        if (code != ExitCode.OK) {
            System.err.println("ascctl " + String.join(" ", command) + " exited " + code + ":\n" + out);
            System.exit(1);
        }
    }

    /** One app with a version, review details and two locales: the files nearly every store has. */
    static Path writeStore(Path root) throws IOException {
        return writeStore(root, BUNDLE_ID, List.of("en-US", "de-DE"));
    }

    /**
     * A small store of one app ({@code apps/app/}) with a version, review details and the given locales, each with
     * the app-level and version-level texts; no media, TestFlight or purchases. {@code make bench} starts from it too.
     */
    public static Path writeStore(Path root, String bundleId, List<String> locales) throws IOException {
        Files.createDirectories(root.resolve("apps/app/locales"));
        Files.writeString(root.resolve("store.yaml"), """
                defaults:
                  copyright: "2026 Example Inc."
                  review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com,
                           contactPhone: "+1 555 0100"}
                policy:
                  prune: {locales: false}
                """);
        Files.writeString(root.resolve("apps/app/app.yaml"), """
                bundleId: %s
                platform: IOS
                primaryLocale: en-US
                contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT
                categories: {primary: PRODUCTIVITY, secondary: UTILITIES}
                version:
                  versionString: "1.0"
                  releaseType: MANUAL
                review:
                  demoAccountRequired: false
                  notes: "No account is needed."
                """.formatted(bundleId));
        for (String locale : locales) {
            Files.writeString(root.resolve("apps/app/locales/" + locale + ".yaml"), """
                    name: Start-up %s
                    subtitle: A small store
                    description: |
                      An app that exists to exercise ascctl.
                    keywords: [start-up, measure]
                    supportUrl: https://example.com/support
                    """.formatted(locale));
        }
        return root;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
