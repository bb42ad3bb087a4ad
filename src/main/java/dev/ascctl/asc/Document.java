package dev.ascctl.asc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON:API top-level document. {@link #data()} works for single-resource and list documents alike.
 * Lenient by design: {@code meta} and {@code links} may be missing, {@code links.next} may be null
 * on the last page (observed, asc-recorded INDEX facts 6 and 7).
 */
public final class Document {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode root;
    private final List<Resource> data;
    private final List<Resource> included;

    private Document(JsonNode root) {
        this.root = root;
        this.data = resources(root.path("data"));
        this.included = resources(root.path("included"));
    }

    /** Wraps a parsed document; throws {@link AscException} when it is not a JSON object. */
    public static Document of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new AscException("Unexpected response: the body is not a JSON object");
        }
        return new Document(root);
    }

    /** Parses a response body; a malformed body is an {@link AscException} without the body's text. */
    public static Document parse(String json) {
        try {
            return of(JSON.readTree(json));
        } catch (JacksonException e) {
            throw new AscException("Unexpected response: the body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** A document with no data, e.g. for a 204 response. */
    public static Document empty() {
        return new Document(JsonNodeFactory.instance.objectNode());
    }

    /** The primary data as a list: one element for a single resource, none for null or absent data. */
    public List<Resource> data() {
        return data;
    }

    /** The single primary resource; empty when data is null, absent or an empty list. */
    public Optional<Resource> single() {
        return data.stream().findFirst();
    }

    public List<Resource> included() {
        return included;
    }

    /** The included resource a linkage points at. */
    public Optional<Resource> find(Linkage linkage) {
        Objects.requireNonNull(linkage, "linkage");
        return included.stream()
                .filter(r -> r.type().equals(linkage.type()) && r.id().equals(linkage.id()))
                .findFirst();
    }

    /** {@code links.next}, the absolute URL of the next page; empty on the last page. */
    public Optional<String> nextUrl() {
        JsonNode next = root.path("links").path("next");
        return next.isString() && !next.asString().isBlank() ? Optional.of(next.asString()) : Optional.empty();
    }

    /** A copy of the JSON tree as received (a copy, so the document stays immutable). */
    public JsonNode raw() {
        return root.deepCopy();
    }

    private static List<Resource> resources(JsonNode node) {
        List<Resource> result = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> result.add(Resource.from(item)));
        } else if (node.isObject()) {
            result.add(Resource.from(node));
        }
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        return "Document[" + data.size() + " data, " + included.size() + " included]";
    }
}
