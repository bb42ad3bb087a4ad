package dev.ascctl.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small stores into a temp dir: relative path to file text. */
final class TestStores {

    static final String APP = "bundleId: com.example.x\nprimaryLocale: en-US\n";

    private TestStores() {}

    static Path write(Path root, Map<String, String> files) {
        files.forEach((rel, text) -> {
            try {
                Path file = root.resolve(rel);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return root;
    }

    static LoadResult load(Path root) {
        return StoreLoader.load(root, ContactDefaultsInput.none(), new SecretResolver(root, Map.of()));
    }
}
