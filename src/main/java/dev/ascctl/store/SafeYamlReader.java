package dev.ascctl.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one YAML file into a {@link YamlDocument} with marks, refusing what a store file never
 * needs: duplicate keys, alias bombs, huge files, custom tags, non-scalar keys, several documents.
 * Uses snakeyaml-engine's compose API (nodes with marks) and converts the nodes to Jackson itself.
 */
final class SafeYamlReader {

    /**
     * No store file comes close: 39 locales of 4000-character descriptions fit in one app folder, not one file.
     * Counted in bytes as read, so comments count too and a 20 MB file is refused after reading 4 MB at most.
     */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Billion-laughs guard: a real store file repeats a collection by alias a handful of times at most. */
    static final int MAX_COLLECTION_ALIASES = 20;
    /** Second guard against expansion, counted while converting (aliases to scalars are not limited by snakeyaml). */
    static final int MAX_NODES = 200_000;
    static final int MAX_DEPTH = YamlShape.MAX_DEPTH;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(false)
            .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
            .setCodePointLimit(MAX_BYTES + 1)
            .setUseMarks(true)
            .build();

    /** The file's document, or the one problem that stops reading it. */
    sealed interface Outcome permits Read, Failed {}

    record Read(YamlDocument document) implements Outcome {}

    record Failed(Problem problem) implements Outcome {}

    private SafeYamlReader() {}

    /**
     * @param emptyAsMap whether an empty file means "nothing set" (store.yaml) rather than a mistake
     */
    static Outcome read(Path file, boolean emptyAsMap) {
        try {
            if (!Files.isRegularFile(file)) {
                // A FIFO would block the read forever, a device would never end.
                return new Failed(new Problem(Mark.startOf(file), "not a regular file; a store file is a plain text file"));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return tooLarge(file, Math.max(bytes.length, Files.size(file)));
            }
            Object decoded = decode(file, bytes);
            if (decoded instanceof Failed failed) {
                return failed;
            }
            String text = (String) decoded;
            Optional<Problem> shape = YamlShape.check(file, text, SETTINGS);
            if (shape.isPresent()) {
                return new Failed(shape.get());
            }
            Optional<Node> node = new Compose(SETTINGS).composeString(text);
            if (node.isEmpty()) {
                return emptyAsMap
                        ? new Read(YamlDocument.emptyMap(file))
                        : new Failed(new Problem(Mark.startOf(file), "the file is empty; expected a map of keys"));
            }
            return new Converter(file).convertDocument(node.get());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).map(m -> toMark(file, m)).orElse(Mark.startOf(file));
            return new Failed(new Problem(mark, "YAML syntax error: " + describe(e)));
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("exceeds the limit")) {
                return tooLarge(file, -1);
            }
            if (message.contains("Number of aliases")) {
                return new Failed(new Problem(Mark.startOf(file), "too many aliases (more than " + MAX_COLLECTION_ALIASES
                        + " uses of &anchors for lists or maps); this looks like an alias bomb, write the values out instead"));
            }
            return new Failed(new Problem(Mark.startOf(file), "cannot read YAML: " + message));
        } catch (IOException e) {
            return new Failed(new Problem(Mark.startOf(file), "cannot read file: " + e.getMessage()));
        }
    }

    private static Failed tooLarge(Path file, long bytes) {
        String size = bytes < 0 ? "" : String.format(java.util.Locale.ROOT, " (%.1f MB)", bytes / 1_048_576.0);
        return new Failed(new Problem(Mark.startOf(file),
                "file is too large" + size + "; a store file may hold at most " + MAX_BYTES / 1_048_576 + " MB"));
    }

    /**
     * The text of the file, or the problem at the first byte that is not UTF-8, with its line and column (a file
     * saved as Latin-1 by an old editor is the usual cause). A leading byte order mark is dropped.
     */
    private static Object decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.codePointCount(lineStart, before.length()) + 1;
            return new Failed(new Problem(new Mark(file, line, column), String.format(java.util.Locale.ROOT,
                    "not UTF-8: byte 0x%02X cannot start or continue a character here; save the file as UTF-8",
                    bytes[in.position()] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().replace("\t", "\\t");
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("\\t")) {
            return "a tab character; YAML does not allow tabs for indentation, use spaces";
        }
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    /** Composes text with the same limits as {@link #read}, keeping character positions for in-place edits. */
    static Optional<Node> compose(String text) {
        return new Compose(SETTINGS).composeString(text);
    }

    static Mark toMark(Path file, org.snakeyaml.engine.v2.exceptions.Mark m) {
        return new Mark(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Converts one composed node tree, recording marks by JSON pointer; stops at the first structural problem. */
    private static final class Converter {
        private final Path file;
        private final Map<String, Mark> valueMarks = new HashMap<>();
        private final Map<String, Mark> keyMarks = new HashMap<>();
        private int nodes;

        Converter(Path file) {
            this.file = file;
        }

        Outcome convertDocument(Node root) {
            try {
                JsonNode json = convert(root, "", 0);
                return new Read(new YamlDocument(file, json, valueMarks, keyMarks));
            } catch (Refused r) {
                return new Failed(r.problem);
            }
        }

        private JsonNode convert(Node node, String pointer, int depth) {
            Mark mark = markOf(node);
            if (++nodes > MAX_NODES || depth > 2 * MAX_DEPTH) { // YamlShape limits written depth; aliases may double it
                throw new Refused(new Problem(mark, "the document expands to too many or too deeply nested values"
                        + " (aliases nested too far?); write the values out instead"));
            }
            valueMarks.put(pointer, mark);
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, mark);
            }
            if (node instanceof SequenceNode seq) {
                ArrayNode array = JSON.arrayNode();
                List<Node> items = seq.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), pointer + "/" + i, depth + 1));
                }
                return array;
            }
            MappingNode map = (MappingNode) node;
            ObjectNode object = JSON.objectNode();
            Map<String, Mark> seen = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Mark keyMark = markOf(tuple.getKeyNode());
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new Refused(new Problem(keyMark, "a key must be plain text, not a list or map"));
                }
                String key = keyNode.getValue();
                Mark first = seen.putIfAbsent(key, keyMark);
                if (first != null) {
                    throw new Refused(new Problem(keyMark,
                            "duplicate key '" + key + "' (first written at line " + first.line() + ")"));
                }
                String childPointer = YamlDocument.child(pointer, key);
                keyMarks.put(childPointer, keyMark);
                object.set(key, convert(tuple.getValueNode(), childPointer, depth + 1));
            }
            return object;
        }

        private JsonNode scalar(ScalarNode node, Mark mark) {
            Tag tag = node.getTag();
            String text = node.getValue();
            if (tag.equals(Tag.STR) || tag.equals(Tag.ENV_TAG)) {
                return JSON.stringNode(text);
            }
            if (tag.equals(Tag.NULL)) {
                return JSON.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return JSON.booleanNode(text.equalsIgnoreCase("true"));
            }
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(integer(text));
            }
            if (tag.equals(Tag.FLOAT)) {
                return floating(text);
            }
            throw new Refused(new Problem(mark, "the tag " + tag + " is not allowed in a store file"));
        }

        private static BigInteger integer(String text) {
            String t = text.startsWith("+") ? text.substring(1) : text;
            if (t.startsWith("0x")) {
                return new BigInteger(t.substring(2), 16);
            }
            if (t.startsWith("0o")) {
                return new BigInteger(t.substring(2), 8);
            }
            return new BigInteger(t);
        }

        private static JsonNode floating(String text) {
            String t = text.toLowerCase();
            if (t.endsWith(".inf") || t.endsWith(".nan")) {
                return JSON.numberNode(t.endsWith(".nan") ? Double.NaN
                        : t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            return JSON.numberNode(new BigDecimal(text));
        }

        private Mark markOf(Node node) {
            return node.getStartMark().map(m -> toMark(file, m)).orElse(Mark.startOf(file));
        }
    }

    /** Internal early exit of the converter; carries the problem, never a stack trace to users. */
    private static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
