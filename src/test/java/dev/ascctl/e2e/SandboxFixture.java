package dev.ascctl.e2e;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A sandbox on a free port and a private copy of a store, for one end-to-end test: tests get one from
 * {@link SandboxStore} as a parameter, and JUnit closes it (sandbox stopped, store deleted) after the test.
 */
public final class SandboxFixture implements AutoCloseable {
    static final Path EXAMPLE_STORE = Path.of("examples/store");
    /** Retries of injected faults wait milliseconds, not the client's half-second base. */
    static final String TEST_BACKOFF_MS = "20";
    /**
     * A seed here runs every end-to-end sandbox in variant mode alone (Apple's varying forms, see AppleVariants), as
     * {@code make e2e VARIANTS=7} does; {@code make test} runs each class in both modes instead (see {@link SandboxModes}).
     */
    static final String VARIANTS_PROPERTY = "asc.sandbox.variants";

    final Sandbox sandbox;
    private final Path folder;
    private final Path store;

    private SandboxFixture(Sandbox sandbox, Path folder, Path store) {
        this.sandbox = sandbox;
        this.folder = folder;
        this.store = store;
    }

    static SandboxFixture start(SandboxStore settings) {
        return start(settings, sandboxOptions());
    }

    /** A fixture whose sandbox starts from {@code options} (a free port, and the mode of the class being run). */
    static SandboxFixture start(SandboxStore settings, SandboxOptions options) {
        options = settings.seed().isEmpty() ? options.withApps(settings.apps())
                : options.withSeedFile(Path.of(settings.seed()));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("ascctl-it-");
            Path store = folder.resolve("store");
            switch (settings.store()) {
                case EMPTY -> Files.createDirectories(store);
                case EXAMPLE_METADATA -> copyExampleMetadata(store);
            }
            return new SandboxFixture(Sandbox.start(options), folder, store);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * What every end-to-end sandbox starts from: a free port, in the mode of the {@link SandboxModes} class (or test)
     * running on this thread; outside one, in variant mode when the run sets a seed.
     */
    public static SandboxOptions sandboxOptions() {
        return SandboxModesExtension.current().map(mode -> mode.apply(sandboxOptions((String) null)))
                .orElseGet(() -> sandboxOptions(System.getProperty(VARIANTS_PROPERTY)));
    }

    /** A free port, and variant mode with {@code seed} unless it is null or blank. */
    static SandboxOptions sandboxOptions(String seed) {
        boolean plain = seed == null || seed.isBlank();
        return SandboxOptions.defaults().withPort(0).withVariantsSeed(plain ? null : Long.valueOf(seed.trim()));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The test's own store folder (apps/..., store.yaml), deleted after the test. */
    public Path store() {
        return store;
    }

    /** A scratch folder beside the store, deleted with it. */
    public Path folder() {
        return folder;
    }

    public String url() {
        return sandbox.baseUri().toString();
    }

    /** A CLI runner with the test back-off; add env, stdin or a working folder, then call sandbox(url(), ...). */
    public CliRunner cli() {
        return new CliRunner().env("ASCCTL_BACKOFF_MS", TEST_BACKOFF_MS);
    }

    /** The whole CLI in-process with the sandbox profile at this sandbox, then {@code args}. */
    public CliRunner.Result run(String... args) {
        return cli().sandbox(url(), args);
    }

    /** Applies the store with --auto-approve, asserts nothing failed, and that the next plan finds no change. */
    public void applyAndExpectNoChanges() {
        var apply = run("apply", "--store", store().toString(), "--auto-approve");
        org.assertj.core.api.Assertions.assertThat(apply.exitCode()).as(apply.toString()).isZero();
        org.assertj.core.api.Assertions.assertThat(apply.out()).doesNotContain("FAILED");
        var again = run("plan", "--store", store().toString(), "--detailed-exitcode");
        org.assertj.core.api.Assertions.assertThat(again.exitCode()).as(again.toString()).isZero();
    }

    /**
     * Copies the metadata of examples/store (store.yaml, each app.yaml and locales/) into {@code target} so a test
     * may edit it. The example's media, testflight.yaml and purchases.yaml stay behind: each test adds only the
     * kinds it exercises, against a sandbox that has none of the builds and products the example names.
     */
    static Path copyExampleMetadata(Path target) {
        return copy(EXAMPLE_STORE, target, relative -> relative.equals("store.yaml")
                || relative.matches("apps(/[^/]+(/app\\.yaml|/locales(/.*)?)?)?"));
    }

    /** Copies every file and folder of {@code source} whose path relative to it (with /) passes {@code keep}. */
    private static Path copy(Path source, Path target, Predicate<String> keep) {
        try (Stream<Path> files = Files.walk(source)) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                if (relative.isEmpty() || !keep.test(relative)) {
                    continue;
                }
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            sandbox.close();
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is no reason to fail a test
        }
    }
}
