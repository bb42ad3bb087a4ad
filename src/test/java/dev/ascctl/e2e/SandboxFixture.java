package dev.ascctl.e2e;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A sandbox on a random port and a private copy of a store, for one end-to-end test. */
final class SandboxFixture implements AutoCloseable {
    static final Path EXAMPLE_STORE = Path.of("examples/store");
    final Sandbox sandbox;

    private SandboxFixture(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static SandboxFixture start(String... bundleIds) {
        try {
            return new SandboxFixture(Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return sandbox.baseUri().toString();
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
    private static Path copy(Path source, Path target, java.util.function.Predicate<String> keep) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                if (!relative.isEmpty() && !keep.test(relative)) {
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
        sandbox.close();
    }
}
