package dev.ascctl.adoption;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link StoreContent} under a store root: one YAML file per document, each starting with the
 * {@code # yaml-language-server: $schema=} line editors use, and copies of the schemas it names into
 * {@code schema/} so the store completes and checks offline. Existing files are never overwritten.
 */
public final class StoreWriter {
    private final Path root;

    public StoreWriter(Path root) {
        this.root = root;
    }

    /** Files that already exist and would be overwritten; writing refuses while any does. */
    public List<Path> conflicts(StoreContent content) {
        return java.util.stream.Stream.concat(content.files().keySet().stream(), content.copies().keySet().stream())
                .filter(f -> Files.exists(root.resolve(f))).toList();
    }

    /** Writes every file and the schemas they name; returns the paths written, relative to the root. */
    public List<Path> write(StoreContent content) {
        List<Path> conflicts = conflicts(content);
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("would overwrite " + conflicts);
        }
        List<Path> written = new ArrayList<>();
        TreeSet<String> schemas = new TreeSet<>();
        try {
            for (Map.Entry<Path, ObjectNode> entry : content.files().entrySet()) {
                Path relative = entry.getKey();
                String schema = schemaOf(relative);
                schemas.add(schema);
                Path file = root.resolve(relative);
                Files.createDirectories(file.getParent() == null ? root : file.getParent());
                Path schemaPath = file.getParent().relativize(root.resolve("schema").resolve(schema));
                String header = "# yaml-language-server: $schema=" + schemaPath.toString().replace('\\', '/') + "\n";
                Files.writeString(file, header + YamlText.of(entry.getValue()));
                written.add(relative);
            }
            for (Map.Entry<Path, Path> copy : content.copies().entrySet()) {
                Path target = root.resolve(copy.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(copy.getValue(), target);
                written.add(copy.getKey());
            }
            for (String schema : schemas) {
                Path target = root.resolve("schema").resolve(schema);
                try (InputStream in = StoreWriter.class.getResourceAsStream("/schema/" + schema)) {
                    if (in != null && !Files.exists(target)) {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                        written.add(root.relativize(target));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store under " + root + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** locales/*.yaml → locale.schema.json; any other {@code NAME.yaml} → {@code NAME.schema.json}. */
    static String schemaOf(Path relative) {
        Path parent = relative.getParent();
        if (parent != null && parent.getFileName().toString().equals("locales")) {
            return "locale.schema.json";
        }
        String name = relative.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + ".schema.json";
    }
}
