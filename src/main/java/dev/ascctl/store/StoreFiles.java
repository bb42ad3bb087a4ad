package dev.ascctl.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What the store may read: regular files and folders inside the store folder. A pull request can add a
 * symbolic link {@code screenshots/en-US/APP_IPHONE_67/1.png -> ~/.ssh/id_ed25519} or a FIFO named
 * {@code store.yaml}; the first would upload someone's file to Apple, the second would hang the CI job.
 * Links that stay inside the store are followed (teams share a locale file between apps that way).
 */
final class StoreFiles {
    private final Path root;
    private Path realRoot;

    StoreFiles(Path root) {
        this.root = root;
    }

    /** Empty when {@code file} is a regular file inside the store, else the problem at the file. */
    Optional<Problem> checkFile(Path file) {
        return check(file, false);
    }

    /** Empty when {@code dir} is a folder inside the store, else the problem at the folder. */
    Optional<Problem> checkDirectory(Path dir) {
        return check(dir, true);
    }

    private Optional<Problem> check(Path path, boolean directory) {
        try {
            BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path real = path.toRealPath();
            if (!real.startsWith(realRoot())) {
                return Optional.of(new Problem(Mark.startOf(path), (own.isSymbolicLink() ? "a symbolic link" : "a path")
                        + " leading outside the store; ascctl reads only files inside the store folder"
                        + " (copy the file in instead of linking to it)"));
            }
            BasicFileAttributes target = Files.readAttributes(real, BasicFileAttributes.class);
            if (directory ? !target.isDirectory() : !target.isRegularFile()) {
                return Optional.of(new Problem(Mark.startOf(path), directory ? "not a folder"
                        : target.isDirectory() ? "a folder where a file is expected"
                        : "not a regular file (a FIFO, device or socket); ascctl reads only regular files"));
            }
            return Optional.empty();
        } catch (IOException e) {
            // The exception's own text would repeat the path unescaped, and its class name helps nobody.
            return Optional.of(new Problem(Mark.startOf(path), e instanceof java.nio.file.NoSuchFileException
                    ? "a symbolic link to nothing (dangling); fix or remove it"
                    : e instanceof java.nio.file.AccessDeniedException ? "cannot read: permission denied"
                    : "cannot read (an I/O error)"));
        }
    }

    private Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }
}
