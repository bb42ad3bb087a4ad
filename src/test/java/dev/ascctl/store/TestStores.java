package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small stores into a temp dir: relative path to file text. */
public final class TestStores {

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
        return StoreLoader.load(root, ContactDefaultsInput.none(), new SecretResolver(root, Map.of()),
                AllKinds.registry().storeRules());
    }

    /** A one-app store whose app.yaml is 20 MB (one long review note): the size limit's test case. */
    public static Path writeOversizedAppYaml(Path store) throws IOException {
        Path app = store.resolve("apps/x/app.yaml");
        Files.createDirectories(app.getParent().resolve("locales"));
        Files.writeString(app.getParent().resolve("locales/en-US.yaml"), "name: X\n");
        try (java.io.Writer out = Files.newBufferedWriter(app, java.nio.charset.StandardCharsets.UTF_8)) {
            out.write("bundleId: com.example.x\nprimaryLocale: en-US\nreview:\n  notes: \"");
            String chunk = "x".repeat(1024);
            for (int i = 0; i < 20 * 1024; i++) {
                out.write(chunk);
            }
            out.write("\"\n");
        }
        return app;
    }
}
