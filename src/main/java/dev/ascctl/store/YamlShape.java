package dev.ascctl.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;

/**
 * The shape limits of a store file, checked on the parser's event stream before any tree is built. The
 * parser keeps its state in a stack of its own, while composing a tree recurses: 1,200 nested {@code [} overflow
 * the Java stack there, so depth is refused here first. Aliases to a large scalar are not limited by
 * snakeyaml-engine (only aliases to collections are), so their expansion is counted here too.
 */
final class YamlShape {
    /** Deepest nesting: the deepest store file (purchases.yaml) nests 7 levels. */
    static final int MAX_DEPTH = 64;
    /** Longest value: Apple's longest text field takes 4,000 characters; a long custom EULA fits 50 times. */
    static final int MAX_SCALAR = 200_000;
    /** Characters that aliases may add, each use of an anchor counting the anchored value's size again. */
    static final long MAX_EXPANSION = 2_000_000;
    /** Room for the key, indentation and quotes beside a value of the longest length on one line. */
    private static final int LINE_SLACK = 1_000;

    private YamlShape() {
    }

    /** The first limit the text breaks, at its position; syntax errors surface as the parser's exceptions. */
    static Optional<Problem> check(Path file, String text, LoadSettings settings) {
        Optional<Problem> longLine = longLine(file, text);
        if (longLine.isPresent()) {
            return longLine;
        }
        Deque<long[]> open = new ArrayDeque<>(); // per open collection: its size so far
        Deque<String> anchors = new ArrayDeque<>(); // anchor of each open collection, "" for none
        Map<String, Long> anchored = new HashMap<>();
        long expansion = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            long size;
            if (event instanceof CollectionStartEvent start) {
                if (open.size() >= MAX_DEPTH) {
                    return Optional.of(new Problem(markOf(file, event), "nested more than " + MAX_DEPTH
                            + " levels deep; a store file needs a handful"));
                }
                open.push(new long[] {1});
                anchors.push(start.getAnchor().map(a -> a.getValue()).orElse(""));
                continue;
            } else if (event instanceof SequenceEndEvent || event instanceof MappingEndEvent) {
                size = open.pop()[0];
                String anchor = anchors.pop();
                if (!anchor.isEmpty()) {
                    anchored.put(anchor, size);
                }
            } else if (event instanceof ScalarEvent scalar) {
                if (scalar.getValue().length() > MAX_SCALAR) {
                    return Optional.of(new Problem(markOf(file, event), "a value of " + scalar.getValue().length()
                            + " characters; a store value may hold at most " + MAX_SCALAR));
                }
                size = scalar.getValue().length() + 1L;
                scalar.getAnchor().ifPresent(a -> anchored.put(a.getValue(), scalar.getValue().length() + 1L));
            } else if (event instanceof AliasEvent alias) {
                size = anchored.getOrDefault(alias.getAlias().getValue(), 1L);
                expansion += size;
                if (expansion > MAX_EXPANSION) {
                    return Optional.of(new Problem(markOf(file, event), "aliases (*name) expand this file by more than "
                            + MAX_EXPANSION + " characters; this looks like an alias bomb, write the values out instead"));
                }
            } else {
                continue;
            }
            if (!open.isEmpty()) {
                open.peek()[0] += size;
            }
        }
        return Optional.empty();
    }

    /**
     * A line too long to hold anything but an over-long value, found in one pass: the parser takes seconds for a
     * multi-megabyte quoted scalar (measured: 4 s for 1.6 MB), so a single-line one is refused before parsing.
     */
    private static Optional<Problem> longLine(Path file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_SCALAR + LINE_SLACK) {
                    return Optional.of(new Problem(new Mark(file, line, 1), "a line of " + (i - start)
                            + " characters; a store value may hold at most " + MAX_SCALAR));
                }
                line++;
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    private static Mark markOf(Path file, Event event) {
        return event.getStartMark().map(m -> SafeYamlReader.toMark(file, m)).orElse(Mark.startOf(file));
    }
}
