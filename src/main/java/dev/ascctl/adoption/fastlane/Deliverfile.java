package dev.ascctl.adoption.fastlane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple values of a Deliverfile (or Appfile): one option per line with a literal value. Anything Ruby
 * computes (ENV lookups, blocks, method calls) cannot be known without running Ruby and is kept as a line that
 * was not understood.
 *
 * <pre>
 * app_identifier "com.example.notes"
 * app_version("2.4.0")
 * automatic_release true
 * </pre>
 *
 * @param values     option name → literal value (strings unquoted; true/false and numbers as written)
 * @param unreadable lines that are not {@code name literal}, trimmed
 */
public record Deliverfile(Map<String, String> values, List<String> unreadable) {
    private static final Pattern OPTION = Pattern.compile(
            "^([a-z_]+)\\s*\\(?\\s*(?:\"([^\"#{}]*)\"|'([^']*)'|(true|false|-?\\d+(?:\\.\\d+)?))\\s*\\)?\\s*(?:#.*)?$");

    public Deliverfile {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        unreadable = List.copyOf(unreadable);
    }

    /** An absent file reads as empty. */
    public static Deliverfile read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return new Deliverfile(values, unreadable);
        }
        try {
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = OPTION.matcher(line);
                if (!m.matches()) {
                    unreadable.add(line);
                    continue;
                }
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                values.put(m.group(1), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Deliverfile(values, unreadable);
    }

    public String get(String option) {
        return values.get(option);
    }
}
