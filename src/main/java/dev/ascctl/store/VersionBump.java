package dev.ascctl.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * {@code ascctl version bump}: rewrites the one scalar {@code version.versionString} of an app.yaml in place, found
 * by its YAML position, so comments, key order, quoting and every other byte of the file stay as they were.
 * <pre>
 * version:
 *   versionString: "2.4.1"   # bump minor → "2.5.0"; the comment stays
 * </pre>
 * Apple's versionString is one to three period-separated integers (the schema's pattern); a bump keeps the number
 * of parts: {@code 2.4} → major {@code 3.0}, minor {@code 2.5}, patch {@code 2.4.1}.
 */
public final class VersionBump {
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,2}");

    /** Which part of the version to raise; the parts after it start again at 0. */
    public enum Part {
        MAJOR, MINOR, PATCH;

        /** {@code major}, {@code minor} or {@code patch}, as typed on the command line. */
        public static Part parse(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown version part '" + text + "': use major, minor or patch");
            }
        }
    }

    /**
     * What was changed.
     *
     * @param at   where the versionString value starts
     * @param from the version before
     * @param to   the version written
     */
    public record Bumped(Mark at, String from, String to) {
    }

    /** The store problem that stopped a bump (with file:line:column); the file is untouched. */
    public static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private VersionBump() {
    }

    /** The next version string; {@code current} must be Apple's form (one to three integers). */
    public static String next(String current, Part part) {
        if (!VERSION.matcher(current).matches()) {
            throw new IllegalArgumentException("'" + current + "' is not a version of one to three numbers like 2.4.0");
        }
        String[] parts = current.split("\\.");
        int[] numbers = new int[Math.max(parts.length, part.ordinal() + 1)];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        numbers[part.ordinal()]++;
        for (int i = part.ordinal() + 1; i < numbers.length; i++) {
            numbers[i] = 0;
        }
        StringBuilder out = new StringBuilder();
        for (int n : numbers) {
            out.append(out.isEmpty() ? "" : ".").append(n);
        }
        return out.toString();
    }

    /** Raises {@code part} of app.yaml's {@code version.versionString} and writes the file back. */
    public static Bumped bump(Path appYaml, Part part) {
        String text = read(appYaml);
        ScalarNode scalar = versionString(appYaml, text);
        Mark at = SafeYamlReader.toMark(appYaml, scalar.getStartMark().orElseThrow());
        String from = scalar.getValue();
        String to;
        try {
            to = next(from, part);
        } catch (IllegalArgumentException e) {
            throw new Refused(new Problem(at, "version.versionString " + e.getMessage()));
        }
        // snakeyaml counts positions in code points; String offsets are UTF-16 units.
        int start = text.offsetByCodePoints(0, scalar.getStartMark().orElseThrow().getIndex());
        int end = text.offsetByCodePoints(0, scalar.getEndMark().orElseThrow().getIndex());
        String edited = text.substring(0, start) + written(to, scalar.getScalarStyle()) + text.substring(end);
        try {
            Files.writeString(appYaml, edited, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + appYaml + ": " + e.getMessage(), e);
        }
        return new Bumped(at, from, to);
    }

    /** The new scalar in the old one's style; a plain 2.5 would read as a number, so it is quoted. */
    private static String written(String value, ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> "'" + value + "'";
            case PLAIN -> value.chars().filter(c -> c == '.').count() == 2 ? value : "\"" + value + "\"";
            default -> "\"" + value + "\"";
        };
    }

    private static ScalarNode versionString(Path file, String text) {
        // The reader validate uses finds syntax errors, duplicate keys and alias bombs, with their position.
        if (SafeYamlReader.read(file, false) instanceof SafeYamlReader.Failed failed) {
            throw new Refused(failed.problem());
        }
        Optional<Node> root;
        try {
            root = SafeYamlReader.compose(text);
        } catch (YamlEngineException e) {
            throw new Refused(new Problem(Mark.startOf(file), "cannot read YAML: " + e.getMessage()));
        }
        Node version = root.flatMap(r -> value(r, "version")).orElseThrow(() -> new Refused(new Problem(
                Mark.startOf(file), "no version block to bump; add version: {versionString: \"1.0.0\"}")));
        Node node = value(version, "versionString").orElseThrow(() -> new Refused(new Problem(
                SafeYamlReader.toMark(file, version.getStartMark().orElseThrow()),
                "the version block has no versionString to bump; add versionString: \"1.0.0\"")));
        if (!(node instanceof ScalarNode scalar)) {
            throw new Refused(new Problem(SafeYamlReader.toMark(file, node.getStartMark().orElseThrow()),
                    "version.versionString must be a single value like \"2.4.0\""));
        }
        return scalar;
    }

    private static Optional<Node> value(Node map, String key) {
        if (!(map instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused(new Problem(Mark.startOf(file), "cannot read file: " + e.getMessage()));
        }
    }
}
