package dev.ascctl.sandbox.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apple's app category ids (the ids are the names, as on live ASC) and the two categories with subcategories, read
 * from the project's one list, {@code /apple/app-categories.txt} (the store rules read the same file; the sandbox
 * stands alone, so it reads the resource rather than the store's class). Platforms are simplified: stickers are iOS
 * only, everything else iOS and macOS.
 */
final class AppleCategories {
    private static final String RESOURCE = "/apple/app-categories.txt";

    /** Category id → its subcategory ids, in the file's order. */
    static final Map<String, List<String>> TREE = load();

    private AppleCategories() {
    }

    static List<String> platforms(String id) {
        return id.startsWith("STICKERS") ? List.of("IOS") : List.of("IOS", "MAC_OS");
    }

    /** One id per line, a subcategory indented under its category, {@code #} comments. */
    private static Map<String, List<String>> load() {
        InputStream in = AppleCategories.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, List<String>> tree = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    current = new ArrayList<>();
                    tree.put(line.strip(), current);
                } else if (current != null) {
                    current.add(line.strip());
                } else {
                    throw new IllegalStateException(RESOURCE + ": subcategory " + line.strip() + " before any category");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        tree.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(tree);
    }
}
