package dev.ascctl.workflow;

import dev.ascctl.store.Mark;
import dev.ascctl.store.Problem;
import dev.ascctl.store.VersionBump;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the app.yaml {@code ascctl version bump} edits: the one named by {@code --app LABEL} (its folder under
 * {@code apps/}), or the store's only app. Problems come back as an {@link InvalidStoreException} with
 * file:line:column; the file is then untouched.
 */
public final class VersionBumps {
    private VersionBumps() {
    }

    /** Bumps the chosen app's {@code version.versionString}; {@code label} may be null for a one-app store. */
    public static VersionBump.Bumped bump(Path store, String label, VersionBump.Part part) {
        Path appYaml = appYaml(store, label);
        try {
            return VersionBump.bump(appYaml, part);
        } catch (VersionBump.Refused refused) {
            throw new InvalidStoreException(List.of(refused.problem()));
        }
    }

    private static Path appYaml(Path store, String label) {
        Path apps = store.resolve("apps");
        if (label != null) {
            Path file = apps.resolve(label).resolve("app.yaml");
            if (!Files.isRegularFile(file)) {
                throw new InvalidStoreException(List.of(new Problem(Mark.startOf(file),
                        "no app '" + label + "' in this store (expected " + file + "); apps: " + labels(apps))));
            }
            return file;
        }
        List<String> labels = labels(apps);
        if (labels.size() != 1) {
            throw new IllegalArgumentException((labels.isEmpty() ? "no app in " + apps
                    : "the store has " + labels.size() + " apps (" + String.join(", ", labels) + ")")
                    + "; name the one to bump with --app LABEL");
        }
        return apps.resolve(labels.get(0)).resolve("app.yaml");
    }

    private static List<String> labels(Path apps) {
        if (!Files.isDirectory(apps)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(apps)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("app.yaml")))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
