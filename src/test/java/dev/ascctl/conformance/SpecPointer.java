package dev.ascctl.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A location inside Apple's OpenAPI document, as JSON-pointer tokens: names of object members
 * ({@link String}) and array indexes ({@link Integer}).
 * Example: {@code [paths, /v1/apps/{id}, get, parameters, 3, schema]}.
 *
 * <p>Kept as tokens rather than an escaped pointer string because path templates contain '/',
 * '{' and '}', which would otherwise need escaping twice (JSON pointer, then IRI fragment).
 *
 * @param tokens the tokens from the document root, never empty
 */
record SpecPointer(List<Object> tokens) {

    SpecPointer {
        Objects.requireNonNull(tokens, "tokens");
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a pointer must name at least one member");
        }
        for (Object token : tokens) {
            if (!(token instanceof String) && !(token instanceof Integer)) {
                throw new IllegalArgumentException("token must be a String or an Integer: " + token);
            }
        }
        tokens = List.copyOf(tokens);
    }

    /** A pointer from the given tokens. */
    static SpecPointer of(Object... tokens) {
        return new SpecPointer(List.of(tokens));
    }

    /**
     * The pointer of a local reference such as {@code #/components/schemas/AppInfo}.
     *
     * @throws IllegalArgumentException for references outside the document
     */
    static SpecPointer ofLocalRef(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("not a local reference: " + ref);
        }
        List<Object> tokens = new ArrayList<>();
        for (String raw : ref.substring(2).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new SpecPointer(tokens);
    }

    /** This pointer extended by more tokens. */
    SpecPointer append(Object... more) {
        List<Object> all = new ArrayList<>(tokens);
        all.addAll(List.of(more));
        return new SpecPointer(all);
    }

    /** The escaped JSON-pointer form, e.g. {@code /paths/~1v1~1apps/get}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object token : tokens) {
            out.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
